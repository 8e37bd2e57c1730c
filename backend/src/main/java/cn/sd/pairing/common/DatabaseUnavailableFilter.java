package cn.sd.pairing.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 503 "数据库暂不可用" for a database failure outside the controllers: the session (Spring Session
 * JDBC) and the security filters read the database before any controller runs. Sits outside the
 * session filter, so that the answer is written here, without the error page, whose dispatch would
 * try to read the session again.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
  private final ObjectMapper json;

  public DatabaseUnavailableFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("Database unavailable: {}", e.toString());
      response.reset();
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(),
          ErrorBody.of(HttpStatus.SERVICE_UNAVAILABLE.value(), DatabaseUnavailable.MESSAGE));
    }
  }
}
