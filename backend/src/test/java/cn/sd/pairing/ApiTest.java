package cn.sd.pairing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** HTTP helpers shared by the API tests: JSON forms, calls with session and CSRF. */
public abstract class ApiTest extends IntegrationTest {

  /** A complete FilingForm as the SPA sends it. */
  protected Map<String, Object> form(String universityCode) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("universityId", orgId(universityCode));
    form.put("keyTasks", List.of("INDUSTRY_LAYOUT", "TRANSFER"));
    form.put("startDate", "2026-12-01");
    form.put("endDate", "2028-12-31");
    form.put("zoneContact", new LinkedHashMap<>(Map.of("name", "张三", "phone", "13800000000", "email", "a@b.cn")));
    form.put("universityContact",
        new LinkedHashMap<>(Map.of("name", "李四", "phone", "13900000000", "email", "c@d.cn")));
    return form;
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

  /** Creates and submits a filing through the API; returns its id. */
  protected long createAndSubmit(MockHttpSession zone, String universityCode) throws Exception {
    long id = createDraft(zone, form(universityCode));
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

  /** The id of the single current task of a filing, as its reviewer sees it in the detail. */
  protected String currentTaskId(long id, MockHttpSession reviewer) throws Exception {
    JsonNode tasks = detail(id, reviewer).path("currentTasks");
    if (tasks.size() != 1) {
      throw new AssertionError("expected one current task, got " + tasks);
    }
    return tasks.get(0).path("id").asText();
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
}
