package cn.sd.pairing.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import com.zaxxer.hikari.HikariDataSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.util.unit.DataSize;

/**
 * A database that cannot be reached answers 503 "数据库暂不可用，请稍后重试", whether the failure
 * surfaces in a controller (GlobalExceptionHandler) or in a filter (DatabaseUnavailableFilter). The
 * failures are real: a MySQL connection pool pointed at a port where nothing listens, as the app's
 * pool sees it while MariaDB is down. Other database errors stay 500.
 */
class DatabaseUnavailableTest {
  private final GlobalExceptionHandler handler = 
      // No audit log: the paths tested here (unexpected errors, failed sign-in) never record a denial.
      new GlobalExceptionHandler(DataSize.ofMegabytes(20), null);
  private HikariDataSource pool;

  @BeforeEach
  void poolWithoutADatabase() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:mysql://127.0.0.1:" + closedPort + "/pairing");
    pool.setUsername("root");
    pool.setConnectionTimeout(250);
    pool.setInitializationFailTimeout(-1);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void aTransactionThatCannotGetAConnectionIs503() {
    Exception failure = catchException(() ->
        new DataSourceTransactionManager(pool).getTransaction(new DefaultTransactionDefinition()));
    assertUnavailable(handler.unexpected(failure));
  }

  @Test
  void aQueryThatCannotGetAConnectionIs503() {
    Exception failure = catchException(() -> new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class));
    assertUnavailable(handler.unexpected(failure));
  }

  @Test
  void aLoginWhoseUserCannotBeReadIs503NotWrongPassword() {
    Exception failure = catchException(() -> new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class));
    assertUnavailable(handler.unauthenticated(new InternalAuthenticationServiceException(failure.getMessage(), failure)));
    assertThat(handler.unauthenticated(new BadCredentialsException("bad")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aFilterThatLostTheDatabaseIs503() throws Exception {
    Exception failure = catchException(() -> new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class));
    MockHttpServletResponse response = new MockHttpServletResponse();
    new DatabaseUnavailableFilter(new ObjectMapper()).doFilter(new MockHttpServletRequest("GET", "/api/tasks"), response,
        (req, res) -> {
          throw new ServletException(failure);
        });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"message\":\"数据库暂不可用，请稍后重试\"");

    // anything else passes through unchanged
    Exception other = new IllegalStateException("not the database");
    assertThat(catchException(() -> new DatabaseUnavailableFilter(new ObjectMapper()).doFilter(
        new MockHttpServletRequest("GET", "/api/tasks"), new MockHttpServletResponse(), (req, res) -> {
          throw (IllegalStateException) other;
        }))).isSameAs(other);
  }

  @Test
  void otherDatabaseErrorsStay500() {
    DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:unavailable-test", "sa", "");
    Exception failure = catchException(() -> new JdbcTemplate(h2).queryForObject("SELECT x FROM no_such_table",
        Integer.class));
    assertThat(DatabaseUnavailable.causedBy(failure)).isFalse();
    ResponseEntity<ErrorBody> response = handler.unexpected(failure);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(response.getBody().message()).isEqualTo("系统繁忙，请稍后重试");
  }

  private static void assertUnavailable(ResponseEntity<ErrorBody> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getBody().status()).isEqualTo(503);
    assertThat(response.getBody().message()).isEqualTo("数据库暂不可用，请稍后重试");
  }
}
