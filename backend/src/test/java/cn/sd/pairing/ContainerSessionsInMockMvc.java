package cn.sd.pairing;

import jakarta.servlet.Filter;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * MockMvc tests hand their login around as a MockHttpSession, which Spring Session's filter would
 * replace by a database session found through a cookie. In MockMvc only, this marks every request
 * as already handled by that filter (its own once-per-request check), so MockHttpSession works as
 * before; requests over real HTTP (RealHttpTest, the browser journeys) use the database sessions.
 * Runs before the filters Spring Boot adds (highest precedence), so it is first in the chain.
 */
class ContainerSessionsInMockMvc implements MockMvcBuilderCustomizer, Ordered {
  /** The attribute by which Spring Session's (package-private) OncePerRequestFilter knows it ran. */
  private static final String SKIP = SessionRepositoryFilter.class.getName() + ".FILTERED";

  @Override
  public void customize(ConfigurableMockMvcBuilder<?> builder) {
    Filter skipSpringSession = (request, response, chain) -> {
      request.setAttribute(SKIP, Boolean.TRUE);
      chain.doFilter(request, response);
    };
    builder.addFilters(skipSpringSession);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
