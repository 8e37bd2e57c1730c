package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.sd.pairing.TestFiles;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.filing.AttachmentKind;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.report.AnnualReportTest;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every cell of docs/security-matrix.md against the real API: an allowed cell must pass the access checks
 * (not 401/403/404, no 5xx), a denied one must be refused with 403 or 404. A denied caller sends a request that
 * would succeed if it were let through; an allowed one sends a deliberately invalid body where the action would
 * otherwise change the shared fixtures, so the records are built once for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest extends AnnualReportTest {
  static final Path MATRIX = Path.of("..", "docs", "security-matrix.md");
  private static final Set<Integer> DENIED = Set.of(403, 404);
  /** A sign-in step of a sign-in in progress: a signed-in session has none and gets 401. */
  private static final Set<Integer> DENIED_SIGN_IN_STEP = Set.of(401, 403, 404);
  private static final String INVALID_REASON = "长".repeat(6000);

  @Autowired RequestMappingHandlerMapping handlerMapping;

  /** Records of the matrix, built once. */
  private long review;
  private String reviewTask;
  private long reviewAttachment;
  private long otherUniversity;
  private long otherAttachment;
  private long draft;
  private long approved;
  private long change;
  private long changeAttachment;
  private long report;
  private long jinanZone;
  private long zoneNotification;
  private long spareOrg;
  private long spareUser;
  private long mapping;
  private String processDefinition;
  private final List<Long> fixtures = new ArrayList<>();
  private Long discardable;

  @BeforeAll
  void buildFixtures() throws Exception {
    review = fixture(submittedUntracked("zone_jinan", "U001"));
    decide(review, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    reviewTask = task(review, "cityReview").getId();
    reviewAttachment = attachmentMapper.findByFiling(review).get(0).id;
    otherUniversity = fixture(submittedUntracked("zone_jinan", "U002"));
    otherAttachment = attachmentMapper.findByFiling(otherUniversity).get(0).id;
    draft = fixture(draftUntracked("zone_jinan", "U001"));

    approved = fixture(approvedUntracked());
    openReports(approvalYear(approved), approved);
    ClockUtil.reset();
    report = report(approved, approvalYear(approved)).id;
    change = newChange(approved);
    MvcResult uploaded = mvc.perform(multipart("/api/filings/" + approved + "/changes/" + change + "/attachments")
        .file(pdf()).param("kind", "OTHER").session(login("zone_jinan")).with(csrf())).andReturn();
    assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(201);
    changeAttachment = body(uploaded).get("id").asLong();

    jinanZone = user("zone_jinan").orgId();
    zoneNotification = jdbc.queryForObject("SELECT MAX(id) FROM notification WHERE user_id = ?", Long.class,
        user("zone_jinan").id());
    Org org = new TestRegistry(orgMapper, filingMapper).org(OrgType.ZONE, "矩阵测试高新区", "370100");
    spareOrg = org.id;
    spareUser = ensureUser("matrix_spare", "矩阵测试账号", org.code, Role.ZONE_OPERATOR).id;
    mapping = newMapping();
    processDefinition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(FilingProcess.KEY).latestVersion().singleResult().getId();
  }

  @AfterAll
  void removeFixtures() {
    for (long id : fixtures) {
      String process = filing(id).processInstanceId;
      List<String> running = new ArrayList<>(runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(String.valueOf(id)).list().stream().map(p -> p.getId()).toList());
      if (process != null) {
        running.add(process);
      }
      runtimeService.deleteProcessInstancesIfExists(running, "test cleanup", true, true, false);
    }
  }

  static Stream<Arguments> cells() throws Exception {
    List<Arguments> cells = new ArrayList<>();
    List<String> lines = tableLines();
    List<String> users = cellsOf(lines.get(0)).subList(2, cellsOf(lines.get(0)).size());
    for (String line : lines.subList(2, lines.size())) {
      List<String> row = cellsOf(line);
      String action = row.get(0).split(" ")[0];
      for (int i = 0; i < users.size(); i++) {
        cells.add(Arguments.of(action, users.get(i), "✓".equals(row.get(i + 2))));
      }
    }
    return cells.stream();
  }

  private static List<String> tableLines() throws Exception {
    return Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("|")).toList();
  }

  private static List<String> cellsOf(String line) {
    String[] parts = line.split("\\|");
    return Arrays.stream(parts, 1, parts.length).map(String::strip).toList();
  }

  @ParameterizedTest(name = "{0} by {1}: allowed={2}")
  @MethodSource("cells")
  void everyCellOfTheMatrixHolds(String action, String username, boolean allowed) throws Exception {
    MvcResult result = mvc.perform(request(action, username, allowed).session(login(username)).with(csrf()))
        .andReturn();
    int status = result.getResponse().getStatus();
    String answer = action + " by " + username + " answered " + status + ": "
        + result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    if (allowed) {
      assertThat(status).as(answer).isNotIn(401, 403, 404).isLessThan(500);
    } else {
      assertThat(action.startsWith("auth.") ? DENIED_SIGN_IN_STEP : DENIED).as(answer).contains(status);
    }
  }

  @Test
  void theMatrixCoversEveryRole() throws Exception {
    List<String> header = cellsOf(tableLines().get(0));
    for (Role role : Role.values()) {
      assertThat(header.stream().skip(2).filter(u -> user(u).has(role)).findFirst())
          .as("no column for " + role).isPresent();
    }
  }

  /** Every handler under /api (method and path) has a row in the matrix, so a new endpoint cannot slip past it. */
  @Test
  void theMatrixCoversEveryApiEndpoint() throws Exception {
    Set<String> inMatrix = new TreeSet<>();
    for (String line : tableLines().subList(2, tableLines().size())) {
      inMatrix.add(normalise(cellsOf(line).get(1).replace("`", "")));
    }
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
      for (String endpoint : endpoints(entry.getKey())) {
        if (endpoint.contains(" /api/") && !inMatrix.contains(normalise(endpoint))) {
          missing.add(endpoint + " (" + entry.getValue().getShortLogMessage() + ")");
        }
      }
    }
    assertThat(missing).as("API endpoints without a row in docs/security-matrix.md").isEmpty();
  }

  /** "METHOD /path" of every method and pattern of a mapping (a mapping without method means all of them). */
  static List<String> endpoints(RequestMappingInfo info) {
    List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
    if (methods.isEmpty()) {
      methods = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    }
    List<String> result = new ArrayList<>();
    for (String pattern : info.getPatternValues()) {
      for (String method : methods) {
        result.add(method + " " + pattern);
      }
    }
    return result;
  }

  /** Path variables compared without names and patterns: {id:\d+} and {filingId} are both {}. */
  static String normalise(String endpoint) {
    return endpoint.replaceAll("\\{[^}]*}", "{}");
  }

  private MockHttpServletRequestBuilder request(String action, String username, boolean allowed) throws Exception {
    String filing = "/api/filings/";
    String changes = filing + approved + "/changes/";
    String task = "/api/tasks/" + reviewTask;
    return switch (action) {
      case "auth.login" -> json(post("/api/auth/login"), "{}");
      case "auth.password" -> json(post("/api/auth/password"), "{}");
      case "auth.totp.setup" -> post("/api/auth/totp/setup");
      case "auth.totp.enrol" -> json(post("/api/auth/totp/enrol"), "{}");
      case "auth.totp.verify" -> json(post("/api/auth/totp/verify"), "{\"code\":\"123456\"}");
      case "auth.me" -> get("/api/auth/me");

      case "public.verify" -> get("/api/public/certificates/verify").param("code", "LQ-NOSUCHCODE");
      case "public.cities" -> get("/api/public/cities");
      case "public.pairings" -> get("/api/public/pairings");

      case "admin.cities" -> get("/api/admin/cities");
      case "admin.orgs.list" -> get("/api/admin/orgs");
      case "admin.orgs.read" -> get("/api/admin/orgs/" + spareOrg);
      case "admin.orgs.create" -> json(post("/api/admin/orgs"), allowed ? "{}" : toJson(Map.of("type", "ZONE",
          "code", "GXM" + System.nanoTime(), "name", "不应创建的高新区", "cityCode", "370100", "level", "PROVINCIAL")));
      case "admin.orgs.update" -> json(put("/api/admin/orgs/" + spareOrg), allowed ? "{}" : toJson(Map.of(
          "type", "ZONE", "code", orgMapper.findById(spareOrg).code, "name", "不应改名", "cityCode", "370100",
          "level", "PROVINCIAL")));
      case "admin.orgs.disable" -> post("/api/admin/orgs/" + spareOrg + "/disable");
      case "admin.orgs.enable" -> post("/api/admin/orgs/" + spareOrg + "/enable");
      case "admin.orgs.import" -> allowed ? multipart("/api/admin/orgs/import").param("type", "ZONE")
          : multipart("/api/admin/orgs/import").file(new MockMultipartFile("file", "zones.csv", "text/csv",
              ("code,name,level,city_code,leading_industries\nGXM" + System.nanoTime() + ",不应导入,国家级,370100,\n")
                  .getBytes(StandardCharsets.UTF_8))).param("type", "ZONE");
      case "admin.orgs.template" -> get("/api/admin/orgs/import-template").param("type", "ZONE");
      case "admin.roles" -> get("/api/admin/roles");
      case "admin.users.list" -> get("/api/admin/users");
      case "admin.users.read" -> get("/api/admin/users/" + spareUser);
      case "admin.users.create" -> json(post("/api/admin/users"), allowed ? "{}" : toJson(Map.of(
          "username", "denied_" + System.nanoTime(), "displayName", "不应创建", "orgId", spareOrg,
          "password", "Denied@2026x")));
      case "admin.users.update" -> json(put("/api/admin/users/" + spareUser), allowed ? "{}"
          : toJson(Map.of("displayName", "不应改名", "orgId", spareOrg)));
      case "admin.users.disable" -> post("/api/admin/users/" + spareUser + "/disable");
      case "admin.users.enable" -> post("/api/admin/users/" + spareUser + "/enable");
      case "admin.users.resetPassword" -> json(post("/api/admin/users/" + spareUser + "/reset-password"),
          allowed ? "{\"password\":\"short\"}" : "{\"password\":\"Denied@2026x\"}");
      case "admin.mapping.list" -> get("/api/admin/industry-disciplines");
      case "admin.mapping.terms" -> get("/api/admin/industry-disciplines/terms");
      case "admin.mapping.create" -> json(post("/api/admin/industry-disciplines"), allowed ? "{}"
          : toJson(Map.of("industry", "矩阵产业" + System.nanoTime(), "discipline", "矩阵学科")));
      case "admin.mapping.delete" -> delete("/api/admin/industry-disciplines/" + (allowed ? newMapping() : mapping));

      case "security.settings.read" -> get("/api/security/settings");
      case "security.settings.write" -> json(put("/api/security/settings"),
          allowed ? "{\"totpRequiredRoles\":[\"NO_SUCH_ROLE\"]}" : "{\"totpRequiredRoles\":[]}");
      case "security.roles" -> get("/api/security/roles");
      case "security.users.list" -> get("/api/security/users");
      case "security.users.roles" -> json(put("/api/security/users/" + spareUser + "/roles"),
          allowed ? "{\"roles\":[\"NO_SUCH_ROLE\"]}" : "{\"roles\":[\"ZONE_OPERATOR\"]}");
      case "security.users.roles.self" -> json(put("/api/security/users/" + user(username).id() + "/roles"),
          "{\"roles\":[\"SYSTEM_ADMIN\"]}");

      case "audit.eventTypes" -> get("/api/audit/event-types");
      case "audit.search" -> get("/api/audit/events");
      case "audit.export" -> get("/api/audit/events/export").param("from", "2099-01-01");
      case "audit.verify" -> post("/api/audit/verify");

      case "registry.zones" -> get("/api/registry/zones");
      case "registry.subjects" -> get("/api/registry/subjects");
      case "registry.universities" -> get("/api/registry/universities");

      case "filing.list" -> get("/api/filings");
      case "filing.create" -> json(post("/api/filings"), allowed ? "{\"keyTasks\":[\"NO_SUCH_TASK\"]}"
          : toJson(form("U001")));
      case "filing.read" -> get(filing + review);
      case "filing.read.idor" -> get(filing + otherUniversity);
      case "filing.timeline" -> get(filing + review + "/timeline");
      case "filing.update" -> json(put(filing + draft), allowed ? "{\"keyTasks\":[\"NO_SUCH_TASK\"]}"
          : toJson(form("U001")));
      case "filing.submit" -> json(post(filing + draft + "/submit"), allowed ? "{}" : toJson(form("U001")));
      case "filing.withdraw" -> json(post(filing + review + "/withdraw"),
          toJson(Map.of("reason", allowed ? INVALID_REASON : "矩阵测试")));
      case "filing.attachment.upload" -> allowed
          ? multipart(filing + draft + "/attachments").param("kind", "OTHER")
          : multipart(filing + draft + "/attachments").file(pdf()).param("kind", "OTHER");
      case "filing.attachment.list" -> get(filing + review + "/attachments");
      case "filing.attachment.download" -> get(filing + review + "/attachments/" + reviewAttachment + "/content");
      case "filing.attachment.download.idor" -> get(filing + otherUniversity + "/attachments/" + otherAttachment
          + "/content");
      case "filing.attachment.delete" -> delete(filing + draft + "/attachments/" + (allowed
          ? uploadTo(draft) : attachmentMapper.findByFiling(draft).get(0).id));

      case "qualification.read" -> get(filing + approved + "/qualification");
      case "certificate.download" -> get(filing + approved + "/certificate");
      case "termination.list" -> get(filing + approved + "/terminations");
      case "termination.apply" -> json(post(filing + approved + "/terminations"),
          toJson(Map.of("reason", allowed ? INVALID_REASON : "矩阵测试：不应受理")));
      case "change.list" -> get(filing + approved + "/changes");
      // an open change exists: the party's operators are let through and told so (409)
      case "change.create" -> json(post(filing + approved + "/changes"), "{}");
      case "change.open" -> get(filing + approved + "/changes/open");
      case "change.read" -> get(changes + change);
      case "change.update" -> json(put(changes + change), toJson(Map.of("reason", allowed ? INVALID_REASON : "矩阵")));
      case "change.submit" -> json(post(changes + change + "/submit"),
          toJson(Map.of("reason", allowed ? INVALID_REASON : "矩阵")));
      case "change.withdraw" -> json(post(changes + change + "/withdraw"), "{}");
      case "change.discard" -> delete(allowed ? filing + discardable() + "/changes/" + newChange(discardable())
          : changes + change);
      case "change.attachment.upload" -> allowed
          ? multipart(changes + change + "/attachments").param("kind", "OTHER")
          : multipart(changes + change + "/attachments").file(pdf()).param("kind", "OTHER");
      case "change.attachment.download" -> get(changes + change + "/attachments/" + changeAttachment + "/content");
      case "change.attachment.delete" -> delete(changes + change + "/attachments/"
          + (allowed ? uploadToChange() : changeAttachment));

      case "report.list" -> get("/api/annual-reports");
      case "report.read" -> get("/api/annual-reports/" + report);
      case "report.save" -> json(put("/api/annual-reports/" + report),
          allowed ? "{\"projectsStarted\":-1}" : "{\"narrative\":\"不应保存\"}");
      case "report.submit" -> json(post("/api/annual-reports/" + report + "/submit"),
          allowed ? "{}" : toJson(figures(1, 0, 0, 0, null, 0, 0, 0, 0, "0")));
      case "report.ofFiling" -> get(filing + approved + "/annual-reports");

      case "task.list" -> get("/api/tasks");
      case "task.done" -> get("/api/tasks/done");
      case "task.approve" -> json(post(task + "/complete"),
          allowed ? "{\"opinion\":\"缺少结论\"}" : "{\"decision\":\"APPROVE\"}");
      case "task.claim" -> post(task + "/claim");
      case "task.unclaim" -> post(task + "/unclaim");
      case "task.read" -> get(task);
      case "task.colleagues" -> get(task + "/colleagues");
      case "task.transfer" -> json(post(task + "/transfer"), allowed ? "{}"
          : toJson(Map.of("toUserId", user("city_jinan").id(), "reason", "矩阵测试")));
      case "task.ccCandidates" -> get(task + "/cc-candidates");
      case "task.cc" -> json(post(task + "/cc"), allowed ? "{}"
          : toJson(Map.of("userIds", List.of(user("city_jinan").id()), "note", "矩阵测试")));
      case "process.xml" -> get("/api/process-definitions/" + processDefinition + "/xml");

      case "notification.list" -> get("/api/notifications");
      case "notification.unread" -> get("/api/notifications/unread-count");
      case "notification.read" -> post("/api/notifications/" + zoneNotification + "/read");
      case "notification.readAll" -> post("/api/notifications/read-all");

      case "metrics.coverage" -> get("/api/metrics/coverage");
      case "metrics.coverage.idor" -> get("/api/metrics/coverage").param("city", "370100");
      case "metrics.unpaired" -> get("/api/metrics/coverage/unpaired");
      case "metrics.universities" -> get("/api/metrics/coverage/universities");
      case "metrics.pipeline" -> get("/api/metrics/pipeline");
      case "metrics.speed" -> get("/api/metrics/speed");
      case "metrics.results" -> get("/api/metrics/results");
      case "metrics.results.reports" -> get("/api/metrics/results/reports");
      case "metrics.filings" -> get("/api/metrics/filings").param("kind", "COVERED");
      case "metrics.filings.idor" -> get("/api/metrics/filings").param("kind", "COVERED").param("city", "370100");
      case "metrics.export" -> get("/api/metrics/export").param("table", "coverage-city");

      case "matchmaking.suggestions" -> get("/api/matchmaking/zones/" + jinanZone + "/suggestions");
      case "matchmaking.unpaired" -> get("/api/matchmaking/unpaired");
      case "matchmaking.export" -> get("/api/matchmaking/unpaired/export");
      default -> throw new AssertionError("no request for action " + action);
    };
  }

  // ---------------------------------------------------------------- fixtures, made without the per-test cleanup

  private long fixture(long filingId) {
    fixtures.add(filingId);
    return filingId;
  }

  private long draftUntracked(String zoneOperator, String universityCode) {
    long id = filingService.create(completeForm(universityCode), user(zoneOperator)).id();
    attach(id, zoneOperator, AttachmentKind.AGREEMENT);
    return id;
  }

  private long submittedUntracked(String zoneOperator, String universityCode) {
    long id = draftUntracked(zoneOperator, universityCode);
    filingService.submit(id, completeForm(universityCode), user(zoneOperator));
    return id;
  }

  /** A Jinan–山东大学 pairing through every review step, its period ending after the next years' reports. */
  private long approvedUntracked() {
    long id = submittedUntracked("zone_jinan", "U001");
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", LocalDate.now(clock).plusYears(5), id);
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    decide(id, "cityReview", "city_jinan", Decision.APPROVE);
    decide(id, "provinceEduReview", "prov_edu", Decision.APPROVE);
    decide(id, "provinceStReview", "prov_st", Decision.APPROVE);
    return id;
  }

  /** A second approved pairing whose change drafts the allowed caller may discard. */
  private long discardable() {
    if (discardable == null) {
      discardable = fixture(approvedUntracked());
    }
    return discardable;
  }

  private long newChange(long filingId) throws Exception {
    MvcResult created = postJson("/api/filings/" + filingId + "/changes", login("zone_jinan"),
        Map.of("content", form("U001"))).andReturn();
    assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
    return body(created).get("id").asLong();
  }

  private long uploadTo(long filingId) {
    attach(filingId, "zone_jinan", AttachmentKind.OTHER);
    return attachmentMapper.findByFiling(filingId).stream().mapToLong(a -> a.id).max().orElseThrow();
  }

  private long uploadToChange() throws Exception {
    MvcResult uploaded = mvc.perform(multipart("/api/filings/" + approved + "/changes/" + change + "/attachments")
        .file(pdf()).param("kind", "OTHER").session(login("zone_jinan")).with(csrf())).andReturn();
    return body(uploaded).get("id").asLong();
  }

  private long newMapping() throws Exception {
    MvcResult created = postJson("/api/admin/industry-disciplines", login("sysadmin"),
        Map.of("industry", "矩阵产业" + System.nanoTime(), "discipline", "矩阵学科")).andReturn();
    assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
    return body(created).get("id").asLong();
  }

  private static MockMultipartFile pdf() {
    return new MockMultipartFile("file", "说明.pdf", "application/pdf", TestFiles.pdf());
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
