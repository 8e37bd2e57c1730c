package cn.sd.pairing.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/**
 * pairing-termination.bpmn on the real engine through the HTTP API: a party applies, the counterpart is
 * told, 省科技厅 confirms (qualification ends) or refuses (it stays), from its ordinary task list; and the
 * denials.
 */
class TerminationProcessTest extends ApprovedFilingTest {
  @Autowired TerminationMapper terminationMapper;
  @Autowired JdbcTemplate jdbc;

  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void cleanUp() {
    BpmnAwareTests.reset();
    runtimeService.deleteProcessInstancesIfExists(started, "test cleanup", true, true, false);
  }

  private static ProcessInstanceAssert assertProcess(ProcessInstance instance) {
    return BpmnAwareTests.assertThat(instance);
  }

  private JsonNode apply(long filingId, String user, String reason) throws Exception {
    MvcResult result = postJson("/api/filings/" + filingId + "/terminations", login(user), Map.of("reason", reason))
        .andExpect(status().isCreated()).andReturn();
    JsonNode view = body(result);
    started.add(terminationMapper.findById(view.get("id").asLong()).processInstanceId);
    return view;
  }

  /** The running termination process (assertions on it re-read its state, also once it has ended). */
  private ProcessInstance process(long terminationId) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(terminationMapper.findById(terminationId).processInstanceId).singleResult();
  }

  /** The monitoring's drill-down of covered zones in 济南 (all pages of it, as the province sees it). */
  private String coveredInJinan() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int page = 1; ; page++) {
      JsonNode result = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .get("/api/metrics/filings").session(login("prov_st")).param("kind", "COVERED").param("city", "370100")
          .param("page", String.valueOf(page)).param("size", "100")).andExpect(status().isOk()).andReturn());
      all.append(result.get("items"));
      if (result.get("items").size() < 100) {
        return all.toString();
      }
    }
  }

  private Task confirmTask(long terminationId) {
    return taskService.createTaskQuery().processInstanceId(terminationMapper.findById(terminationId).processInstanceId)
        .taskDefinitionKey("confirmTermination").singleResult();
  }

  private long notificationsOf(String username, long filingId, String titlePart) {
    return jdbc.queryForObject("""
        SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.username = ? AND n.filing_id = ? AND n.title LIKE ?""", Long.class, username, filingId,
        "%" + titlePart + "%");
  }

  private JsonNode qualification(long filingId) throws Exception {
    return body(getJson("/api/filings/" + filingId + "/qualification", login("zone_jinan"))
        .andExpect(status().isOk()).andReturn());
  }

  @Test
  void zoneAppliesUniversityIsToldProvinceConfirmsFromItsTaskListAndTheQualificationEnds() throws Exception {
    long id = approved();
    String code = qualification(id).get("verificationCode").asText();
    assertThat(body(getJson("/api/filings/" + id + "/terminations", login("zone_jinan")).andReturn())
        .get("canApply").asBoolean()).isTrue();

    JsonNode applied = apply(id, "zone_jinan", "合作企业迁出，结对无法继续");
    long tid = applied.get("id").asLong();
    assertThat(applied.get("status").asText()).isEqualTo("PENDING");
    assertThat(applied.get("applicantOrgName").asText()).isEqualTo("济南高新技术产业开发区");
    ProcessInstance instance = process(tid);
    assertProcess(instance).hasProcessDefinitionKey(TerminationService.PROCESS_KEY)
        .hasBusinessKey(String.valueOf(id)).hasPassed("applied", "notifyCounterpart")
        .isWaitingAtExactly("confirmTermination");
    assertThat(notificationsOf("univ_sdu", id, "申请终止")).isEqualTo(1);
    assertThat(notificationsOf("zone_jinan", id, "申请终止")).isZero();
    assertThat(confirmTask(tid).getDueDate()).isInTheFuture();
    // a second application while one is pending
    postJson("/api/filings/" + id + "/terminations", login("univ_sdu"), Map.of("reason", "再次申请"))
        .andExpect(status().isConflict());
    assertThat(body(getJson("/api/filings/" + id + "/terminations", login("univ_sdu")).andReturn())
        .get("canApply").asBoolean()).isFalse();

    // the province's ordinary 待办 list shows it with the pairing's names and the step's outcomes
    List<JsonNode> todo = todoItems(login("prov_st"));
    JsonNode item = null;
    for (JsonNode t : todo) {
      if (t.get("id").asText().equals(confirmTask(tid).getId())) {
        item = t;
      }
    }
    assertThat(item).as("termination task in prov_st's list").isNotNull();
    assertThat(item.get("filingId").asLong()).isEqualTo(id);
    assertThat(item.get("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(item.get("decisions").toString()).isEqualTo("[\"APPROVE\",\"REJECT\"]");
    // a city reviewer cannot decide it
    postJson("/api/tasks/" + confirmTask(tid).getId() + "/complete", login("city_jinan"),
        Map.of("decision", "APPROVE")).andExpect(status().isForbidden());

    assertThat(coveredInJinan()).contains(filing(id).filingNo);
    postJson("/api/tasks/" + confirmTask(tid).getId() + "/complete", login("prov_st"),
        Map.of("decision", "APPROVE")).andExpect(status().isOk());
    // the monitoring's coverage no longer counts the pairing
    assertThat(coveredInJinan()).doesNotContain(filing(id).filingNo);
    assertProcess(instance).hasPassed("confirmOutcome", "endQualification", "terminated")
        .hasNotPassed("keepPairing", "refused").isEnded();
    assertThat(terminationMapper.findById(tid).status).isEqualTo(TerminationStatus.CONFIRMED);
    JsonNode q = qualification(id);
    assertThat(q.get("state").asText()).isEqualTo("TERMINATED");
    assertThat(q.get("terminatedOn").asText()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(notificationsOf("zone_jinan", id, "终止结对已确认")).isEqualTo(1);
    assertThat(notificationsOf("univ_sdu", id, "终止结对已确认")).isEqualTo(1);
    // the certificate still verifies, showing the ended state; the pairing leaves the public list
    JsonNode verified = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/public/certificates/verify").param("code", code)).andReturn());
    assertThat(verified.get("valid").asBoolean()).isTrue();
    assertThat(verified.get("stateLabel").asText()).isEqualTo("已终止");
    assertThat(body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/public/pairings").param("city", "370100").param("size", "100")).andReturn()).toString())
        .doesNotContain(filing(id).filingNo);
    // an ended pairing cannot be terminated again
    postJson("/api/filings/" + id + "/terminations", login("univ_sdu"), Map.of("reason", "再次申请"))
        .andExpect(status().isConflict());
  }

  @Test
  void universityAppliesProvinceRefusesWithAReasonAndThePairingStays() throws Exception {
    long id = approved();
    long tid = apply(id, "univ_sdu", "学院调整，拟由其他团队承接").get("id").asLong();
    assertThat(notificationsOf("zone_jinan", id, "申请终止")).isEqualTo(1);
    ProcessInstance instance = process(tid);
    String taskId = confirmTask(tid).getId();

    MvcResult noReason = postJson("/api/tasks/" + taskId + "/complete", login("prov_st"),
        Map.of("decision", "REJECT")).andExpect(status().isBadRequest()).andReturn();
    assertThat(body(noReason).get("message").asText()).matches(CHINESE);
    postJson("/api/tasks/" + taskId + "/complete", login("prov_st"),
        Map.of("decision", "RETURN", "opinion", "退回")).andExpect(status().isBadRequest());

    postJson("/api/tasks/" + taskId + "/complete", login("prov_st"),
        Map.of("decision", "REJECT", "opinion", "结对成效良好，建议继续合作")).andExpect(status().isOk());
    assertProcess(instance).hasPassed("confirmOutcome", "keepPairing", "refused")
        .hasNotPassed("endQualification", "terminated").isEnded();
    assertThat(terminationMapper.findById(tid).status).isEqualTo(TerminationStatus.REFUSED);
    assertThat(qualification(id).get("state").asText()).isEqualTo("ACTIVE");
    assertThat(notificationsOf("univ_sdu", id, "未获同意")).isEqualTo(1);
    // the refusal is in the filing's history
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_opinion WHERE filing_id = ? AND step_key = ?"
        + " AND opinion = ?", Long.class, id, "confirmTermination", "结对成效良好，建议继续合作")).isEqualTo(1);
    // and a new application is possible again
    JsonNode list = body(getJson("/api/filings/" + id + "/terminations", login("zone_jinan")).andReturn());
    assertThat(list.get("canApply").asBoolean()).isTrue();
    assertThat(list.get("items").get(0).get("statusLabel").asText()).isEqualTo("不予终止");
  }

  @Test
  void onlyOperatorsOfTheTwoPartiesMayApply() throws Exception {
    long id = approved();
    ensureUser("h6_univ_ouc", "中国海洋大学经办人", "U002", Role.UNIVERSITY_OPERATOR);
    // organisations that cannot see the pairing: 404
    for (String user : List.of("zone_qingdao", "h6_univ_ouc", "unit_sdu", "city_qingdao")) {
      MvcResult denied = postJson("/api/filings/" + id + "/terminations", login(user), Map.of("reason", "无关单位"))
          .andExpect(status().isNotFound()).andReturn();
      assertThat(body(denied).get("message").asText()).as(user).matches(CHINESE);
    }
    // those who see it but are no party: 403
    for (String user : List.of("city_jinan", "prov_st", "prov_edu", "monitor")) {
      MvcResult denied = postJson("/api/filings/" + id + "/terminations", login(user), Map.of("reason", "审核机构"))
          .andExpect(status().isForbidden()).andReturn();
      assertThat(body(denied).get("message").asText()).as(user).isEqualTo("只有结对双方的经办人可以申请终止结对");
      assertThat(body(getJson("/api/filings/" + id + "/terminations", login(user)).andReturn())
          .get("canApply").asBoolean()).as(user).isFalse();
    }
    assertThat(terminationMapper.findByFiling(id)).isEmpty();
  }

  @Test
  void aReasonIsRequiredAndOnlyActivePairingsCanBeTerminated() throws Exception {
    long id = approved();
    MvcResult blank = postJson("/api/filings/" + id + "/terminations", login("zone_jinan"), Map.of("reason", "  "))
        .andExpect(status().isBadRequest()).andReturn();
    assertThat(body(blank).get("fieldErrors").get(0).get("field").asText()).isEqualTo("reason");
    postJson("/api/filings/" + id + "/terminations", login("zone_jinan"), Map.of("reason", "长".repeat(501)))
        .andExpect(status().isBadRequest());

    long underReview = submitted("zone_jinan", "U001");
    MvcResult early = postJson("/api/filings/" + underReview + "/terminations", login("zone_jinan"),
        Map.of("reason", "尚未通过")).andExpect(status().isConflict()).andReturn();
    assertThat(body(early).get("message").asText()).matches(CHINESE);

    // a pairing whose cooperation period is over has no active qualification either
    jdbc.update("UPDATE qualification SET active_until = ? WHERE filing_id = ?", LocalDate.now(clock).minusDays(1),
        id);
    postJson("/api/filings/" + id + "/terminations", login("zone_jinan"), Map.of("reason", "已到期"))
        .andExpect(status().isConflict());
    assertThat(qualification(id).get("state").asText()).isEqualTo("EXPIRED");
    assertThat(terminationMapper.findByFiling(id)).isEmpty();
  }
}
