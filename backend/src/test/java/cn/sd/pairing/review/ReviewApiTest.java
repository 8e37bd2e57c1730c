package cn.sd.pairing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.filing.FilingOpinion;
import cn.sd.pairing.filing.FilingOpinionMapper;
import cn.sd.pairing.filing.FilingSection;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** /api/tasks over HTTP: the whole v2 journey, the decisions each step offers, and every refusal. */
class ReviewApiTest extends ApiTest {
  @Autowired FilingOpinionMapper opinionMapper;

  private List<FilingOpinion> opinions(long filingId, OpinionAction action) {
    return opinionMapper.findByFiling(filingId).stream().filter(o -> o.action == action).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** A zone→山东大学 filing submitted and confirmed over HTTP: waits at 市科技局初审. */
  private long atCityReview() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    return id;
  }

  private long atProvinceReview() throws Exception {
    long id = atCityReview();
    decideOverHttp(id, "cityReview", login("city_jinan"), "APPROVE", null);
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    return id;
  }

  @Test
  void fullJourneyEveryPartyFindsItsTaskWithItsDecisionsAndTheZoneSeesTheNumber() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession univ = login("univ_sdu");
    MockHttpSession city = login("city_jinan");
    MockHttpSession st = login("prov_st");
    MockHttpSession edu = login("prov_edu");
    long id = createAndSubmit(zone, "U001");
    JsonNode submitted = detail(id, zone);
    assertThat(submitted.path("status").asText()).isEqualTo("CONFIRMING");
    assertThat(submitted.path("statusLabel").asText()).isEqualTo("待对方确认");

    // 对方确认: the university is offered it, with its two outcomes and no due date
    JsonNode confirm = todoItem(univ, id, "counterpartConfirm");
    assertThat(confirm).as("山东大学's to-do list offers the confirmation").isNotNull();
    assertThat(confirm.path("name").asText()).isEqualTo("对方确认");
    assertThat(confirm.path("formKey").asText()).isEqualTo("decision");
    assertThat(texts(confirm.path("decisions"))).containsExactly("APPROVE", "REJECT");
    assertThat(confirm.path("overdue").asBoolean()).isFalse();
    assertThat(confirm.path("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(confirm.path("universityName").asText()).isEqualTo("山东大学");
    assertThat(todoItem(city, id, "cityReview")).as("not the city's yet").isNull();
    assertThat(todoItem(zone, id, "counterpartConfirm")).as("never the initiator's").isNull();

    complete(confirm.path("id").asText(), univ, "APPROVE", "同意结对，共建联合实验室。")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CITY_REVIEW"));

    JsonNode cityTask = todoItem(city, id, "cityReview");
    assertThat(cityTask).as("the 济南 bureau's to-do list offers the filing").isNotNull();
    assertThat(cityTask.path("name").asText()).isEqualTo("市科技局初审");
    assertThat(texts(cityTask.path("decisions"))).containsExactly("APPROVE", "RETURN", "REJECT");
    assertThat(cityTask.path("dueAt").asText()).isNotBlank();
    assertThat(cityTask.path("overdue").asBoolean()).isFalse();
    assertThat(todoItem(login("city_qingdao"), id, "cityReview")).as("not another city's").isNull();
    assertThat(todoItem(st, id, "cityReview")).as("the province cannot jump the city").isNull();

    complete(cityTask.path("id").asText(), city, "APPROVE", "材料齐全，同意报送省级会审。")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"));
    // the engine's history names the real reviewer (EngineUserFilter + assignee)
    String cityTaskId = cityTask.path("id").asText();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(cityTaskId).singleResult().getAssignee())
        .isEqualTo("city_jinan");
    assertThat(historyService.createUserOperationLogQuery().taskId(cityTaskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
        .isNotEmpty().extracting(UserOperationLogEntry::getUserId).containsOnly("city_jinan");

    // 省级会审: both departments in parallel; only 省科技厅 may reject
    JsonNode stTask = todoItem(st, id, "provinceStReview");
    JsonNode eduTask = todoItem(edu, id, "provinceEduReview");
    assertThat(stTask).isNotNull();
    assertThat(eduTask).isNotNull();
    assertThat(texts(stTask.path("decisions"))).containsExactly("APPROVE", "RETURN", "REJECT");
    assertThat(texts(eduTask.path("decisions"))).containsExactly("APPROVE", "RETURN");
    assertThat(todoItem(st, id, "provinceEduReview")).isNull();
    assertThat(todoItem(edu, id, "provinceStReview")).isNull();
    assertThat(detail(id, st).path("currentTasks").findValuesAsText("name"))
        .containsExactlyInAnyOrder("省科技厅审核", "省教育厅会审");

    complete(eduTask.path("id").asText(), edu, "APPROVE", "学科匹配，同意。")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"));
    waitForJobs(filing(id).processInstanceId);
    assertThat(detail(id, zone).path("status").asText()).as("waits for 省科技厅").isEqualTo("PROVINCE_REVIEW");

    complete(stTask.path("id").asText(), st, "APPROVE", null).andExpect(status().isOk());
    // the join and the numbering run in the job executor, after the answer
    waitForJobs(filing(id).processInstanceId);

    JsonNode approved = detail(id, zone);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("statusLabel").asText()).isEqualTo("备案通过");
    Matcher no = FILING_NO.matcher(approved.path("filingNo").asText());
    assertThat(no.matches()).as(approved.path("filingNo").asText()).isTrue();
    assertThat(Integer.parseInt(no.group(1))).isEqualTo(LocalDate.now(clock).getYear());
    assertThat(approved.path("approvedAt").asText()).isNotBlank();
    assertThat(approved.path("editable").asBoolean()).isFalse();
    assertThat(approved.path("currentTasks").size()).isZero();
    assertThat(approved.path("opinions").findValuesAsText("action"))
        .containsExactly("SUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE");
    assertThat(approved.path("opinions").findValuesAsText("stepName"))
        .containsExactly("提交备案", "对方确认", "市科技局初审", "省教育厅会审", "省科技厅审核");
    assertThat(approved.path("opinions").findValuesAsText("orgName"))
        .containsExactly("济南高新技术产业开发区", "山东大学", "济南市科学技术局", "山东省教育厅", "山东省科学技术厅");
    assertThat(approved.path("opinions").get(2).path("opinion").asText()).isEqualTo("材料齐全，同意报送省级会审。");

    // the zone's list shows the number too
    JsonNode list = body(getJson("/api/filings?status=APPROVED&size=100", zone).andReturn());
    JsonNode summary = null;
    for (JsonNode item : list.path("items")) {
      if (item.path("id").asLong() == id) {
        summary = item;
      }
    }
    assertThat(summary).isNotNull();
    assertThat(summary.path("filingNo").asText()).isEqualTo(approved.path("filingNo").asText());
  }

  @Test
  void provincialReturnRoundTripShowsTheOpinionAndReentersBothProvincialReviews() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession city = login("city_jinan");
    MockHttpSession st = login("prov_st");
    MockHttpSession edu = login("prov_edu");
    long id = atProvinceReview();

    String opinion = "请补充双方合作协议的签署页，并明确利益共享方式。";
    complete(taskId(id, "provinceStReview"), st, "RETURN", "  " + opinion + "  ")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"));
    JsonNode afterBoth = decideOverHttp(id, "provinceEduReview", edu, "APPROVE", null);
    assertThat(afterBoth.path("status").asText()).isEqualTo("RETURNED");

    JsonNode returned = detail(id, zone);
    assertThat(returned.path("statusLabel").asText()).isEqualTo("退回修改");
    assertThat(returned.path("editable").asBoolean()).isTrue();
    JsonNode stOpinion = null;
    for (JsonNode o : returned.path("opinions")) {
      if (o.path("action").asText().equals("RETURN")) {
        stOpinion = o;
      }
    }
    assertThat(stOpinion).isNotNull();
    assertThat(stOpinion.path("actionLabel").asText()).isEqualTo("退回修改");
    assertThat(stOpinion.path("opinion").asText()).isEqualTo(opinion);
    assertThat(stOpinion.path("stepName").asText()).isEqualTo("省科技厅审核");
    assertThat(stOpinion.path("orgName").asText()).isEqualTo("山东省科学技术厅");
    assertThat(stOpinion.path("userName").asText()).isEqualTo("省科技厅高新区处审核员");

    // the revise task is the initiator's, and not a decision: nobody can "approve" it
    JsonNode revise = todoItem(zone, id, "revise");
    assertThat(revise).isNotNull();
    assertThat(revise.path("decisions").size()).isZero();
    complete(revise.path("id").asText(), zone, "APPROVE", null).andExpect(status().isConflict());
    complete(revise.path("id").asText(), st, "APPROVE", null).andExpect(status().isForbidden());

    var form = form("U001");
    form.put("keyTasks", List.of("INDUSTRY_LAYOUT", "TRANSFER", "TALENT"));
    postJson("/api/filings/" + id + "/submit", zone, form)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"))
        .andExpect(jsonPath("$.keyTasks.length()").value(3));

    // back at both provincial departments, not at the city
    assertThat(detail(id, st).path("currentTasks").findValuesAsText("name"))
        .containsExactlyInAnyOrder("省科技厅审核", "省教育厅会审");
    assertThat(todoItem(city, id, "cityReview")).isNull();
    decideOverHttp(id, "provinceEduReview", edu, "APPROVE", "同意");
    JsonNode done = decideOverHttp(id, "provinceStReview", st, "APPROVE", "同意备案");
    assertThat(done.path("status").asText()).isEqualTo("APPROVED");
    assertThat(done.path("opinions").findValuesAsText("action"))
        .containsExactly("SUBMIT", "APPROVE", "APPROVE", "RETURN", "APPROVE", "RESUBMIT", "APPROVE", "APPROVE");
  }

  @Test
  void educationCannotRejectTheFieldDecisionIsRefused() throws Exception {
    long id = atProvinceReview();
    MockHttpSession edu = login("prov_edu");
    String eduTask = taskId(id, "provinceEduReview");
    MvcResult result = complete(eduTask, edu, "REJECT", "不同意")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("decision"))
        .andExpect(jsonPath("$.fieldErrors[0].message").value(Matchers.matchesPattern(CHINESE)))
        .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    // nothing happened: the task is open, unclaimed, no opinion recorded
    assertThat(taskId(id, "provinceEduReview")).isEqualTo(eduTask);
    assertThat(task(id, "provinceEduReview").getAssignee()).isNull();
    assertThat(opinions(id, OpinionAction.REJECT)).isEmpty();
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
  }

  @Test
  void legalEntityUniversityConsentsToItsUnitsFilingOverHttp() throws Exception {
    long id = startedFiling("GX370101", "GX370101", "U001-01", "zone_jinan");
    MockHttpSession unit = login("unit_sdu");
    MockHttpSession univ = login("univ_sdu");
    assertThat(todoItem(univ, id, "counterpartConfirm")).as("the unit confirms, not its university").isNull();
    decideOverHttp(id, "counterpartConfirm", unit, "APPROVE", null);

    JsonNode consent = todoItem(univ, id, "legalConsent");
    assertThat(consent).isNotNull();
    assertThat(consent.path("name").asText()).isEqualTo("法人单位同意");
    assertThat(texts(consent.path("decisions"))).containsExactly("APPROVE", "REJECT");
    // the university can open the filing it must consent to, and lists it
    assertThat(detail(id, univ).path("status").asText()).isEqualTo("CONSENTING");
    assertThat(body(getJson("/api/filings?size=100&status=CONSENTING", univ).andReturn()).path("items")
        .findValuesAsText("id")).contains(String.valueOf(id));

    complete(consent.path("id").asText(), univ, "APPROVE", "同意所属学院开展结对。")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CITY_REVIEW"));
    assertThat(opinions(id, OpinionAction.APPROVE)).extracting(o -> o.orgName)
        .containsExactly("山东大学控制科学与工程学院", "山东大学");
  }

  @Test
  void rejectAndDeclineNeedAReason() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    MockHttpSession univ = login("univ_sdu");
    complete(taskId(id, "counterpartConfirm"), univ, "REJECT", " ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("opinion"));
    JsonNode declined = decideOverHttp(id, "counterpartConfirm", univ, "REJECT", "本校暂无对接该产业的学科力量。");
    assertThat(declined.path("status").asText()).isEqualTo("DECLINED");
    assertThat(declined.path("statusLabel").asText()).isEqualTo("对方不同意结对");
    assertThat(declined.path("currentTasks").size()).isZero();
  }

  @Test
  void anotherCitysReviewerIsForbidden() throws Exception {
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MvcResult result = complete(taskId, login("city_qingdao"), "APPROVE", null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)))
        .andReturn();
    assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
    // the province cannot jump the city step either, nor the counterpart decide it
    complete(taskId, login("prov_st"), "APPROVE", null).andExpect(status().isForbidden());
    complete(taskId, login("univ_sdu"), "APPROVE", null).andExpect(status().isForbidden());
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(opinions(id, OpinionAction.APPROVE)).hasSize(1); // the confirmation only
    assertThat(taskId(id, "cityReview")).isEqualTo(taskId);
  }

  @Test
  void unknownTaskIs404AndAFinishedTaskIs409() throws Exception {
    MockHttpSession city = login("city_jinan");
    complete("no-such-task-" + System.nanoTime(), city, "APPROVE", null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));

    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    complete(taskId, city, "APPROVE", null).andExpect(status().isOk());
    complete(taskId, city, "APPROVE", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    complete(taskId, city, "RETURN", "再退一次").andExpect(status().isConflict());
    assertThat(opinions(id, OpinionAction.APPROVE)).hasSize(2);
    assertThat(opinions(id, OpinionAction.RETURN)).isEmpty();
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
  }

  @Test
  void returnAndRejectNeedAnOpinionAndADecisionIsRequired() throws Exception {
    MockHttpSession city = login("city_jinan");
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    for (String decision : new String[] {"RETURN", "REJECT"}) {
      for (String blank : new String[] {null, "", "   "}) {
        MvcResult result = complete(taskId, city, decision, blank)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.fieldErrors[0].field").value("opinion"))
            .andReturn();
        assertThat(body(result).path("fieldErrors").get(0).path("message").asText()).matches(CHINESE);
      }
    }
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"opinion\":\"没有结论\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("decision"));
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"decision\":\"MAYBE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"decision\":\"RETURN\",\"opinion\":\""
        + "长".repeat(1001) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("opinion"));

    // nothing happened
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(taskId(id, "cityReview")).isEqualTo(taskId);
    assertThat(task(id, "cityReview").getAssignee()).isNull();
    assertThat(opinions(id, OpinionAction.RETURN)).isEmpty();
    assertThat(opinions(id, OpinionAction.REJECT)).isEmpty();
  }

  @Test
  void aReturnMayNameThePartOfTheFormItConcernsAndTheFilerSeesItWithTheOpinion() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession city = login("city_jinan");
    long id = atCityReview();
    Map<String, Object> body = Map.of("decision", "RETURN", "opinion", "请补充联系人邮箱", "section", "TARGETS");
    postJson("/api/tasks/" + taskId(id, "cityReview") + "/complete", city, body).andExpect(status().isOk());
    assertThat(filing(id).status).isEqualTo(FilingStatus.RETURNED);

    assertThat(opinions(id, OpinionAction.RETURN)).singleElement()
        .satisfies(o -> assertThat(o.section).isEqualTo(FilingSection.TARGETS));
    JsonNode returned = null;
    for (JsonNode o : detail(id, zone).path("opinions")) {
      if (o.path("action").asText().equals("RETURN")) {
        returned = o;
      }
    }
    assertThat(returned).isNotNull();
    assertThat(returned.path("section").asText()).isEqualTo("TARGETS");
    assertThat(returned.path("sectionLabel").asText()).isEqualTo("目标与期限");
    JsonNode step = null;
    for (JsonNode entry : body(getJson("/api/filings/" + id + "/timeline", zone).andReturn()).path("entries")) {
      if (entry.path("activityId").asText().equals("cityReview")) {
        step = entry;
      }
    }
    assertThat(step).isNotNull();
    assertThat(step.path("action").asText()).isEqualTo("RETURN");
    assertThat(step.path("section").asText()).isEqualTo("TARGETS");
    assertThat(step.path("sectionLabel").asText()).isEqualTo("目标与期限");
    // an opinion about the filing as a whole has none (a blank choice counts as none)
    long other = atCityReview();
    decideOverHttp(other, "cityReview", city, "APPROVE", null);
    postJson("/api/tasks/" + taskId(other, "provinceStReview") + "/complete", login("prov_st"),
        Map.of("decision", "APPROVE", "opinion", "同意", "section", " ")).andExpect(status().isOk());
    assertThat(opinions(other, OpinionAction.APPROVE)).allSatisfy(o -> assertThat(o.section).isNull());
  }

  @Test
  void anUnknownSectionIsRefusedInChineseAndNothingIsRecorded() throws Exception {
    MockHttpSession city = login("city_jinan");
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    for (String unknown : new String[] {"BUDGET", "targets", "目标与期限"}) {
      MvcResult result = postJson("/api/tasks/" + taskId + "/complete", city,
          Map.of("decision", "RETURN", "opinion", "请补充", "section", unknown))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.fieldErrors[0].field").value("section"))
          .andReturn();
      assertThat(body(result).path("message").asText()).matches(CHINESE).contains("填报部分");
    }
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(taskId(id, "cityReview")).isEqualTo(taskId);
    assertThat(task(id, "cityReview").getAssignee()).isNull();
    assertThat(opinions(id, OpinionAction.RETURN)).isEmpty();
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void twoReviewersCompletingTheSameTaskAtOnceOneWinsOneGets409() throws Exception {
    ensureUser("test_city_jinan_2", "济南市科技局审核员二", "CB370100", Role.CITY_REVIEWER);
    MockHttpSession first = login("city_jinan");
    MockHttpSession second = login("test_city_jinan_2");
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");

    List<MvcResult> results = atOnce(List.of(
        () -> complete(taskId, first, "APPROVE", "同意").andReturn(),
        () -> complete(taskId, second, "APPROVE", "同意").andReturn()));
    List<Integer> statuses = results.stream().map(r -> r.getResponse().getStatus()).toList();
    List<String> bodies = new ArrayList<>();
    for (MvcResult r : results) {
      bodies.add(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    assertThat(statuses).as(bodies.toString()).containsExactlyInAnyOrder(200, 409);
    assertThat(bodies.get(statuses.indexOf(409))).containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
    assertThat(opinionMapper.findByFiling(id).stream().filter(o -> "cityReview".equals(o.stepKey)).toList())
        .as("exactly one opinion on the city step").hasSize(1);
    waitForJobs(filing(id).processInstanceId);
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(taskService.createTaskQuery().processInstanceId(filing(id).processInstanceId).list())
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("provinceStReview", "provinceEduReview");
  }

  /**
   * 省科技厅 and 省教育厅 decide the same filing at the same moment. Without the asynchronous
   * join both transactions would fire the join and one would fail on the engine's optimistic
   * lock; with it each only parks its token, and the job executor joins them once.
   */
  @Test
  void bothProvincialDepartmentsApprovingAtTheSameMomentBothSucceedAndTheFilingIsApprovedOnce() throws Exception {
    MockHttpSession st = login("prov_st");
    MockHttpSession edu = login("prov_edu");
    for (int round = 0; round < 3; round++) {
      long id = atProvinceReview();
      String stTask = taskId(id, "provinceStReview");
      String eduTask = taskId(id, "provinceEduReview");

      List<MvcResult> results = atOnce(List.of(
          () -> complete(stTask, st, "APPROVE", "同意").andReturn(),
          () -> complete(eduTask, edu, "APPROVE", "同意").andReturn()));
      for (MvcResult r : results) {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
            .isEqualTo(200);
      }
      waitForJobs(filing(id).processInstanceId);

      assertThat(filing(id).status).isEqualTo(FilingStatus.APPROVED);
      assertThat(filing(id).filingNo).matches(FILING_NO);
      String processInstanceId = filing(id).processInstanceId;
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
          .activityId("approveFiling").count()).as("numbered once").isEqualTo(1);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
          .activityId("approved").count()).isEqualTo(1);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count()).isZero();
      assertThat(opinions(id, OpinionAction.APPROVE)).extracting(o -> o.stepKey)
          .containsExactlyInAnyOrder("counterpartConfirm", "cityReview", "provinceStReview", "provinceEduReview");
    }
  }
}
