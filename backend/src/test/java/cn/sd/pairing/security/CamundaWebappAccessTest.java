package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.RealHttpTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Cockpit and the engine REST API run in their own servlets and filters, which MockMvc does
 * not reach: these checks go over real HTTP to the embedded server, logging in the way the
 * SPA does (cookie XSRF-TOKEN echoed in header X-XSRF-TOKEN).
 */
class CamundaWebappAccessTest extends RealHttpTest {
  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  private static final String ENGINE = "/engine-rest/engine";

  /** A browser: keeps cookies, does not follow redirects. */
  private final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String username, String password) throws Exception {
      get("/api/auth/me"); // any request hands out the XSRF-TOKEN cookie
      String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
      return http.send(HttpRequest.newBuilder(uri("/api/auth/login")).timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.ofString(
                  "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void systemAdministratorReachesCockpitAndTheEngineApi() throws Exception {
    Browser admin = new Browser();
    assertThat(admin.login("sysadmin", PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> cockpit = admin.get(COCKPIT);
    assertThat(cockpit.statusCode()).isEqualTo(200);
    assertThat(cockpit.body()).containsIgnoringCase("<html");

    HttpResponse<String> engine = admin.get(ENGINE);
    assertThat(engine.statusCode()).isEqualTo(200);
    assertThat(engine.body()).contains("\"name\":\"default\"");

    // single sign-on: the webapp knows who is logged in
    HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(user.body()).contains("sysadmin");
  }

  @Test
  void otherUsersAreForbidden() throws Exception {
    for (String username : new String[] {"zone_jinan", "prov_st", "secadmin"}) {
      Browser browser = new Browser();
      assertThat(browser.login(username, PASSWORD).statusCode()).isEqualTo(200);
      assertThat(browser.get(COCKPIT).statusCode()).as(username + " cockpit").isEqualTo(403);
      HttpResponse<String> engine = browser.get(ENGINE);
      assertThat(engine.statusCode()).as(username + " engine-rest").isEqualTo(403);
      assertThat(engine.body()).containsPattern("\\p{IsHan}");
      assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void anonymousIsSentToLoginOrGets401() throws Exception {
    Browser anonymous = new Browser();
    HttpResponse<String> cockpit = anonymous.get(COCKPIT);
    assertThat(cockpit.statusCode()).isIn(302, 401);
    if (cockpit.statusCode() == 302) {
      assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    HttpResponse<String> engine = anonymous.get(ENGINE);
    assertThat(engine.statusCode()).isEqualTo(401);
    assertThat(engine.body()).contains("请先登录");
    assertThat(anonymous.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
  }

  @Test
  void wrongPasswordOverHttpIs401() throws Exception {
    HttpResponse<String> response = new Browser().login("sysadmin", "not-the-password");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("用户名或密码错误");
  }
}
