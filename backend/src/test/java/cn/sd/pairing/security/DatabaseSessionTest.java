package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.RealHttpTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logins live in the database (Spring Session JDBC), over real HTTP with the production CSRF
 * cookie: the session row carries the user, a client holding only the session cookie (as the
 * next node behind a load balancer would see it) is logged in, removing the row ends the login,
 * and logging out removes the row.
 */
class DatabaseSessionTest extends RealHttpTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void aLoginIsARowInTheSessionTableAndWorksForAnyClientHoldingItsCookie() throws Exception {
    Browser browser = new Browser();
    assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
    HttpResponse<String> login = browser.post("/api/auth/login",
        "{\"username\":\"zone_jinan\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION")), StandardCharsets.UTF_8);
    assertThat(jdbc.queryForObject("SELECT PRINCIPAL_NAME FROM SPRING_SESSION WHERE SESSION_ID = ?", String.class,
        sessionId)).isEqualTo("zone_jinan");
    assertThat(jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = ?",
        Integer.class, sessionId)).as("server.servlet.session.timeout, 30 minutes").isEqualTo(1800);

    // another client with nothing but the session cookie
    Browser other = new Browser();
    other.cookies.getCookieStore().add(URI.create(base()), browser.rawCookie("SESSION"));
    HttpResponse<String> me = other.get("/api/auth/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"zone_jinan\"");

    // the login is the row: logging out deletes it, and the cookie is worth nothing afterwards
    assertThat(browser.post("/api/auth/logout", "").statusCode()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", Integer.class,
        sessionId)).isZero();
    assertThat(other.get("/api/auth/me").statusCode()).isEqualTo(401);
  }

  @Test
  void deletingTheSessionRowEndsTheLogin() throws Exception {
    Browser browser = new Browser();
    browser.get("/api/auth/me");
    assertThat(browser.post("/api/auth/login",
        "{\"username\":\"city_jinan\",\"password\":\"" + PASSWORD + "\"}").statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(200);
    String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION")), StandardCharsets.UTF_8);

    jdbc.update("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?", sessionId);

    HttpResponse<String> after = browser.get("/api/tasks");
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("请先登录");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** A cookie-keeping HTTP client that sends the CSRF cookie back as header, like the SPA. */
  private class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String jsonBody) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
      String csrf = cookie("XSRF-TOKEN");
      if (csrf != null) {
        request.header("X-XSRF-TOKEN", csrf);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpCookie rawCookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
          .findFirst().orElse(null);
    }

    String cookie(String name) {
      HttpCookie cookie = rawCookie(name);
      return cookie == null ? null : cookie.getValue();
    }
  }
}
