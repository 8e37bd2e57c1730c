package cn.sd.pairing.filing;

import cn.sd.pairing.review.Decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.TestFiles;
import cn.sd.pairing.security.UserPrincipal;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * Attachments over HTTP: real files in, the same bytes out; the type is told by content; same
 * visibility as the filing; changes only by the initiator while editable; required documents on submit.
 */
class AttachmentApiTest extends ApiTest {
  @Autowired AttachmentStore store;
  @Autowired AttachmentProperties properties;
  @LocalServerPort int port;
  @Autowired WebApplicationContext webContext;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private String url(long filingId) {
    return "/api/filings/" + filingId + "/attachments";
  }

  private MvcResult download(long filingId, long attachmentId, MockHttpSession session) throws Exception {
    return mvc.perform(get(url(filingId) + "/" + attachmentId + "/content").session(session)).andReturn();
  }

  private long storedFiles() throws IOException {
    Path root = Path.of(properties.dir());
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  /** A 400 (or given status) on field "file" whose message contains the words. */
  private void refused(MvcResult result, int status, String field, String words) throws Exception {
    String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(result.getResponse().getStatus()).as(raw).isEqualTo(status);
    JsonNode error = body(result);
    assertThat(error.path("message").asText()).matches(CHINESE);
    assertThat(error.path("fieldErrors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(error.path("fieldErrors").get(0).path("message").asText()).contains(words).matches(CHINESE);
  }

  @Test
  void aRealPdfGoesInAndTheSameBytesComeOut() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    byte[] pdf = TestFiles.pdf("Signed cooperation agreement " + System.nanoTime());
    MvcResult uploaded = upload(id, zone, "AGREEMENT", "C:\\文档\\合作协议（签署版）.PDF", "application/octet-stream", pdf)
        .andReturn();
    assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(201);
    JsonNode attachment = body(uploaded);
    long attachmentId = attachment.path("id").asLong();
    assertThat(attachment.path("kind").asText()).isEqualTo("AGREEMENT");
    assertThat(attachment.path("kindLabel").asText()).isEqualTo("合作协议");
    assertThat(attachment.path("fileName").asText()).isEqualTo("合作协议（签署版）.PDF");
    assertThat(attachment.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attachment.path("sizeBytes").asLong()).isEqualTo(pdf.length);
    assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(attachment.path("uploadedByName").asText()).isEqualTo("济南高新区经办人");
    assertThat(attachment.path("downloadUrl").asText()).isEqualTo(url(id) + "/" + attachmentId + "/content");

    // stored outside the web root under a random name, never the user's
    FilingAttachment row = attachmentMapper.find(id, attachmentId);
    assertThat(row.storageKey).matches("[0-9a-f]{2}/[0-9a-f]{32}");
    Path file = store.path(row.storageKey);
    assertThat(file).startsWith(Path.of(properties.dir()).toAbsolutePath().normalize());
    assertThat(Files.readAllBytes(file)).isEqualTo(pdf);

    MvcResult content = download(id, attachmentId, zone);
    assertThat(content.getResponse().getStatus()).isEqualTo(200);
    byte[] downloaded = content.getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(pdf);
    assertThat(sha256(downloaded)).isEqualTo(attachment.path("sha256").asText());
    assertThat(content.getResponse().getContentType()).isEqualTo("application/pdf");
    assertThat(content.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    String disposition = content.getResponse().getHeader("Content-Disposition");
    assertThat(disposition).startsWith("attachment;")
        .contains("filename*=UTF-8''%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE%EF%BC%88%E7%AD%BE%E7%BD%B2%E7%89%88%EF%BC%89.PDF")
        .contains("filename=\"").doesNotContain("合作");

    assertThat(body(getJson(url(id), zone).andExpect(status().isOk()).andReturn()).findValuesAsText("id"))
        .containsExactly(String.valueOf(attachmentId));
    assertThat(detail(id, zone).path("attachments").get(0).path("fileName").asText()).isEqualTo("合作协议（签署版）.PDF");

    // other materials may also be images, told by content
    MvcResult png = upload(id, zone, "OTHER", "现场照片.png", "image/png", TestFiles.png()).andReturn();
    assertThat(png.getResponse().getStatus()).isEqualTo(201);
    assertThat(body(png).path("contentType").asText()).isEqualTo("image/png");
    assertThat(download(id, body(png).path("id").asLong(), zone).getResponse().getContentType()).isEqualTo("image/png");
  }

  @Test
  void theContentIsAlwaysASandboxedDownloadEvenWhenAskedInline() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    long pdfId = uploadPdf(id, zone, "AGREEMENT").path("id").asLong();
    String pdfUrl = url(id) + "/" + pdfId + "/content";

    // the preview in the page reads these same bytes; no variant makes the browser show them as our document
    for (MvcResult download : List.of(mvc.perform(get(pdfUrl).session(zone)).andReturn(),
        mvc.perform(get(pdfUrl).param("inline", "true").session(zone)).andReturn())) {
      assertThat(download.getResponse().getStatus()).isEqualTo(200);
      assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
      assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.pdf());
      assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
          .contains("filename*=UTF-8''%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE.pdf");
      assertThat(download.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox");
      assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void aRenamedExecutableAnHtmlPageAndMismatchedNamesAreRefused() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    long filesBefore = storedFiles();

    refused(upload(id, zone, "AGREEMENT", "合作协议.pdf", "application/pdf", TestFiles.exe()).andReturn(),
        400, "file", "可执行程序");
    refused(upload(id, zone, "OTHER", "setup.pdf", "application/pdf", TestFiles.exe()).andReturn(),
        400, "file", "可执行程序");
    refused(upload(id, zone, "AGREEMENT", "协议.pdf", "application/pdf", TestFiles.html()).andReturn(),
        400, "file", "HTML");
    refused(upload(id, zone, "CONSENT", "同意书.pdf", "application/pdf",
        "这只是一段文字，不是PDF".getBytes(StandardCharsets.UTF_8)).andReturn(), 400, "file", "文本");
    // a real PDF must be named .pdf, a PNG .png; and an agreement is never an image
    refused(upload(id, zone, "AGREEMENT", "协议.docx", "application/pdf", TestFiles.pdf()).andReturn(),
        400, "file", "扩展名应为.pdf");
    refused(upload(id, zone, "OTHER", "照片.pdf", "application/pdf", TestFiles.png()).andReturn(),
        400, "file", "扩展名应为.png");
    refused(upload(id, zone, "AGREEMENT", "协议.png", "image/png", TestFiles.png()).andReturn(),
        400, "file", "只能上传PDF文件");

    // missing or wrong parts
    refused(upload(id, zone, null, "协议.pdf", "application/pdf", TestFiles.pdf()).andReturn(), 400, "kind",
        "请选择附件类型");
    refused(upload(id, zone, "CONTRACT", "协议.pdf", "application/pdf", TestFiles.pdf()).andReturn(), 400, "kind",
        "附件类型");
    refused(upload(id, zone, "AGREEMENT", null, null, null).andReturn(), 400, "file", "请选择要上传的文件");
    refused(upload(id, zone, "AGREEMENT", "协议.pdf", "application/pdf", new byte[0]).andReturn(), 400, "file", "空文件");

    assertThat(body(getJson(url(id), zone).andReturn())).isEmpty();
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void aFileAboveTheLimitIs413() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    byte[] big = new byte[(int) properties.maxSize().toBytes() + 1];
    byte[] header = TestFiles.pdf();
    System.arraycopy(header, 0, big, 0, header.length);
    refused(upload(id, zone, "AGREEMENT", "大文件.pdf", "application/pdf", big).andReturn(), 413, "file", "20MB");
    assertThat(body(getJson(url(id), zone).andReturn())).isEmpty();
  }

  /**
   * Through the real web server (not MockMvc): a request larger than the multipart limit, which
   * follows pairing.attachments.max-size, is answered with the Chinese 413.
   */
  @Test
  void theWebServersMultipartLimitAnswersInChineseToo() throws Exception {
    // MockMvc's csrf() swaps the shared CSRF filter's repository for a session-based test one; a real
    // client needs the application's cookie repository back for the length of this test
    MockHttpServletRequest probe = new MockHttpServletRequest(webContext.getServletContext());
    CsrfTokenRepository swapped = WebTestUtils.getCsrfTokenRepository(probe);
    WebTestUtils.setCsrfTokenRepository(probe, CookieCsrfTokenRepository.withHttpOnlyFalse());
    try {
      uploadAboveTheLimitThroughTheWebServer();
    } finally {
      WebTestUtils.setCsrfTokenRepository(probe, swapped);
    }
  }

  private void uploadAboveTheLimitThroughTheWebServer() throws Exception {
    Browser browser = new Browser("http://localhost:" + port);
    browser.send("GET", "/api/auth/me", null, null);
    HttpResponse<String> login = browser.send("POST", "/api/auth/login", "application/json",
        BodyPublishers.ofString(toJson(Map.of("username", "zone_jinan", "password", PASSWORD))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    browser.send("GET", "/api/auth/me", null, null); // the login renewed the CSRF token: fetch it, as the SPA does
    HttpResponse<String> created = browser.send("POST", "/api/filings", "application/json",
        BodyPublishers.ofString(toJson(form("U001"))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json.readTree(created.body()).path("id").asLong();
    track(id);

    String boundary = "----upload" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAGREEMENT\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[(int) properties.maxSize().toBytes() + 2 * 1024 * 1024];
    System.arraycopy(TestFiles.pdf(), 0, file, 0, TestFiles.pdf().length);
    HttpResponse<String> upload = browser.send("POST", url(id), "multipart/form-data; boundary=" + boundary,
        BodyPublishers.ofByteArrays(List.of(head, file, tail)));
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
    JsonNode error = json.readTree(upload.body());
    assertThat(error.path("message").asText()).isEqualTo("文件大小超过上限（20MB），请压缩后重新上传");
    assertThat(error.path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(attachmentMapper.findByFiling(id)).isEmpty();
  }

  /** A minimal cookie-keeping HTTP client that sends the XSRF cookie back as header, like the SPA. */
  private static final class Browser {
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    Browser(String base) {
      this.base = base;
    }

    HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body)
        throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .method(method, body == null ? BodyPublishers.noBody() : body);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream()
            .map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      if (cookies.containsKey("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
      }
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (value.isEmpty() || header.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    }
  }

  @Test
  void attachmentsAreSeenByWhoeverSeesTheFiling() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    long attachmentId = uploadPdf(id, zone, "AGREEMENT").path("id").asLong();

    // a draft: only its initiator
    MockHttpSession cityJinan = login("city_jinan");
    assertThat(download(id, attachmentId, cityJinan).getResponse().getStatus()).isEqualTo(404);
    getJson(url(id), cityJinan).andExpect(status().isNotFound());

    postJson("/api/filings/" + id + "/submit", zone, form("U001")).andExpect(status().isOk());
    assertThat(download(id, attachmentId, cityJinan).getResponse().getStatus()).isEqualTo(200);
    assertThat(download(id, attachmentId, login("univ_sdu")).getResponse().getStatus()).isEqualTo(200);
    assertThat(download(id, attachmentId, login("prov_st")).getResponse().getStatus()).isEqualTo(200);
    for (String outsider : new String[] {"zone_qingdao", "city_qingdao", "sysadmin"}) {
      // an administrator is refused before any filing is looked at
      int expected = outsider.equals("sysadmin") ? 403 : 404;
      MvcResult result = download(id, attachmentId, login(outsider));
      assertThat(result.getResponse().getStatus()).as(outsider).isEqualTo(expected);
      assertThat(body(result).path("message").asText()).matches(CHINESE);
      assertThat(getJson(url(id), login(outsider)).andReturn().getResponse().getStatus()).isEqualTo(expected);
    }
    // an attachment id of another filing is not found through this filing
    long other = createDraft(zone, form("U001"));
    assertThat(download(other, attachmentId, zone).getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get(url(id) + "/" + attachmentId + "/content")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
  }

  @Test
  void onlyTheInitiatorChangesAttachmentsAndOnlyWhileTheFilingIsEditable() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    long keep = uploadPdf(id, zone, "AGREEMENT").path("id").asLong();
    long drop = uploadPdf(id, zone, "OTHER").path("id").asLong();
    Path dropped = store.path(attachmentMapper.find(id, drop).storageKey);
    assertThat(dropped).exists();

    mvc.perform(delete(url(id) + "/" + drop).session(zone).with(csrf())).andExpect(status().isNoContent());
    assertThat(dropped).doesNotExist();
    assertThat(body(getJson(url(id), zone).andReturn()).findValuesAsText("id")).containsExactly(String.valueOf(keep));
    mvc.perform(delete(url(id) + "/" + drop).session(zone).with(csrf())).andExpect(status().isNotFound());

    postJson("/api/filings/" + id + "/submit", zone, form("U001")).andExpect(status().isOk());
    MvcResult late = mvc.perform(delete(url(id) + "/" + keep).session(zone).with(csrf())).andReturn();
    assertThat(late.getResponse().getStatus()).isEqualTo(409);
    assertThat(body(late).path("message").asText()).contains("不能修改");
    assertThat(upload(id, zone, "OTHER", "补充.pdf", "application/pdf", TestFiles.pdf()).andReturn()
        .getResponse().getStatus()).isEqualTo(409);
    // the university sees the filing but is not its initiator
    MockHttpSession sdu = login("univ_sdu");
    assertThat(mvc.perform(delete(url(id) + "/" + keep).session(sdu).with(csrf())).andReturn().getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(upload(id, sdu, "OTHER", "补充.pdf", "application/pdf", TestFiles.pdf()).andReturn()
        .getResponse().getStatus()).isEqualTo(403);
    assertThat(download(id, keep, zone).getResponse().getStatus()).isEqualTo(200);

    // returned for revision: editable again
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    postJson("/api/tasks/" + taskId(id, "cityReview") + "/complete", login("city_jinan"),
        Map.of("decision", "RETURN", "opinion", "请补充材料")).andExpect(status().isOk());
    assertThat(upload(id, zone, "OTHER", "补充.pdf", "application/pdf", TestFiles.pdf()).andReturn()
        .getResponse().getStatus()).isEqualTo(201);
  }

  @Test
  void submittingNeedsTheAgreementAndForAUnitTheConsent() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    uploadPdf(id, zone, "OTHER");
    MvcResult without = postJson("/api/filings/" + id + "/submit", zone, form("U001")).andReturn();
    refused(without, 400, "attachments.AGREEMENT", "请上传双方签署的合作协议（PDF）");
    assertThat(body(without).path("fieldErrors")).hasSize(1);
    assertThat(filing(id).status).isEqualTo(FilingStatus.DRAFT);

    // a unit as the subject also needs its university's consent
    Map<String, Object> unitForm = form("U001-01");
    long unitFiling = createDraft(zone, unitForm);
    uploadPdf(unitFiling, zone, "AGREEMENT");
    MvcResult noConsent = postJson("/api/filings/" + unitFiling + "/submit", zone, unitForm).andReturn();
    refused(noConsent, 400, "attachments.CONSENT", "法人单位同意书");
    assertThat(filing(unitFiling).status).isEqualTo(FilingStatus.DRAFT);
    uploadPdf(unitFiling, zone, "CONSENT");
    postJson("/api/filings/" + unitFiling + "/submit", zone, unitForm).andExpect(status().isOk());
    assertThat(filing(unitFiling).status).isEqualTo(FilingStatus.CONFIRMING);
  }

  @Test
  void aFileChangedOrLostOnDiskIsNotServed() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    long attachmentId = uploadPdf(id, zone, "AGREEMENT").path("id").asLong();
    Path file = store.path(attachmentMapper.find(id, attachmentId).storageKey);

    Files.write(file, TestFiles.pdf("tampered"));
    MvcResult tampered = download(id, attachmentId, zone);
    assertThat(tampered.getResponse().getStatus()).isEqualTo(409);
    assertThat(body(tampered).path("message").asText()).contains("校验未通过");

    Files.delete(file);
    MvcResult lost = download(id, attachmentId, zone);
    assertThat(lost.getResponse().getStatus()).isEqualTo(410);
    assertThat(body(lost).path("message").asText()).contains("已丢失");
  }

  @Test
  void whenTheRowCannotBeWrittenTheStoredFileIsRemoved() throws Exception {
    long id = createDraft(login("zone_jinan"), form("U001"));
    UserPrincipal real = user("zone_jinan");
    // same organisation and roles, but no such user row: the insert breaks its foreign key
    UserPrincipal ghost = new UserPrincipal(Long.MAX_VALUE, real.username(), "", real.displayName(), true,
        real.orgId(), real.orgName(), real.orgType(), real.cityCode(), real.roles());
    long filesBefore = storedFiles();
    assertThatThrownBy(() -> attachmentService.upload(id, "AGREEMENT",
        new MockMultipartFile("file", "协议.pdf", "application/pdf", TestFiles.pdf()), ghost))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(storedFiles()).isEqualTo(filesBefore);
    assertThat(attachmentMapper.findByFiling(id)).isEmpty();
  }
}
