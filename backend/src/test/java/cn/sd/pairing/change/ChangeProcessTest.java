package cn.sd.pairing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.filing.Filing;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;

/**
 * Every path of pairing-change.bpmn on the real engine, driven over HTTP as the SPA and the reviewers' task list do:
 * approval through city and province (content replaced, version kept, measures recomputed, number kept), a return
 * at either step re-entering that step, a rejection at either step, withdrawal (allowed while the city reviews or
 * after a return, refused once the province reviews), the overdue reminder with the engine clock moved, and one open
 * change per pairing.
 */
class ChangeProcessTest extends ChangeTest {

  private ProcessInstance instance(long changeId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processOf(changeId)).singleResult();
  }

  private static ProcessInstanceAssert assertProcess(ProcessInstance instance) {
    return BpmnAwareTests.assertThat(instance);
  }

  /** The current content with new contacts for the zone: the smallest real change. */
  private Map<String, Object> newZoneContact(long filingId) throws Exception {
    Map<String, Object> content = currentContent(filingId);
    content.put("zoneContact", new LinkedHashMap<>(Map.of("name", "王五", "phone", "13700000000",
        "email", "wang@zone.cn")));
    return content;
  }

  private JsonNode timeline(long filingId, String user) throws Exception {
    return body(getJson("/api/filings/" + filingId + "/timeline", login(user)).andExpect(status().isOk())
        .andReturn());
  }

  private static List<String> stepsOf(JsonNode followUp) {
    List<String> steps = new ArrayList<>();
    followUp.get("entries").forEach(e -> steps.add(e.get("kind").asText() + ":" + e.path("activityId").asText("")
        + ":" + e.path("action").asText("")));
    return steps;
  }

  @Test
  void approvedThroughCityAndProvinceTheProposalBecomesTheContentAndThePreviousVersionIsKept() throws Exception {
    long id = approved();
    Filing before = filing(id);
    String code = body(getJson("/api/filings/" + id + "/qualification", login("zone_jinan")).andReturn())
        .get("verificationCode").asText();
    assertThat(measures(id)).contains("M02", "M08", "M09", "M10", "M13", "M15", "M16");

    // the zone removes 科技成果转化 and the pilot base, and names a new contact
    Map<String, Object> content = newZoneContact(id);
    content.put("keyTasks", List.of("INDUSTRY_LAYOUT"));
    content.put("platforms", List.of(Map.of("type", "TRAINING_BASE", "name", "区校联合实训基地")));
    long changeId = submittedChange(id, content, "合作重点调整为产业协同布局");

    ProcessInstance process = instance(changeId);
    assertProcess(process).hasProcessDefinitionKey(ChangeWorkflow.KEY).hasBusinessKey(String.valueOf(id))
        .hasPassed("changeSubmitted", "resolveChangeParticipants", "notifyChangeCounterpart")
        .isWaitingAtExactly("changeCityReview");
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.CITY_REVIEW);
    assertThat(changeTask(changeId, "changeCityReview").getDueDate()).isInTheFuture();
    // the counterpart is told, with the reason; the applicant is not
    assertThat(notificationsOf("univ_sdu", id, "申请变更")).isEqualTo(1);
    assertThat(notificationsOf("univ_sdu", id, "合作重点调整为产业协同布局")).isEqualTo(1);
    assertThat(notificationsOf("zone_jinan", id, "申请变更")).isZero();
    // the city's ordinary 待办 list offers it with the pairing's names and the step's outcomes
    JsonNode item = todoItem(login("city_jinan"), id, "changeCityReview");
    assertThat(item).isNotNull();
    assertThat(item.get("name").asText()).isEqualTo("市科技局初审（变更）");
    assertThat(item.get("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(item.get("decisions").toString()).isEqualTo("[\"APPROVE\",\"RETURN\",\"REJECT\"]");
    assertThat(todoItem(login("city_qingdao"), id, "changeCityReview")).isNull();
    // while under review the filing is untouched
    assertThat(filing(id).zoneContactName).isEqualTo(before.zoneContactName);

    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    assertProcess(process).isWaitingAtExactly("changeProvinceReview");
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.PROVINCE_REVIEW);
    assertThat(todoItem(login("prov_st"), id, "changeProvinceReview")).isNotNull();
    assertThat(todoItem(login("prov_edu"), id, "changeProvinceReview")).isNull();
    decideChange(changeId, "changeProvinceReview", "prov_st", "APPROVE", "同意变更");

    assertProcess(process).hasPassed("applyChange", "changeApproved").isEnded();
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.APPROVED);
    Filing after = filing(id);
    assertThat(after.zoneContactName).isEqualTo("王五");
    assertThat(after.zoneContactPhone).isEqualTo("13700000000");
    assertThat(after.keyTasks).isEqualTo("INDUSTRY_LAYOUT");
    assertThat(filingMapper.findPlatforms(id)).extracting(p -> p.type).containsExactly("TRAINING_BASE");
    // the number, the parties and the approval stay
    assertThat(after.filingNo).isEqualTo(before.filingNo);
    assertThat(after.approvedAt).isEqualTo(before.approvedAt);
    assertThat(after.universityId).isEqualTo(before.universityId);
    // the previous version is kept
    FilingSnapshot kept = changeMapper.findSnapshot(changeId);
    assertThat(kept.zoneContactName).isEqualTo(before.zoneContactName);
    assertThat(kept.keyTasks).isEqualTo("INDUSTRY_LAYOUT,TRANSFER");
    assertThat(kept.platforms).extracting(p -> p.type()).containsExactly("PILOT_BASE");
    assertThat(kept.projects).hasSize(1);
    // measures of 科技成果转化 and of the pilot base are gone, the training base brings M05
    assertThat(measures(id)).contains("M03", "M05", "M06", "M07", "M11", "M17", "M19")
        .doesNotContain("M02", "M08", "M09", "M10", "M13", "M15", "M16");
    // the period is unchanged, so is the certificate's code, and it still verifies
    JsonNode q = body(getJson("/api/filings/" + id + "/qualification", login("zone_jinan")).andReturn());
    assertThat(q.get("verificationCode").asText()).isEqualTo(code);
    assertThat(body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/public/certificates/verify").param("code", code)).andReturn()).get("valid").asBoolean()).isTrue();
    // both parties are told
    assertThat(notificationsOf("zone_jinan", id, "变更备案已通过")).isEqualTo(1);
    assertThat(notificationsOf("univ_sdu", id, "变更备案已通过")).isEqualTo(1);

    // 变更记录: field by field, in Chinese
    JsonNode list = body(getJson(changes(id), login("city_jinan")).andExpect(status().isOk()).andReturn());
    JsonNode record = list.get("items").get(0);
    assertThat(record.get("statusLabel").asText()).isEqualTo("变更通过");
    assertThat(record.get("no").asInt()).isEqualTo(1);
    assertThat(record.get("reason").asText()).isEqualTo("合作重点调整为产业协同布局");
    Map<String, JsonNode> byField = new LinkedHashMap<>();
    record.get("changes").forEach(c -> byField.put(c.get("field").asText(), c));
    assertThat(byField.keySet()).containsExactly("keyTasks", "platforms", "zoneContact.name", "zoneContact.phone",
        "zoneContact.email");
    assertThat(byField.get("keyTasks").get("label").asText()).isEqualTo("重点任务");
    assertThat(byField.get("keyTasks").get("before").asText()).isEqualTo("产业协同布局、科技成果转化");
    assertThat(byField.get("keyTasks").get("after").asText()).isEqualTo("产业协同布局");
    assertThat(byField.get("platforms").get("before").asText()).isEqualTo("中试基地：联合中试基地");
    assertThat(byField.get("platforms").get("after").asText()).isEqualTo("实训基地：区校联合实训基地");
    assertThat(byField.get("zoneContact.phone").get("after").asText()).isEqualTo("13700000000");
    // the monitor reads the record with phones masked
    JsonNode masked = body(getJson(changes(id), login("monitor")).andExpect(status().isOk()).andReturn());
    assertThat(masked.get("items").get(0).get("changes").toString()).contains("137****0000")
        .doesNotContain("13700000000");

    // the filing's timeline shows the change's round after the filing's own
    JsonNode timeline = timeline(id, "zone_jinan");
    assertThat(timeline.get("processDefinitionId").asText()).startsWith("pairing-filing:");
    JsonNode followUp = timeline.get("followUps").get(0);
    assertThat(followUp.get("kind").asText()).isEqualTo("CHANGE");
    assertThat(followUp.get("id").asLong()).isEqualTo(changeId);
    assertThat(followUp.get("status").asText()).isEqualTo("APPROVED");
    assertThat(followUp.get("processDefinitionId").asText()).startsWith("pairing-change:");
    assertThat(stepsOf(followUp)).containsExactly("EVENT::SUBMIT", "STEP:changeCityReview:APPROVE",
        "STEP:changeProvinceReview:APPROVE", "END:changeApproved:");
    assertThat(followUp.get("entries").get(0).get("opinion").asText()).isEqualTo("合作重点调整为产业协同布局");
    assertThat(followUp.get("entries").get(2).get("opinion").asText()).isEqualTo("同意变更");
    assertThat(followUp.get("entries").get(2).get("orgName").asText()).isEqualTo("山东省科学技术厅");
  }

  @Test
  void aSecondChangeAddsThePilotBaseBackAndEveryVersionIsKept() throws Exception {
    long id = approved();
    Map<String, Object> first = currentContent(id);
    first.put("platforms", List.of());
    long one = submittedChange(id, first, "中试基地暂缓建设");
    decideChange(one, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(one, "changeProvinceReview", "prov_st", "APPROVE", null);
    assertThat(measures(id)).doesNotContain("M02");
    // the planned figures kept beside the content (the monitoring's results) follow each approved change
    assertThat(filing(id).plannedPlatforms).isZero();
    assertThat(filing(id).plannedProjects).isEqualTo(filingMapper.findProjects(id).size()).isPositive();

    Map<String, Object> second = currentContent(id);
    second.put("platforms", List.of(Map.of("type", "PILOT_BASE", "name", "新建中试基地")));
    long two = submittedChange(id, second, "中试基地恢复建设");
    decideChange(two, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(two, "changeProvinceReview", "prov_st", "APPROVE", null);
    assertThat(measures(id)).contains("M02");
    assertThat(filingMapper.findPlatforms(id)).extracting(p -> p.name).containsExactly("新建中试基地");
    assertThat(filing(id).plannedPlatforms).isEqualTo(1);

    // two versions kept: the original (with the first pilot base) and the one without
    assertThat(changeMapper.findSnapshot(one).platforms).extracting(p -> p.name()).containsExactly("联合中试基地");
    assertThat(changeMapper.findSnapshot(two).platforms).isEmpty();
    JsonNode list = body(getJson(changes(id), login("univ_sdu")).andReturn());
    assertThat(list.get("items")).hasSize(2);
    assertThat(list.get("items").get(0).get("no").asInt()).isEqualTo(2);
    assertThat(list.get("items").get(0).get("changes").get(0).get("before").asText()).isEmpty();
    assertThat(list.get("items").get(0).get("changes").get(0).get("after").asText()).isEqualTo("中试基地：新建中试基地");
    assertThat(list.get("items").get(1).get("changes").get(0).get("before").asText()).isEqualTo("中试基地：联合中试基地");
    // both changes are rounds of their own in the timeline, numbered
    JsonNode followUps = timeline(id, "prov_st").get("followUps");
    assertThat(followUps).hasSize(2);
    assertThat(followUps.get(0).get("no").asInt()).isEqualTo(1);
    assertThat(followUps.get(1).get("no").asInt()).isEqualTo(2);
  }

  @Test
  void aPeriodChangeMovesTheQualificationsEndAndGivesANewCodeThatVerifies() throws Exception {
    long id = approved();
    String oldCode = body(getJson("/api/filings/" + id + "/qualification", login("zone_jinan")).andReturn())
        .get("verificationCode").asText();
    Map<String, Object> content = currentContent(id);
    content.put("endDate", "2029-06-30");
    long changeId = submittedChange(id, content, "合作期限延长半年");
    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(changeId, "changeProvinceReview", "prov_st", "APPROVE", null);

    JsonNode q = body(getJson("/api/filings/" + id + "/qualification", login("zone_jinan")).andReturn());
    assertThat(q.get("activeUntil").asText()).isEqualTo("2029-06-30");
    String newCode = q.get("verificationCode").asText();
    assertThat(newCode).isNotEqualTo(oldCode);
    JsonNode verified = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/public/certificates/verify").param("code", newCode)).andReturn());
    assertThat(verified.get("valid").asBoolean()).isTrue();
    assertThat(verified.get("endDate").asText()).isEqualTo("2029-06-30");
    assertThat(verified.get("filingNo").asText()).isEqualTo(filing(id).filingNo);
    // the old certificate states the old period: its code no longer verifies
    assertThat(body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/public/certificates/verify").param("code", oldCode)).andReturn()).get("valid").asBoolean())
        .isFalse();
  }

  @Test
  void returnedByTheCityTheApplicantRevisesAndTheChangeReentersTheCityReview() throws Exception {
    long id = approved();
    long changeId = submittedChange(id, newZoneContact(id), "联系人调整");
    decideChange(changeId, "changeCityReview", "city_jinan", "RETURN", "请补充联系人邮箱的单位域名");
    ProcessInstance process = instance(changeId);
    assertProcess(process).isWaitingAtExactly("changeRevise");
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.RETURNED);
    assertThat(notificationsOf("zone_jinan", id, "待办：修改变更申请")).isEqualTo(1);
    JsonNode todo = todoItem(login("zone_jinan"), id, "changeRevise");
    assertThat(todo.get("formKey").asText()).isEqualTo("reviseChange");

    // the edit page finds the open change; the applicant revises and resubmits
    JsonNode open = body(getJson(changes(id) + "/open", login("zone_jinan")).andExpect(status().isOk()).andReturn());
    assertThat(open.get("id").asLong()).isEqualTo(changeId);
    assertThat(open.get("editable").asBoolean()).isTrue();
    Map<String, Object> revised = newZoneContact(id);
    revised.put("zoneContact", new LinkedHashMap<>(Map.of("name", "王五", "phone", "13700000000",
        "email", "wang@jngx.gov.cn")));
    Map<String, Object> form = changeForm(revised, List.of(), "联系人调整（已补充）");
    form.put("version", open.get("version").asInt());
    submitChange(id, changeId, "zone_jinan", form);

    assertProcess(process).isWaitingAtExactly("changeCityReview");
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.CITY_REVIEW);
    assertThat(changeMapper.findById(changeId).zoneContactEmail).isEqualTo("wang@jngx.gov.cn");
    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(changeId, "changeProvinceReview", "prov_st", "APPROVE", null);
    assertThat(filing(id).zoneContactEmail).isEqualTo("wang@jngx.gov.cn");

    JsonNode followUp = timeline(id, "zone_jinan").get("followUps").get(0);
    assertThat(stepsOf(followUp)).containsExactly("EVENT::SUBMIT", "STEP:changeCityReview:RETURN",
        "STEP:changeRevise:RESUBMIT", "STEP:changeCityReview:APPROVE", "STEP:changeProvinceReview:APPROVE",
        "END:changeApproved:");
    assertThat(followUp.get("entries").get(1).get("opinion").asText()).isEqualTo("请补充联系人邮箱的单位域名");
  }

  @Test
  void returnedByTheProvinceTheResubmittedChangeGoesStraightBackToTheProvince() throws Exception {
    long id = approved();
    long changeId = submittedChange(id, newZoneContact(id), "联系人调整");
    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(changeId, "changeProvinceReview", "prov_st", "RETURN", "请说明调整原因");
    ProcessInstance process = instance(changeId);
    assertProcess(process).isWaitingAtExactly("changeRevise");

    submitChange(id, changeId, "zone_jinan", changeForm(newZoneContact(id), List.of(), "原联系人岗位调整"));
    assertProcess(process).isWaitingAtExactly("changeProvinceReview");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(process.getId())
        .taskDefinitionKey("changeCityReview").count()).as("the city reviewed once").isEqualTo(1);
    decideChange(changeId, "changeProvinceReview", "prov_st", "APPROVE", null);
    assertProcess(process).hasPassed("applyChange").isEnded();
    assertThat(filing(id).zoneContactName).isEqualTo("王五");
  }

  @Test
  void rejectedByTheCityTheFilingStaysAsItWas() throws Exception {
    long id = approved();
    List<String> measuresBefore = measures(id);
    long changeId = submittedChange(id, newZoneContact(id), "联系人调整");
    // a rejection needs a reason
    expect(complete(changeTask(changeId, "changeCityReview").getId(), login("city_jinan"), "REJECT", null)
        .andReturn(), 400);
    ProcessInstance process = instance(changeId);
    decideChange(changeId, "changeCityReview", "city_jinan", "REJECT", "变更理由不充分");

    assertProcess(process).hasPassed("changeRejectedByCity").hasNotPassed("applyChange").isEnded();
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.REJECTED);
    assertThat(filing(id).zoneContactName).isEqualTo("张三");
    assertThat(measures(id)).isEqualTo(measuresBefore);
    assertThat(notificationsOf("zone_jinan", id, "变更申请不予变更")).isEqualTo(1);
    assertThat(notificationsOf("univ_sdu", id, "变更申请不予变更")).isEqualTo(1);
    // a new change may be applied for again
    assertThat(body(getJson(changes(id), login("zone_jinan")).andReturn()).get("canApply").asBoolean()).isTrue();
  }

  @Test
  void rejectedByTheProvinceTheFilingStaysAsItWas() throws Exception {
    long id = approved();
    long changeId = submittedChange(id, newZoneContact(id), "联系人调整");
    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    ProcessInstance process = instance(changeId);
    decideChange(changeId, "changeProvinceReview", "prov_st", "REJECT", "不符合变更条件");
    assertProcess(process).hasPassed("changeRejectedByProvince").hasNotPassed("applyChange").isEnded();
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.REJECTED);
    assertThat(filing(id).zoneContactName).isEqualTo("张三");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_participant WHERE filing_id = ?", Long.class, id))
        .isZero();
  }

  @Test
  void theApplicantWithdrawsWhileTheCityReviewsOrAfterAReturnButNotOnceTheProvinceReviews() throws Exception {
    long id = approved();
    long first = submittedChange(id, newZoneContact(id), "联系人调整");
    // only the applicant's operators may withdraw
    expect(postJson(changes(id) + "/" + first + "/withdraw", login("univ_sdu"), Map.of()).andReturn(), 403);
    ProcessInstance firstProcess = instance(first);
    JsonNode withdrawn = expect(postJson(changes(id) + "/" + first + "/withdraw", login("zone_jinan"),
        Map.of("reason", "暂不变更")).andReturn(), 200);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertProcess(firstProcess).hasPassed("changeWithdrawnAtCity").isEnded();
    assertThat(filing(id).zoneContactName).isEqualTo("张三");
    assertThat(changeTask(first, "changeCityReview")).isNull();
    expect(postJson(changes(id) + "/" + first + "/withdraw", login("zone_jinan"), Map.of()).andReturn(), 409);

    // returned: the applicant may give up instead of revising
    long second = submittedChange(id, newZoneContact(id), "联系人调整");
    decideChange(second, "changeCityReview", "city_jinan", "RETURN", "请补充说明");
    ProcessInstance secondProcess = instance(second);
    expect(postJson(changes(id) + "/" + second + "/withdraw", login("zone_jinan"), Map.of()).andReturn(), 200);
    assertProcess(secondProcess).hasPassed("changeWithdrawnWhenReturned").isEnded();
    assertThat(statusOfChange(second)).isEqualTo(ChangeStatus.WITHDRAWN);

    // once the city passed it on, the province's review may not be cut short
    long third = submittedChange(id, newZoneContact(id), "联系人调整");
    decideChange(third, "changeCityReview", "city_jinan", "APPROVE", null);
    JsonNode refused = expect(postJson(changes(id) + "/" + third + "/withdraw", login("zone_jinan"), Map.of())
        .andReturn(), 409);
    assertThat(refused.get("message").asText()).matches(CHINESE);
    assertProcess(instance(third)).isWaitingAtExactly("changeProvinceReview");
    assertThat(statusOfChange(third)).isEqualTo(ChangeStatus.PROVINCE_REVIEW);

    JsonNode followUps = timeline(id, "zone_jinan").get("followUps");
    assertThat(stepsOf(followUps.get(0))).containsExactly("EVENT::SUBMIT",
        "STEP:changeCityReview:", "EVENT::WITHDRAW", "END:changeWithdrawnAtCity:");
  }

  @Test
  void pastTheDueDateTheReminderFiresAndTheStepStaysOpenAndOverdue() throws Exception {
    long id = approved();
    long changeId = submittedChange(id, newZoneContact(id), "联系人调整");
    ProcessInstance process = instance(changeId);
    Date due = changeTask(changeId, "changeCityReview").getDueDate();
    assertThat(managementService.createJobQuery().processInstanceId(process.getId()).timers().singleResult()
        .getDuedate()).isEqualTo(due);
    try {
      ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
      waitForJobs(process.getId());
      assertProcess(process).hasPassed("changeCityOverdue", "changeCityRemind").isWaitingAt("changeCityReview");
      assertThat(todoItem(login("city_jinan"), id, "changeCityReview").get("overdue").asBoolean()).isTrue();
      assertThat(notificationsOf("city_jinan", id, "催办：市科技局初审（变更）已超过办理时限")).isEqualTo(1);
      assertThat(notificationsOf("zone_jinan", id, "“市科技局初审（变更）”环节已超期")).isEqualTo(1);
      JsonNode followUp = timeline(id, "zone_jinan").get("followUps").get(0);
      assertThat(stepsOf(followUp)).contains("REMINDER:changeCityOverdue:");
      // the late decision still counts; the province's own timer waits for its own date
      decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
      assertProcess(process).isWaitingAtExactly("changeProvinceReview");
      Date provinceDue = changeTask(changeId, "changeProvinceReview").getDueDate();
      assertThat(provinceDue).isAfter(ClockUtil.getCurrentTime());
      ClockUtil.setCurrentTime(new Date(provinceDue.getTime() + 60_000));
      waitForJobs(process.getId());
      assertProcess(process).hasPassed("changeProvinceOverdue", "changeProvinceRemind")
          .isWaitingAt("changeProvinceReview");
      assertThat(todoItem(login("prov_st"), id, "changeProvinceReview").get("overdue").asBoolean()).isTrue();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aPairingHasOneOpenChangeAtATime() throws Exception {
    long id = approved();
    long draft = createChange(id, "zone_jinan", changeForm(newZoneContact(id), List.of(), null)).get("id").asLong();
    assertThat(statusOfChange(draft)).isEqualTo(ChangeStatus.DRAFT);
    // the other party, while the zone's draft is open
    JsonNode second = expect(postJson(changes(id), login("univ_sdu"), changeForm(currentContent(id), List.of(), null))
        .andReturn(), 409);
    assertThat(second.get("message").asText()).isEqualTo("该结对已有变更申请正在办理，请待其办结后再申请");
    assertThat(body(getJson(changes(id), login("univ_sdu")).andReturn()).get("canApply").asBoolean()).isFalse();
    // and while it is under review
    submitChange(id, draft, "zone_jinan", changeForm(newZoneContact(id), List.of(), "联系人调整"));
    expect(postJson(changes(id), login("zone_jinan"), changeForm(currentContent(id), List.of(), null)).andReturn(),
        409);
    // a termination waits for the change too
    expect(postJson("/api/filings/" + id + "/terminations", login("univ_sdu"), Map.of("reason", "终止"))
        .andReturn(), 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_change WHERE filing_id = ?", Long.class, id))
        .isEqualTo(1);

    // two parties at the same moment on a pairing without an open change: one draft
    long other = approved();
    var results = atOnce(List.of(
        () -> postJson(changes(other), login("zone_jinan"), changeForm(newZoneContact(other), List.of(), null))
            .andReturn(),
        () -> postJson(changes(other), login("univ_sdu"), changeForm(newZoneContact(other), List.of(), null))
            .andReturn()));
    assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(201, 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_change WHERE filing_id = ?", Long.class, other))
        .isEqualTo(1);
  }

  @Test
  void noChangeOnceThePairingHasEnded() throws Exception {
    long id = approved();
    jdbc.update("UPDATE qualification SET terminated_on = ? WHERE filing_id = ?", LocalDate.now(clock), id);
    JsonNode refused = expect(postJson(changes(id), login("zone_jinan"),
        changeForm(newZoneContact(id), List.of(), null)).andReturn(), 409);
    assertThat(refused.get("message").asText()).isEqualTo("该结对不在政策适用期内，不能申请变更备案");
    assertThat(body(getJson(changes(id), login("zone_jinan")).andReturn()).get("canApply").asBoolean()).isFalse();
    long underReview = submitted("zone_jinan", "U001");
    expect(postJson(changes(underReview), login("zone_jinan"), changeForm(newZoneContact(id), List.of(), null))
        .andReturn(), 409);
  }
}
