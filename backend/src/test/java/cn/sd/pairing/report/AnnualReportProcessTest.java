package cn.sd.pairing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.review.Decision;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * pairing-annual-report.bpmn on the real engine, every path, with the engine clock moved to the reporting window
 * and past the due dates: the timer opens the report, the zone submits, the city passes (next year's timer) or
 * returns (revise, resubmit, pass), 催办 on the due dates, termination and the end of the cooperation period end
 * the cycle, and a pairing approved before the feature gets its cycle from the backfill.
 */
class AnnualReportProcessTest extends AnnualReportTest {
  @Autowired AnnualReportCycles cycles;
  @Autowired AnnualReportBackfill backfill;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  private static ProcessInstanceAssert assertProcess(ProcessInstance instance) {
    return BpmnAwareTests.assertThat(instance);
  }

  private Job windowTimer(long filingId) {
    return managementService.createJobQuery().processInstanceId(cycleId(filingId)).timers().activityId("windowOpens")
        .singleResult();
  }

  @Test
  void theTimerOpensTheReportTheZoneSubmitsTheCityPassesAndNextYearsTimerWaits() throws Exception {
    long id = approvedJinan();
    int year = approvalYear(id);
    ProcessInstance instance = cycle(id);
    assertProcess(instance).hasBusinessKey(String.valueOf(id)).hasPassed("pairingApproved", "planNextReport")
        .isWaitingAtExactly("windowOpens");
    assertThat(windowTimer(id).getDuedate()).isEqualTo(ReportCalendar.toDate(LocalDateTime.of(year + 1, 1, 1, 0, 0)));
    assertThat(reportMapper.findByFiling(id)).isEmpty();

    // the window opens: the report of the approval year is due at the end of 31 January
    openReports(year, id);
    assertProcess(instance).hasPassed("windowOpens", "openReport").isWaitingAtExactly("fillReport");
    AnnualReport opened = report(id, year);
    assertThat(opened.status).isEqualTo(ReportStatus.DUE);
    assertThat(opened.dueAt).isEqualTo(LocalDateTime.of(year + 1, 1, 31, 23, 59, 59));
    Task fill = reportTask(id, "fillReport");
    assertThat(fill.getDueDate()).isEqualTo(ReportCalendar.toDate(opened.dueAt));
    assertThat(notificationsOf("zone_jinan", id, "待办：填报年度成效报告")).isEqualTo(1);
    JsonNode zoneTask = taskOf("zone_jinan", fill.getId());
    assertThat(zoneTask.get("formKey").asText()).isEqualTo("annualReport");
    assertThat(zoneTask.get("filingId").asLong()).isEqualTo(id);
    assertThat(taskOf("univ_sdu", fill.getId())).as("the university side does not fill it").isNull();

    JsonNode submitted = submitReport(opened.id, "zone_jinan",
        figures(3, 1, 2, 2, "150.50", 1, 1, 2, 1, "300.00"));
    assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("editable").asBoolean()).isFalse();
    assertProcess(instance).hasPassed("fillReport").isWaitingAtExactly("reviewReport");
    Task review = reportTask(id, "reviewReport");
    JsonNode cityTask = taskOf("city_jinan", review.getId());
    assertThat(cityTask.get("decisions").toString()).isEqualTo("[\"APPROVE\",\"RETURN\"]");
    assertThat(cityTask.get("zoneName").asText()).isEqualTo("济南高新技术产业开发区");

    cityDecides(id, "city_jinan", Decision.APPROVE, null);
    assertProcess(instance).hasPassed("reviewOutcome", "approveReport").isWaitingAtExactly("windowOpens");
    AnnualReport approved = report(id, year);
    assertThat(approved.status).isEqualTo(ReportStatus.APPROVED);
    assertThat(approved.approvedAt).isNotNull();
    assertThat(approved.contractValueWan).isEqualByComparingTo("150.50");
    assertThat(approved.overdueAt(ReportCalendar.now())).isFalse();
    assertThat(windowTimer(id).getDuedate()).isEqualTo(ReportCalendar.toDate(LocalDateTime.of(year + 2, 1, 1, 0, 0)));
    assertThat(notificationsOf("zone_jinan", id, year + "年度成效报告审核通过")).isEqualTo(1);
    assertThat(notificationsOf("univ_sdu", id, year + "年度成效报告审核通过")).isEqualTo(1);
    // the submission and the decision are in the filing's history
    assertThat(jdbc.queryForList("SELECT action FROM filing_opinion WHERE filing_id = ? AND step_key IN (?, ?)"
        + " ORDER BY id", String.class, id, "fillReport", "reviewReport")).containsExactly("SUBMIT", "APPROVE");
  }

  @Test
  void theCityReturnsTheZoneRevisesAndResubmitsToTheCityWhichThenPasses() throws Exception {
    long id = approvedJinan();
    int year = approvalYear(id);
    openReports(year, id);
    ProcessInstance instance = cycle(id);
    long reportId = report(id, year).id;
    submitReport(reportId, "zone_jinan", figures(2, 0, 0, 0, "0", 0, 1, 1, 0, "50"));
    LocalDateTime firstSubmission = report(id, year).firstSubmittedAt;

    at(LocalDateTime.of(year + 1, 1, 10, 9, 0));
    cityDecides(id, "city_jinan", Decision.RETURN, "成果转化情况请补充合同金额");
    assertProcess(instance).hasPassed("reviewOutcome").isWaitingAtExactly("reviseReport");
    JsonNode returned = body(getJson("/api/annual-reports/" + reportId, login("zone_jinan")).andReturn());
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.get("reviewOpinion").asText()).isEqualTo("成果转化情况请补充合同金额");
    assertThat(returned.get("returnCount").asInt()).isEqualTo(1);
    assertThat(returned.get("editable").asBoolean()).isTrue();
    assertThat(body(getJson("/api/annual-reports/" + reportId, login("univ_sdu")).andReturn()).get("editable")
        .asBoolean()).isFalse();
    Task revise = reportTask(id, "reviseReport");
    assertThat(taskOf("zone_jinan", revise.getId()).get("formKey").asText()).isEqualTo("annualReport");
    assertThat(notificationsOf("zone_jinan", id, "待办：修改年度成效报告")).isEqualTo(1);

    at(LocalDateTime.of(year + 1, 1, 11, 9, 0));
    submitReport(reportId, "zone_jinan", figures(2, 0, 0, 1, "80", 0, 1, 1, 0, "50"));
    assertProcess(instance).isWaitingAtExactly("reviewReport");
    cityDecides(id, "city_jinan", Decision.APPROVE, null);
    assertProcess(instance).hasPassed("reviseReport", "approveReport").isWaitingAtExactly("windowOpens");
    AnnualReport passed = report(id, year);
    assertThat(passed.status).isEqualTo(ReportStatus.APPROVED);
    assertThat(passed.transfers).isEqualTo(1);
    assertThat(passed.firstSubmittedAt).as("the first submission decides punctuality").isEqualTo(firstSubmission);
    assertThat(passed.submittedAt).isAfter(firstSubmission);
    assertThat(jdbc.queryForList("SELECT action FROM filing_opinion WHERE filing_id = ? AND step_key IN (?, ?, ?)"
            + " ORDER BY id", String.class, id, "fillReport", "reviewReport", "reviseReport"))
        .containsExactly("SUBMIT", "RETURN", "RESUBMIT", "APPROVE");
  }

  @Test
  void anUnsubmittedReportIsRemindedOnItsDueDateAndMarkedOverdueAsIsALateReview() throws Exception {
    long id = approvedJinan();
    int year = approvalYear(id);
    openReports(year, id);
    ProcessInstance instance = cycle(id);
    AnnualReport report = report(id, year);

    // one second before the due date nothing happens
    at(report.dueAt.minusSeconds(1));
    waitForJobs(cycleId(id));
    assertProcess(instance).hasNotPassed("remindFill");
    assertThat(body(getJson("/api/annual-reports/" + report.id, login("zone_jinan")).andReturn()).get("overdue")
        .asBoolean()).isFalse();

    at(report.dueAt.plusMinutes(1));
    waitForJobs(cycleId(id));
    assertProcess(instance).hasPassed("fillOverdue", "remindFill", "fillReminded").isWaitingAtExactly("fillReport");
    assertThat(notificationsOf("zone_jinan", id, "催办：" + year + "年度成效报告“填报年度成效报告”已超过办理时限"))
        .isEqualTo(1);
    JsonNode late = body(getJson("/api/annual-reports/" + report.id, login("zone_jinan")).andReturn());
    assertThat(late.get("overdue").asBoolean()).isTrue();
    assertThat(late.get("editable").asBoolean()).isTrue();
    assertThat(ids(body(getJson("/api/annual-reports?overdue=true&size=100", login("zone_jinan")).andReturn())))
        .contains(report.id);
    assertThat(taskOf("zone_jinan", reportTask(id, "fillReport").getId()).get("overdue").asBoolean()).isTrue();

    // submitted late it stays overdue; the city's review has its own deadline and reminder
    JsonNode submitted = submitReport(report.id, "zone_jinan", figures(1, 0, 0, 0, "0", 0, 0, 0, 0, "0"));
    assertThat(submitted.get("overdue").asBoolean()).isTrue();
    Task review = reportTask(id, "reviewReport");
    assertThat(review.getDueDate()).isAfter(ReportCalendar.toDate(report.dueAt.plusMinutes(1)));
    at(LocalDateTime.ofInstant(review.getDueDate().toInstant(), ClockConfig.ZONE).plusMinutes(1));
    waitForJobs(cycleId(id));
    assertProcess(instance).hasPassed("reviewOverdue", "remindReview").isWaitingAtExactly("reviewReport");
    assertThat(notificationsOf("city_jinan", id, "催办：" + year + "年度成效报告“市科技局审核年度成效报告”已超过办理时限"))
        .isEqualTo(1);
    assertThat(taskOf("city_jinan", review.getId()).get("overdue").asBoolean()).isTrue();
  }

  @Test
  void aConfirmedTerminationEndsTheCycleWhetherItWaitsForTheWindowOrForTheReporter() throws Exception {
    long waiting = approvedJinan();
    ProcessInstance waitingCycle = cycle(waiting);
    assertProcess(waitingCycle).isWaitingAtExactly("windowOpens");
    terminate(waiting);
    assertProcess(waitingCycle).hasPassed("terminationConfirmed", "closeOpenReport", "terminated").isEnded();
    assertThat(managementService.createJobQuery().processInstanceId(waitingCycle.getId()).count()).isZero();

    long filling = approvedJinan();
    int year = approvalYear(filling);
    openReports(year, filling);
    ProcessInstance fillingCycle = cycle(filling);
    assertProcess(fillingCycle).isWaitingAtExactly("fillReport");
    terminate(filling);
    assertProcess(fillingCycle).hasPassed("terminationConfirmed", "closeOpenReport", "terminated")
        .hasNotPassed("reviewReport").isEnded();
    assertThat(report(filling, year).status).isEqualTo(ReportStatus.CLOSED);
    assertThat(taskService.createTaskQuery().processInstanceId(fillingCycle.getId()).count()).isZero();
    // a closed report cannot be filled any more and is not overdue
    postJson("/api/annual-reports/" + report(filling, year).id + "/submit", login("zone_jinan"),
        figures(1, 0, 0, 0, "0", 0, 0, 0, 0, "0")).andExpect(status().isConflict());
    at(LocalDateTime.of(year + 1, 3, 1, 0, 0));
    assertThat(body(getJson("/api/annual-reports/" + report(filling, year).id, login("zone_jinan")).andReturn())
        .get("overdue").asBoolean()).isFalse();
  }

  @Test
  void theCycleEndsAfterTheReportOfTheLastYearOfTheCooperationPeriod() throws Exception {
    int thisYear = LocalDate.now(clock).getYear();
    long id = approvedPairing("zone_jinan", "U001", "univ_sdu", "city_jinan", LocalDate.of(thisYear, 12, 31));
    int year = approvalYear(id);
    assertThat(year).isEqualTo(thisYear);
    ProcessInstance instance = cycle(id);
    openReports(year, id);
    submitReport(report(id, year).id, "zone_jinan", figures(1, 1, 1, 0, "0", 1, 1, 0, 0, "10"));
    cityDecides(id, "city_jinan", Decision.APPROVE, null);
    assertProcess(instance).hasPassed("approveReport", "yearDue", "periodOver").isEnded();
    assertThat(reportMapper.findByFiling(id)).hasSize(1);
  }

  @Test
  void aPairingApprovedBeforeTheFeatureGetsItsCycleFromTheStartUpBackfillOnce() {
    long id = approvedJinan();
    int thisYear = ReportCalendar.now().getYear();
    // as before annual reports existed: an approved pairing without a cycle
    runtimeService.deleteProcessInstance(cycleId(id), "test: before the feature", true, true);
    jdbc.update("DELETE FROM annual_report_cycle WHERE filing_id = ?", id);

    // neither a terminated pairing nor one whose period ended before last year gets one
    jdbc.update("UPDATE qualification SET terminated_on = ? WHERE filing_id = ?", LocalDate.now(clock), id);
    backfill.startMissingCycles();
    assertThat(reportMapper.hasCycle(id)).isFalse();
    jdbc.update("UPDATE qualification SET terminated_on = NULL WHERE filing_id = ?", id);
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", LocalDate.of(thisYear - 2, 12, 31), id);
    backfill.startMissingCycles();
    assertThat(reportMapper.hasCycle(id)).isFalse();
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", LocalDate.now(clock).plusYears(5), id);

    backfill.startMissingCycles();
    assertThat(reportMapper.hasCycle(id)).isTrue();
    ProcessInstance instance = cycle(id);
    assertProcess(instance).hasBusinessKey(String.valueOf(id)).isWaitingAtExactly("windowOpens");
    assertThat(runtimeService.getVariable(instance.getId(), "reportYear"))
        .isEqualTo(Math.max(approvalYear(id), thisYear - 1));
    // again: nothing new
    assertThat(cycles.startMissing()).isZero();
    assertThat(cycles.start(id, thisYear)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
  }

  /** The item of the user's GET /api/tasks for a task, or null when it is not offered to the user. */
  private JsonNode taskOf(String user, String taskId) throws Exception {
    for (JsonNode t : todoItems(login(user))) {
      if (t.get("id").asText().equals(taskId)) {
        return t;
      }
    }
    return null;
  }

  /** The zone applies for termination and 省科技厅 confirms it from its task list. */
  private void terminate(long filingId) throws Exception {
    long terminationId = body(postJson("/api/filings/" + filingId + "/terminations", login("zone_jinan"),
        Map.of("reason", "合作企业迁出")).andExpect(status().isCreated()).andReturn()).get("id").asLong();
    String process = jdbc.queryForObject("SELECT process_instance_id FROM termination WHERE id = ?", String.class,
        terminationId);
    Task confirm = taskService.createTaskQuery().processInstanceId(process).singleResult();
    postJson("/api/tasks/" + confirm.getId() + "/complete", login("prov_st"), Map.of("decision", "APPROVE"))
        .andExpect(status().isOk());
    waitForJobs(process);
  }
}
