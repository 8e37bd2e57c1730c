package cn.sd.pairing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.qualification.ApprovedFilingTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/** Change filings over HTTP as the SPA makes them, on an approved zone_jinan–山东大学 pairing. */
abstract class ChangeTest extends ApprovedFilingTest {
  @Autowired ChangeMapper changeMapper;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  /**
   * Changes a test leaves open would block their pairings for later tests and the browser journeys (one open change
   * per pairing, no termination while one is reviewed): their processes are deleted and they end as withdrawn,
   * drafts are deleted.
   */
  @AfterEach
  void closeOpenChanges() {
    BpmnAwareTests.reset();
    String underReview = "status IN ('CITY_REVIEW', 'PROVINCE_REVIEW', 'RETURNED')";
    List<String> running = jdbc.queryForList("SELECT process_instance_id FROM filing_change WHERE " + underReview,
        String.class);
    runtimeService.deleteProcessInstancesIfExists(running, "test cleanup", true, true, false);
    jdbc.update("UPDATE filing_change SET status = 'WITHDRAWN' WHERE " + underReview);
    String drafts = "(SELECT id FROM filing_change WHERE status = 'DRAFT')";
    jdbc.update("DELETE FROM filing_change_unit WHERE change_id IN " + drafts);
    jdbc.update("DELETE FROM filing_change_attachment WHERE change_id IN " + drafts);
    jdbc.update("DELETE FROM filing_change WHERE status = 'DRAFT'");
  }

  static String changes(long filingId) {
    return "/api/filings/" + filingId + "/changes";
  }

  /** The filing's current content as the change form starts from it (the filing detail's fields). */
  @SuppressWarnings("unchecked")
  Map<String, Object> currentContent(long filingId) throws Exception {
    Map<String, Object> detail = json.convertValue(detail(filingId, login("zone_jinan")), Map.class);
    Map<String, Object> content = new LinkedHashMap<>();
    for (String key : List.of("keyTasks", "startDate", "endDate", "zoneContact", "universityContact", "zoneIndustries",
        "subjectDisciplines", "mechanismDecision", "mechanismProject", "mechanismTalent", "mechanismBenefit",
        "projects", "platforms", "talent", "targets2026", "targets2028")) {
      content.put(key, detail.get(key));
    }
    List<Map<String, Object>> platforms = new ArrayList<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) content.get("platforms")) {
      platforms.add(new LinkedHashMap<>(Map.of("type", p.get("type"), "name", p.get("name"))));
    }
    content.put("platforms", platforms);
    return content;
  }

  static Map<String, Object> changeForm(Map<String, Object> content, List<Long> units, String reason) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("content", content);
    form.put("addedUnitIds", units);
    form.put("reason", reason);
    return form;
  }

  JsonNode expect(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(status);
    return result.getResponse().getContentLength() == 0 && status == 204 ? null : body(result);
  }

  JsonNode createChange(long filingId, String user, Map<String, Object> form) throws Exception {
    return expect(postJson(changes(filingId), login(user), form).andReturn(), 201);
  }

  JsonNode submitChange(long filingId, long changeId, String user, Map<String, Object> form) throws Exception {
    return expect(postJson(changes(filingId) + "/" + changeId + "/submit", login(user), form).andReturn(), 200);
  }

  /** A change of the zone drafted and submitted: it waits at the city's review. */
  long submittedChange(long filingId, Map<String, Object> content, String reason) throws Exception {
    long changeId = createChange(filingId, "zone_jinan", changeForm(content, List.of(), null)).get("id").asLong();
    submitChange(filingId, changeId, "zone_jinan", changeForm(content, List.of(), reason));
    return changeId;
  }

  String processOf(long changeId) {
    return changeMapper.findById(changeId).processInstanceId;
  }

  Task changeTask(long changeId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processOf(changeId)).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** A reviewer decides the change's task at one step from its ordinary task list (POST /api/tasks/{id}/complete). */
  JsonNode decideChange(long changeId, String taskKey, String user, String decision, String opinion) throws Exception {
    Task task = changeTask(changeId, taskKey);
    assertThat(task).as("change %s waits at %s", changeId, taskKey).isNotNull();
    return expect(complete(task.getId(), login(user), decision, opinion).andReturn(), 200);
  }

  ChangeStatus statusOfChange(long changeId) {
    return changeMapper.findById(changeId).status;
  }

  long notificationsOf(String username, long filingId, String titlePart) {
    return jdbc.queryForObject("""
        SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.username = ? AND n.filing_id = ? AND n.title LIKE ?""", Long.class, username, filingId,
        "%" + titlePart + "%");
  }

  List<String> measures(long filingId) throws Exception {
    JsonNode q = body(getJson("/api/filings/" + filingId + "/qualification", login("zone_jinan"))
        .andExpect(status().isOk()).andReturn());
    List<String> codes = new ArrayList<>();
    q.get("measures").forEach(m -> codes.add(m.get("code").asText()));
    return codes;
  }
}
