package cn.sd.pairing.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.RealHttpTest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Operations (等保2.0 level 3, issue 7 point 8): health probes and Prometheus metrics only on the management port
 * (loopback), never through the public one; logs of a sign-in and a filing with a phone number carry no password,
 * session token or unmasked phone, on the console or in the structured file; Camunda's history has a time-to-live.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends RealHttpTest {
  @LocalManagementPort int managementPort;
  @Value("${logging.file.name}") String logFile;
  @Autowired RepositoryService repository;

  private HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void healthProbesAndPrometheusAreOnTheManagementPortOnly() throws Exception {
    assertThat(managementPort).isNotEqualTo(port);
    for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      HttpResponse<String> health = get(managementPort, probe);
      assertThat(health.statusCode()).as(probe).isEqualTo(200);
      assertThat(health.body()).as(probe).contains("\"status\":\"UP\"");
    }
    HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections")
        .contains("application=\"pairing-platform\"");

    // the public port: nothing under /actuator, not even the SPA's index.html
    for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
        "/actuator/env")) {
      HttpResponse<String> response = get(port, path);
      assertThat(response.statusCode()).as(path).isIn(403, 404);
      assertThat(response.body()).as(path).doesNotContain("UP").doesNotContain("jvm_").doesNotContain("<html");
    }
  }

  @Test
  void theManagementPortListensOnTheLoopbackInterfaceOnly() throws Exception {
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .filter(nic -> {
          try {
            return nic.isUp() && !nic.isLoopback();
          } catch (IOException e) {
            return false;
          }
        })
        .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
        .filter(address -> address instanceof Inet4Address).findFirst();
    // a machine without another interface has nothing to reach it from; the loopback binding is then all there is
    if (external.isPresent()) {
      boolean refused;
      try (Socket socket = new Socket(external.get(), managementPort)) {
        refused = false;
      } catch (ConnectException expected) {
        refused = true;
      }
      assertThat(refused).as("management port reachable on " + external.get()).isTrue();
      try (Socket socket = new Socket(external.get(), port)) {
        assertThat(socket.isConnected()).as("the public port is reachable there").isTrue();
      }
    }
    assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void logsOfASignInAndAFilingHoldNoPasswordTokenOrPhone(CapturedOutput console) throws Exception {
    Path file = Path.of(logFile);
    long fileStart = Files.exists(file) ? Files.size(file) : 0;
    int consoleStart = console.getAll().length();

    Browser browser = new Browser();
    browser.get("/api/auth/me");
    assertThat(browser.post("/api/auth/login", "{\"username\":\"zone_jinan\",\"password\":\"Wrong@2026x\"}")
        .statusCode()).isEqualTo(401);
    assertThat(browser.post("/api/auth/login", "{\"username\":\"zone_jinan\",\"password\":\"" + PASSWORD + "\"}")
        .statusCode()).isEqualTo(200);
    String cookie = browser.cookie("SESSION");
    String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    String csrf = browser.cookie("XSRF-TOKEN");

    String contact = "{\"name\":\"张三\",\"phone\":\"13812345678\",\"email\":\"zhang.san@zone.cn\"}";
    HttpResponse<String> created = browser.post("/api/filings", "{\"universityId\":" + orgId("U001")
        + ",\"zoneContact\":" + contact + ",\"universityContact\":" + contact + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    track(Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1")));
    // a refused one (bad phone next to a good one) and a server-side failure path
    HttpResponse<String> refused = browser.post("/api/filings", "{\"universityId\":" + orgId("U001")
        + ",\"zoneContact\":{\"name\":\"张三\",\"phone\":\"1381234567x\",\"email\":\"x\"},\"universityContact\":"
        + contact + "}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(browser.post("/api/auth/logout", "").statusCode()).isEqualTo(204);

    String consoleText = console.getAll().substring(consoleStart);
    String fileText = readFrom(file, fileStart);
    // the file holds ECS JSON from the start (this test's requests may log nothing at INFO)
    String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    for (String line : (firstLine + "\n" + fileText).split("\n")) {
      assertThat(line).as("ECS JSON line").startsWith("{").contains("\"@timestamp\"").contains("\"log\":{\"level\"");
    }
    for (String text : List.of(consoleText, fileText)) {
      assertThat(text).doesNotContain(PASSWORD).doesNotContain("Wrong@2026x")
          .doesNotContain(sessionId).doesNotContain(cookie).doesNotContain(csrf)
          .doesNotContain("13812345678").doesNotContain("1381234567x").doesNotContain("zhang.san@zone.cn");
    }
  }

  @Test
  void everyModelHasAHistoryTimeToLiveAndCleanupRunsAtNight() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(processes).extracting(ProcessDefinition::getKey).contains("pairing-filing", "pairing-change",
        "pairing-termination", "pairing-annual-report");
    assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isPositive());
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
    assertThat(decisions).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isPositive());
  }

  private static String readFrom(Path file, long offset) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(Math.min(offset, in.length()));
      byte[] rest = new byte[(int) (in.length() - in.getFilePointer())];
      in.readFully(rest);
      return new String(rest, StandardCharsets.UTF_8);
    }
  }

  /** A cookie-keeping HTTP client that sends the CSRF cookie back as header, like the SPA. */
  private class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String jsonBody) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
      String token = cookie("XSRF-TOKEN");
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
          .map(HttpCookie::getValue).findFirst().orElse(null);
    }
  }
}
