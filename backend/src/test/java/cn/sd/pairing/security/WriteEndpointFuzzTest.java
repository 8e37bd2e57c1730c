package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.sd.pairing.TestFiles;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.filing.AttachmentKind;
import cn.sd.pairing.report.AnnualReportTest;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 7, point 5: every write endpoint (POST/PUT/PATCH/DELETE under /api, found in the handler mappings) gets a
 * fixed-seed set of hostile inputs from a caller who may use it, on real records: malformed JSON, empty bodies,
 * wrong types and content types, deep nesting, 1 MB strings, SQL, script and unicode (RTL, emoji, NUL, a lone
 * surrogate) in every field, random JSON. Every answer must be 4xx, and the business tables (rows and content) and
 * the engine's runtime tables must be exactly as before. Endpoints without a body get hostile path ids instead.
 * Free texts that may legitimately hold such strings are checked separately: stored verbatim, sent back as JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteEndpointFuzzTest extends AnnualReportTest {
  static final String SQL = "' OR '1'='1'; DROP TABLE filing; --";
  static final String SCRIPT = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
  static final String UNICODE = "\u202Eevil\u202C 👩‍💻🀄 \u0000 nul \uD800 \uFEFF";
  static final String MEGABYTE = "A".repeat(1024 * 1024);
  static final List<String> HOSTILE = List.of(SQL, SCRIPT, UNICODE);
  /** Bodies whose strings are free text (a reason, a term): hostile strings are valid there (see freeText...). */
  static final Set<String> FREE_TEXT = Set.of("TerminationRequest", "WithdrawRequest", "IndustryDisciplineForm");
  /** Parts of the database that change by design on any request (audit trail, sessions, the engine's history). */
  static final Set<String> VOLATILE = Set.of("audit_event", "audit_chain", "flyway_schema_history", "flyway_engine_history", "spring_session",
      "spring_session_attributes");

  @Autowired RequestMappingHandlerMapping handlerMapping;
  @Autowired DataSource dataSource;

  private final Map<String, String> paths = new TreeMap<>();
  private final Map<String, String> callers = new TreeMap<>();
  private final List<Long> fixtures = new ArrayList<>();
  private String fuzzUser;

  /** The records whose ids go into the paths, and for every write endpoint a caller who may use it. */
  @BeforeAll
  void buildFixtures() throws Exception {
    long draft = fixture(draftOf("zone_jinan", "U001"));
    long review = fixture(draftOf("zone_jinan", "U001"));
    filingService.submit(review, completeForm("U001"), user("zone_jinan"));
    decide(review, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    String task = task(review, "cityReview").getId();
    long approved = fixture(draftOf("zone_jinan", "U001"));
    filingService.submit(approved, completeForm("U001"), user("zone_jinan"));
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", LocalDate.now(clock).plusYears(5), approved);
    decide(approved, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    decide(approved, "cityReview", "city_jinan", Decision.APPROVE);
    decide(approved, "provinceEduReview", "prov_edu", Decision.APPROVE);
    decide(approved, "provinceStReview", "prov_st", Decision.APPROVE);
    openReports(approvalYear(approved), approved);
    ClockUtil.reset();
    long report = report(approved, approvalYear(approved)).id;
    MvcResult created = postJson("/api/filings/" + approved + "/changes", login("zone_jinan"),
        Map.of("content", form("U001"))).andReturn();
    long change = body(created).get("id").asLong();
    MvcResult uploaded = mvc.perform(multipart("/api/filings/" + approved + "/changes/" + change + "/attachments")
        .file(pdf()).param("kind", "OTHER").session(login("zone_jinan")).with(csrf())).andReturn();
    long changeAttachment = body(uploaded).get("id").asLong();
    long attachment = attachmentMapper.findByFiling(draft).get(0).id;
    Org org = new TestRegistry(orgMapper, filingMapper).org(OrgType.ZONE, "模糊测试高新区", "370100");
    long spareUser = ensureUser("fuzz_spare", "模糊测试账号", org.code, Role.ZONE_OPERATOR).id;
    // a fresh account for the caller's own password and second factor: failures there lock nobody else
    fuzzUser = "fuzz_" + TestRegistry.code("").substring(0, 10).toLowerCase(Locale.ROOT);
    ensureUser(fuzzUser, "模糊测试本人", org.code, Role.ZONE_OPERATOR);
    MvcResult mapping = postJson("/api/admin/industry-disciplines", login("sysadmin"),
        Map.of("industry", "模糊产业" + System.nanoTime(), "discipline", "模糊学科")).andReturn();
    long mappingId = body(mapping).get("id").asLong();
    long notification = jdbc.queryForObject("SELECT MAX(id) FROM notification WHERE user_id = ?", Long.class,
        user("zone_jinan").id());

    String f = "/api/filings/";
    String c = f + approved + "/changes/" + change;
    String t = "/api/tasks/" + task;
    target("POST /api/auth/login", null, "/api/auth/login");
    target("POST /api/auth/password", fuzzUser, "/api/auth/password");
    target("POST /api/auth/totp/setup", fuzzUser, "/api/auth/totp/setup");
    target("POST /api/auth/totp/enrol", fuzzUser, "/api/auth/totp/enrol");
    target("POST /api/auth/totp/verify", fuzzUser, "/api/auth/totp/verify");
    target("POST /api/admin/orgs", "sysadmin", "/api/admin/orgs");
    target("PUT /api/admin/orgs/{}", "sysadmin", "/api/admin/orgs/" + org.id);
    target("POST /api/admin/orgs/{}/disable", "sysadmin", "/api/admin/orgs/{}/disable");
    target("POST /api/admin/orgs/{}/enable", "sysadmin", "/api/admin/orgs/{}/enable");
    target("POST /api/admin/orgs/import", "sysadmin", "/api/admin/orgs/import");
    target("POST /api/admin/users", "sysadmin", "/api/admin/users");
    target("PUT /api/admin/users/{}", "sysadmin", "/api/admin/users/" + spareUser);
    target("POST /api/admin/users/{}/disable", "sysadmin", "/api/admin/users/{}/disable");
    target("POST /api/admin/users/{}/enable", "sysadmin", "/api/admin/users/{}/enable");
    target("POST /api/admin/users/{}/reset-password", "sysadmin", "/api/admin/users/" + spareUser + "/reset-password");
    target("POST /api/admin/industry-disciplines", "sysadmin", "/api/admin/industry-disciplines");
    target("DELETE /api/admin/industry-disciplines/{}", "sysadmin", "/api/admin/industry-disciplines/{}");
    target("PUT /api/security/settings", "secadmin", "/api/security/settings");
    target("PUT /api/security/users/{}/roles", "secadmin", "/api/security/users/" + spareUser + "/roles");
    target("POST /api/audit/verify", "auditadmin", "/api/audit/verify");
    target("POST /api/filings", "zone_jinan", f);
    target("PUT /api/filings/{}", "zone_jinan", f + draft);
    target("POST /api/filings/{}/submit", "zone_jinan", f + draft + "/submit");
    target("POST /api/filings/{}/withdraw", "zone_jinan", f + review + "/withdraw");
    target("POST /api/filings/{}/attachments", "zone_jinan", f + draft + "/attachments");
    target("DELETE /api/filings/{}/attachments/{}", "zone_jinan", f + draft + "/attachments/{}");
    target("POST /api/filings/{}/terminations", "zone_jinan", f + approved + "/terminations");
    target("POST /api/filings/{}/changes", "zone_jinan", f + approved + "/changes");
    target("PUT /api/filings/{}/changes/{}", "zone_jinan", c);
    target("POST /api/filings/{}/changes/{}/submit", "zone_jinan", c + "/submit");
    target("POST /api/filings/{}/changes/{}/withdraw", "zone_jinan", c + "/withdraw");
    target("DELETE /api/filings/{}/changes/{}", "zone_jinan", f + approved + "/changes/{}");
    target("POST /api/filings/{}/changes/{}/attachments", "zone_jinan", c + "/attachments");
    target("DELETE /api/filings/{}/changes/{}/attachments/{}", "zone_jinan", c + "/attachments/{}");
    target("PUT /api/annual-reports/{}", "zone_jinan", "/api/annual-reports/" + report);
    target("POST /api/annual-reports/{}/submit", "zone_jinan", "/api/annual-reports/" + report + "/submit");
    target("POST /api/tasks/{}/complete", "city_jinan", t + "/complete");
    target("POST /api/tasks/{}/claim", "city_jinan", "/api/tasks/{}/claim");
    target("POST /api/tasks/{}/unclaim", "city_jinan", "/api/tasks/{}/unclaim");
    target("POST /api/tasks/{}/transfer", "city_jinan", t + "/transfer");
    target("POST /api/tasks/{}/cc", "city_jinan", t + "/cc");
    target("POST /api/notifications/{}/read", "zone_jinan", "/api/notifications/{}/read");
    target("POST /api/notifications/read-all", "zone_jinan", "/api/notifications/read-all");
    // ids that exist, so a hostile id is the only thing wrong in the body-less calls' paths
    assertThat(List.of(attachment, changeAttachment, mappingId, notification)).doesNotContainNull();
    for (String username : new TreeSet<>(callers.values())) {
      if (!username.isEmpty()) {
        login(username);
      }
    }
  }

  private void target(String endpoint, String username, String path) {
    paths.put(endpoint, path);
    callers.put(endpoint, username == null ? "" : username);
  }

  @AfterAll
  void removeFixtures() {
    for (long id : fixtures) {
      List<String> running = new ArrayList<>(runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(String.valueOf(id)).list().stream().map(p -> p.getId()).toList());
      if (filing(id).processInstanceId != null) {
        running.add(filing(id).processInstanceId);
      }
      runtimeService.deleteProcessInstancesIfExists(running, "test cleanup", true, true, false);
    }
  }

  @Test
  void everyWriteEndpointAnswersHostileInputWith4xxAndChangesNothing() throws Exception {
    Map<String, HandlerMethod> writes = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
      for (String endpoint : SecurityMatrixTest.endpoints(entry.getKey())) {
        if (endpoint.contains(" /api/") && !endpoint.startsWith("GET ")) {
          writes.put(SecurityMatrixTest.normalise(endpoint), entry.getValue());
        }
      }
    }
    assertThat(new TreeSet<>(writes.keySet())).as("write endpoints without a fuzz target")
        .isSubsetOf(paths.keySet());

    Map<String, String> before = snapshot();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    Map<String, Integer> perEndpoint = new TreeMap<>();
    for (Map.Entry<String, HandlerMethod> write : writes.entrySet()) {
      String endpoint = write.getKey();
      HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
      List<Input> inputs = inputsFor(write.getValue(), paths.get(endpoint));
      perEndpoint.put(endpoint, inputs.size());
      for (Input input : inputs) {
        MockHttpServletRequestBuilder request = input.build(method);
        String caller = callers.get(endpoint);
        if (caller.isEmpty()) {
          // anonymous sign-in attempts: from an address of their own, so the rate limit of other tests is untouched
          String address = "10.77.0." + (requests % 250 + 1);
          request.with(r -> {
            r.setRemoteAddr(address);
            return r;
          });
        } else {
          request.session(session(caller));
        }
        MvcResult result = mvc.perform(request.with(csrf())).andReturn();
        requests++;
        int status = result.getResponse().getStatus();
        if (status < 400 || status >= 500) {
          failures.add(endpoint + " with " + input.name() + " → " + status + " "
              + abbreviate(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        }
      }
    }
    Map<String, String> after = snapshot();
    System.out.printf("fuzz: %d write endpoints, %d requests; inputs per endpoint: %s%n", writes.size(), requests,
        perEndpoint);
    assertThat(failures).as("answers other than 4xx").isEmpty();
    assertThat(after).as("the database after the hostile requests").isEqualTo(before);
  }

  /** A free text keeps hostile strings exactly as typed, and they go back out as JSON data, never as markup. */
  @Test
  void hostileStringsInFreeTextAreStoredVerbatimAndSentBackAsJsonData() throws Exception {
    String text = SQL + " " + SCRIPT + " " + UNICODE.replace("\uD800", "");
    Map<String, Object> draft = form("U001");
    draft.put("mechanismDecision", text);
    draft.put("targets2026", SCRIPT);
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, draft);
    MvcResult read = getJson("/api/filings/" + id, zone).andReturn();
    JsonNode detail = body(read);
    assertThat(detail.get("mechanismDecision").asText()).isEqualTo(text.strip());
    assertThat(detail.get("targets2026").asText()).isEqualTo(SCRIPT);
    assertThat(read.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    assertThat(read.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(read.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
  }

  /** A lone UTF-16 surrogate cannot be stored as UTF-8: refused with 400 naming the field, never a 5xx. */
  @Test
  void aLoneSurrogateInFreeTextIsRefused() throws Exception {
    Map<String, Object> draft = form("U001");
    draft.put("mechanismDecision", "半个字符\uD800");
    MvcResult result = postJson("/api/filings", login("zone_jinan"), escapeSurrogates(toJson(draft))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(result).get("fieldErrors").get(0).get("field").asText()).isEqualTo("mechanismDecision");
  }

  // ---------------------------------------------------------------- the inputs

  /** One hostile request: a body with its content type, or a path with hostile ids. */
  record Input(String name, String path, String contentType, byte[] body, MockMultipartFile file, String kind) {
    MockHttpServletRequestBuilder build(HttpMethod method) {
      if (file != null || kind != null) {
        var multipart = multipart(method, path);
        if (file != null) {
          multipart.file(file);
        }
        if (kind != null) {
          multipart.param("kind", kind);
        }
        return multipart;
      }
      MockHttpServletRequestBuilder request = request(method, path);
      if (contentType != null) {
        request.contentType(contentType);
      }
      if (body != null) {
        request.content(body);
      }
      return request;
    }
  }

  private List<Input> inputsFor(HandlerMethod handler, String path) throws Exception {
    MethodParameter bodyParameter = null;
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        bodyParameter = parameter;
      }
    }
    boolean multipartBody = List.of(handler.getMethod().getParameterTypes()).stream()
        .anyMatch(type -> type.getSimpleName().equals("MultipartFile"));
    List<Input> inputs = new ArrayList<>();
    if (multipartBody) {
      String p = path;
      inputs.add(new Input("no file", p, null, null, null, "OTHER"));
      inputs.add(new Input("an empty file", p, null, null, new MockMultipartFile("file", "空.pdf", "application/pdf",
          new byte[0]), "OTHER"));
      inputs.add(new Input("HTML posing as a PDF", p, null, null, new MockMultipartFile("file", "x.pdf",
          "application/pdf", (SCRIPT).getBytes(StandardCharsets.UTF_8)), "OTHER"));
      inputs.add(new Input("random bytes as .csv", p, null, null, new MockMultipartFile("file", "x.csv", "text/csv",
          randomBytes(4096)), "ZONE"));
      for (String hostile : HOSTILE) {
        inputs.add(new Input("a hostile kind/type " + label(hostile), p, null, null, new MockMultipartFile("file",
            "../../" + hostile + ".pdf", "application/pdf", TestFiles.pdf()), hostile));
      }
      inputs.add(new Input("JSON instead of multipart", p, MediaType.APPLICATION_JSON_VALUE,
          "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8), null, null));
      return inputs;
    }
    if (bodyParameter == null) {
      if (!path.contains("{}")) {
        return inputs; // nothing a caller sends: no input to fuzz (listed with 0 inputs in the figures)
      }
      for (String id : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1%20OR%201=1", "%3Cscript%3E",
          "%00", "%E2%80%AE1")) {
        inputs.add(new Input("path id " + id, path.replace("{}", id), null, null, null, null));
      }
      return inputs;
    }
    Class<?> type = bodyParameter.getParameterType();
    boolean optional = !bodyParameter.getParameterAnnotation(RequestBody.class).required();
    String p = path;
    String json = MediaType.APPLICATION_JSON_VALUE;
    inputs.add(raw("malformed JSON", p, json, "{\"a\":"));
    inputs.add(raw("single-quoted JSON", p, json, "{'a': 1}"));
    inputs.add(raw("trailing garbage", p, json, "{} } ]]"));
    if (!optional) {
      inputs.add(raw("an empty body", p, json, ""));
      inputs.add(raw("null", p, json, "null"));
    }
    inputs.add(raw("an array for the object", p, json, "[{}]"));
    inputs.add(raw("a number for the object", p, json, "12345"));
    inputs.add(raw("a string for the object", p, json, "\"" + SQL + "\""));
    inputs.add(raw("arrays nested 5000 deep", p, json, "[".repeat(5000) + "]".repeat(5000)));
    inputs.add(raw("objects nested 5000 deep", p, json, "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
    inputs.add(raw("plain text content type", p, MediaType.TEXT_PLAIN_VALUE, toJson(valuesFor(type, v -> v))));
    inputs.add(raw("XML content type", p, MediaType.APPLICATION_XML_VALUE, "<a>" + SCRIPT + "</a>"));
    inputs.add(raw("wrong types in every field", p, json, toJson(wrongTypes(type))));
    inputs.add(raw("1 MB in every field", p, json, toJson(valuesFor(type, v -> MEGABYTE))));
    if (!FREE_TEXT.contains(type.getSimpleName())) {
      for (String hostile : HOSTILE) {
        inputs.add(raw(label(hostile) + " in every field", p, json, toJson(valuesFor(type, v -> hostile))));
      }
    }
    Random random = new Random(20261207L);
    for (int i = 0; i < 3; i++) {
      inputs.add(raw("random JSON #" + (i + 1), p, json, toJson(randomFor(type, random))));
    }
    return inputs;
  }

  /** The body as sent; a lone surrogate goes as its JSON escape (raw, UTF-8 would turn it into "?" on the way). */
  private static Input raw(String name, String path, String contentType, String body) {
    return new Input(name, path, contentType, escapeSurrogates(body).getBytes(StandardCharsets.UTF_8), null, null);
  }

  static String escapeSurrogates(String json) {
    return json.replace("\uD800", "\\uD800");
  }

  private static String label(String hostile) {
    return hostile == SQL ? "SQL" : hostile == SCRIPT ? "<script>" : "RTL/emoji/NUL/surrogate";
  }

  interface ValueFor {
    Object value(Class<?> type);
  }

  /** Every field of the body set to the given text (as a number, list, nested record or enum alike). */
  private static Map<String, Object> valuesFor(Class<?> type, ValueFor text) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        Object value = text.value(component.getType());
        body.put(component.getName(), Collection.class.isAssignableFrom(component.getType()) ? List.of(value) : value);
      }
    }
    return body;
  }

  /** Each field given a value of a type it cannot take. */
  private static Map<String, Object> wrongTypes(Class<?> type) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      body.put(component.getName(), wrongFor(component.getType(), component.getGenericType(), 0));
    }
    return body;
  }

  private static Object wrongFor(Class<?> type, Type generic, int pick) {
    if (type == String.class || Number.class.isAssignableFrom(type) || type.isPrimitive() || type.isEnum()
        || type.getName().startsWith("java.time")) {
      return pick % 2 == 0 ? Map.of("$ne", List.of(1)) : List.of(Map.of("x", 1));
    }
    if (Collection.class.isAssignableFrom(type)) {
      Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      return pick % 2 == 0 ? Map.of("item", 1) : List.of(List.of(Map.of("nested", List.of())),
          element == String.class ? Map.of() : "x");
    }
    return pick % 2 == 0 ? List.of(1, 2) : "not an object";
  }

  /** Random JSON over the body's own field names: each value of a random wrong type, plus unknown keys. */
  private static Map<String, Object> randomFor(Class<?> type, Random random) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      body.put(component.getName(), wrongFor(component.getType(), component.getGenericType(), random.nextInt(2)));
    }
    for (int i = 0; i < 3; i++) {
      body.put("k" + Integer.toHexString(random.nextInt()), randomValue(random, 0));
    }
    return body;
  }

  private static Object randomValue(Random random, int depth) {
    return switch (depth > 3 ? random.nextInt(4) : random.nextInt(6)) {
      case 0 -> random.nextLong();
      case 1 -> HOSTILE.get(random.nextInt(HOSTILE.size()));
      case 2 -> random.nextBoolean();
      case 3 -> random.nextDouble() * 1e300;
      case 4 -> List.of(randomValue(random, depth + 1), randomValue(random, depth + 1));
      default -> Map.of("k" + random.nextInt(100), randomValue(random, depth + 1));
    };
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  // ---------------------------------------------------------------- the database before and after

  /**
   * Row count and an order-independent digest of the content of every business table, and the row count of every
   * engine runtime table (ACT_RU_*). The audit trail, sessions and the engine's history change by design.
   */
  private Map<String, String> snapshot() throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    Map<String, String> result = new TreeMap<>();
    for (String table : tables) {
      String name = table.toLowerCase(Locale.ROOT);
      if (VOLATILE.contains(name) || name.startsWith("act_") && !name.startsWith("act_ru_")
          || name.equals("act_ru_meter_log")) {
        continue;
      }
      if (name.startsWith("act_ru_")) {
        result.put(name, String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        continue;
      }
      long[] digest = new long[2];
      jdbc.query("SELECT * FROM " + table, rs -> {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.append(rs.getString(i)).append('\u0001');
        }
        digest[0]++;
        digest[1] += hash(row.toString());
      });
      result.put(name, digest[0] + " rows, digest " + Long.toHexString(digest[1]));
    }
    return result;
  }

  private static long hash(String row) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
      return Long.parseLong(HexFormat.of().formatHex(sha, 0, 7), 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  private MockHttpSession session(String username) throws Exception {
    return login(username);
  }

  @Override
  protected MockHttpSession login(String username) throws Exception {
    return username.startsWith("fuzz_") ? ownSession(username) : super.login(username);
  }

  private final Map<String, MockHttpSession> own = new TreeMap<>();

  private MockHttpSession ownSession(String username) throws Exception {
    MockHttpSession session = own.get(username);
    if (session == null) {
      session = freshLogin(username);
      own.put(username, session);
    }
    return session;
  }

  private long fixture(long filingId) {
    fixtures.add(filingId);
    return filingId;
  }

  private long draftOf(String zoneOperator, String universityCode) {
    long id = filingService.create(completeForm(universityCode), user(zoneOperator)).id();
    attach(id, zoneOperator, AttachmentKind.AGREEMENT);
    return id;
  }

  private static MockMultipartFile pdf() {
    return new MockMultipartFile("file", "说明.pdf", "application/pdf", TestFiles.pdf());
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
