package cn.sd.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** HTTP helpers shared by the API tests: JSON forms, calls with session and CSRF. */
public abstract class ApiTest extends IntegrationTest {

  /** A complete FilingForm as the SPA sends it (no version: the save is not checked against one). */
  protected Map<String, Object> form(String universityCode) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("universityId", orgId(universityCode));
    form.put("keyTasks", List.of("INDUSTRY_LAYOUT", "TRANSFER"));
    form.put("startDate", "2026-12-01");
    form.put("endDate", "2028-12-31");
    form.put("zoneContact", new LinkedHashMap<>(Map.of("name", "张三", "phone", "13800000000", "email", "a@b.cn")));
    form.put("universityContact",
        new LinkedHashMap<>(Map.of("name", "李四", "phone", "13900000000", "email", "c@d.cn")));
    form.put("zoneIndustries", new ArrayList<>(List.of("新一代信息技术", "智能装备")));
    form.put("subjectDisciplines", new ArrayList<>(List.of("控制科学与工程")));
    form.put("mechanismDecision", "区校联席会议每季度召开一次，共商重大事项");
    form.put("mechanismProject", "围绕主导产业需求联合凝练攻关项目");
    form.put("mechanismTalent", "互派科技副总和产业教授");
    form.put("mechanismBenefit", "成果转化收益按协议比例分配");
    form.put("projects", new ArrayList<>(List.of(project("智能传感器联合攻关", "智能装备", "某链主企业", "300.50"))));
    form.put("platforms", new ArrayList<>(List.of(platform("PILOT_BASE", "区校联合中试基地", "共建共用"))));
    form.put("talent", new LinkedHashMap<>(Map.of("vicePresidents", 2, "industryProfessors", 3, "secondments", 1,
        "twoWayPostings", 4)));
    form.put("targets2026", "建成联合中试基地，启动3个联合攻关项目");
    form.put("targets2028", "转化成果10项以上，合同金额5000万元");
    return form;
  }

  protected static Map<String, Object> project(String name, String field, String leadEnterprise, Object budgetWan) {
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("name", name);
    project.put("field", field);
    project.put("leadEnterprise", leadEnterprise);
    project.put("budgetWan", budgetWan);
    return project;
  }

  protected static Map<String, Object> platform(String type, String name, String note) {
    Map<String, Object> platform = new LinkedHashMap<>();
    platform.put("type", type);
    platform.put("name", name);
    platform.put("note", note);
    return platform;
  }

  /** POST /api/filings/{id}/attachments with part "file" and parameter "kind". */
  protected ResultActions upload(long filingId, MockHttpSession session, String kind, String fileName,
      String contentType, byte[] bytes) throws Exception {
    MockMultipartHttpServletRequestBuilder request = multipart("/api/filings/" + filingId + "/attachments");
    if (bytes != null) {
      request.file(new MockMultipartFile("file", fileName, contentType, bytes));
    }
    if (kind != null) {
      request.param("kind", kind);
    }
    return mvc.perform(request.session(session).with(csrf()));
  }

  /** Uploads a small real PDF as the kind of attachment (AGREEMENT, CONSENT, OTHER); returns the attachment. */
  protected JsonNode uploadPdf(long filingId, MockHttpSession session, String kind) throws Exception {
    MvcResult result = upload(filingId, session, kind, "合作协议.pdf", "application/pdf", TestFiles.pdf()).andReturn();
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError("upload failed: " + result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString());
    }
    return body(result);
  }

  protected ResultActions getJson(String url, MockHttpSession session) throws Exception {
    return mvc.perform(get(url).session(session).accept(MediaType.APPLICATION_JSON));
  }

  protected ResultActions postJson(String url, MockHttpSession session, Object body) throws Exception {
    return mvc.perform(post(url).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content(body instanceof String s ? s : toJson(body)));
  }

  protected ResultActions putJson(String url, MockHttpSession session, Object body) throws Exception {
    return mvc.perform(put(url).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content(body instanceof String s ? s : toJson(body)));
  }

  /** POST /api/filings → 201; returns the new draft's id. */
  protected long createDraft(MockHttpSession zone, Map<String, Object> form) throws Exception {
    MvcResult result = postJson("/api/filings", zone, form).andReturn();
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError("create failed: " + result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString());
    }
    long id = body(result).path("id").asLong();
    track(id);
    return id;
  }

  /** Creates a filing, uploads the signed agreement and submits it through the API (it then waits at 对方确认); returns its id. */
  protected long createAndSubmit(MockHttpSession zone, String universityCode) throws Exception {
    long id = createDraft(zone, form(universityCode));
    uploadPdf(id, zone, "AGREEMENT");
    MvcResult result = postJson("/api/filings/" + id + "/submit", zone, form(universityCode)).andReturn();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError("submit failed: " + result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString());
    }
    return id;
  }

  protected JsonNode detail(long id, MockHttpSession session) throws Exception {
    MvcResult result = getJson("/api/filings/" + id, session).andReturn();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError("detail failed: " + result.getResponse().getStatus());
    }
    return body(result);
  }

  protected ResultActions complete(String taskId, MockHttpSession reviewer, String decision, String opinion)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decision", decision);
    if (opinion != null) {
      body.put("opinion", opinion);
    }
    return postJson("/api/tasks/" + taskId + "/complete", reviewer, body);
  }

  /** The id of the filing's open task at one BPMN step; fails when there is none. */
  protected String taskId(long filingId, String taskKey) {
    var open = task(filingId, taskKey);
    if (open == null) {
      throw new AssertionError("filing " + filingId + " does not wait at " + taskKey);
    }
    return open.getId();
  }

  /**
   * POST /api/tasks/{id}/complete on the filing's task at one step → 200, then waits until the
   * jobs it caused have run (the provincial join is asynchronous); returns the filing as the
   * decider sees it afterwards.
   */
  protected JsonNode decideOverHttp(long filingId, String taskKey, MockHttpSession session, String decision,
      String opinion) throws Exception {
    MvcResult result = complete(taskId(filingId, taskKey), session, decision, opinion).andReturn();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError(taskKey + " " + decision + " failed: " + result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
    waitForJobs(filing(filingId).processInstanceId);
    return detail(filingId, session);
  }

  /** The item of GET /api/tasks for one filing and step, or null when the caller is not offered it. */
  protected JsonNode todoItem(MockHttpSession session, long filingId, String taskKey) throws Exception {
    for (JsonNode item : todoItems(session)) {
      if (item.path("filingId").asLong() == filingId && item.path("taskKey").asText().equals(taskKey)) {
        return item;
      }
    }
    return null;
  }

  /** Every item of the caller's 待办, read page by page (GET /api/tasks?page=…&size=100). */
  protected List<JsonNode> todoItems(MockHttpSession session) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 1; ; page++) {
      MvcResult result = getJson("/api/tasks?size=100&page=" + page, session).andReturn();
      if (result.getResponse().getStatus() != 200) {
        throw new AssertionError("GET /api/tasks failed: " + result.getResponse().getStatus());
      }
      JsonNode body = body(result);
      body.path("items").forEach(items::add);
      if (body.path("items").isEmpty() || items.size() >= body.path("total").asLong()) {
        return items;
      }
    }
  }

  /**
   * The calls released at the same moment on their own threads (a double click, two users at
   * once); their results in the order given.
   */
  protected List<MvcResult> atOnce(List<java.util.concurrent.Callable<MvcResult>> calls) throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.size());
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<MvcResult>> futures = new ArrayList<>();
      for (var call : calls) {
        futures.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<MvcResult> results = new ArrayList<>();
      for (Future<MvcResult> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- read-only queries (monitoring)

  /** GET path with the parameters given as name, value, name, value… */
  protected static MockHttpServletRequestBuilder query(MockHttpSession session, String path, String... params) {
    MockHttpServletRequestBuilder request = get(path).session(session);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return request;
  }

  /** The query is refused: 403 with a Chinese message. */
  protected void refusedQuery(MockHttpSession session, String path, String... params) throws Exception {
    JsonNode body = body(mvc.perform(query(session, path, params)).andExpect(status().isForbidden()).andReturn());
    assertThat(body.get("message").asText()).matches(CHINESE);
  }

  /** The query is a 400 naming the parameter at fault, in Chinese. */
  protected void badQueryField(MockHttpSession session, String path, String field, String... params)
      throws Exception {
    JsonNode body = body(mvc.perform(query(session, path, params)).andExpect(status().isBadRequest()).andReturn());
    assertThat(body.get("message").asText()).matches(CHINESE);
    assertThat(body.toString()).contains("\"field\":\"" + field + "\"");
  }

  /** GET /api/metrics/export: the first sheet's rows, numbers as the user reads them ("25.0" → "25"). */
  protected List<List<String>> exportRows(MockHttpSession session, String... params) throws Exception {
    MvcResult result = mvc.perform(query(session, "/api/metrics/export", params)).andExpect(status().isOk())
        .andReturn();
    assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
    assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
    try (ReadableWorkbook workbook = new ReadableWorkbook(
        new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      return workbook.getFirstSheet().read().stream()
          .map(row -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              var cell = row.getCell(c);
              String text = cell == null ? "" : cell.getText();
              cells.add(text.matches("-?\\d+\\.\\d+") ? new BigDecimal(text).stripTrailingZeros().toPlainString()
                  : text);
            }
            return cells;
          })
          .toList();
    }
  }
}
