package cn.sd.pairing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One logged-in user of the web API: its own cookies (session, XSRF-TOKEN), like one browser. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "Demo@2026!";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final Stats stats;

  Http(String base, Stats stats) {
    this.base = base;
    this.stats = stats;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  static Http login(String base, String username, Stats stats) {
    Http http = new Http(base, stats);
    http.send("csrf", HttpRequest.newBuilder(URI.create(base + "/api/auth/me")).GET(), -1);
    JsonNode me = http.post("login", "/api/auth/login",
        JSON.createObjectNode().put("username", username).put("password", PASSWORD));
    if (me == null || !username.equals(me.path("username").asText())) {
      throw new IllegalStateException("login failed: " + username);
    }
    return http;
  }

  JsonNode get(String label, String path) {
    return send(label, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
  }

  JsonNode post(String label, String path, Object body) {
    try {
      return send(label, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode upload(String label, String path, String fileName, byte[] content, String kind) {
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(label, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 0);
  }

  /** expect: the status wanted (0: any 2xx, -1: anything); the call's time goes to stats under label. */
  private JsonNode send(String label, HttpRequest.Builder request, int expect) {
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    request.header("Accept", "application/json").timeout(Duration.ofSeconds(60));
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(label + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long nanos = System.nanoTime() - start;
    int status = response.statusCode();
    boolean ok = expect == -1 || (expect == 0 ? status / 100 == 2 : status == expect);
    if (!ok) {
      throw new IllegalStateException(label + " " + request.build().uri() + " → " + status + " "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    if (stats != null) {
      stats.record(label, nanos);
    }
    try {
      return response.body().length == 0 || status / 100 != 2 ? null : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
