package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pairing-filing.bpmn (v2) on the real Spring-configured engine, job executor and database:
 * every path through the model has its own test, which asserts the path taken (camunda-bpm-assert
 * on the engine's history), the status column at each step and who is offered each task.
 * Decisions go through ReviewService, which writes the variable "&lt;taskKey&gt;Decision" the
 * gateways read; the asynchronous provincial join is waited for (IntegrationTest.waitForJobs).
 */
class FilingProcessTest extends IntegrationTest {
  private static final String ZONE = "GX370101";
  private static final String ZONE_OP = "zone_jinan";
  private static final String SDU = "U001";
  private static final String SDU_OP = "univ_sdu";
  private static final String UNIT = "U001-01";
  private static final String UNIT_OP = "unit_sdu";
  private static final String CITY = "city_jinan";
  private static final String ST = "prov_st";
  private static final String EDU = "prov_edu";

  /** End events other than the one a path must reach. */
  private static final String[] ENDS = {"approved", "cityRejected", "provinceRejected", "declinedFinal",
      "consentRefusedFinal", "withdrawnEnd"};

  @Autowired FilingNumberService numberService;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance process(long filingId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(filing(filingId).processInstanceId)
        .singleResult();
  }

  private static ProcessInstanceAssert assertProcess(ProcessInstance instance) {
    return BpmnAwareTests.assertThat(instance);
  }

  private static String[] endsOtherThan(String end) {
    return java.util.Arrays.stream(ENDS).filter(e -> !e.equals(end)).toArray(String[]::new);
  }

  /** The initiating zone resubmits a returned filing (completes task revise through FilingService). */
  private void resubmit(long filingId) {
    Task revise = task(filingId, "revise");
    assertThat(revise).as("filing waits at revise").isNotNull();
    assertThat(revise.getFormKey()).isEqualTo("revise");
    filingService.submit(filingId, completeForm(SDU), user(ZONE_OP));
    waitForJobs(filing(filingId).processInstanceId);
  }

  private long passes(ProcessInstance instance, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).count();
  }

  private List<String> candidateGroups(long filingId, String taskKey) {
    return taskService.getIdentityLinksForTask(task(filingId, taskKey).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  private String group(String orgCode, Role role) {
    return CandidateGroups.of(orgId(orgCode), role);
  }

  private Object variable(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  /** A zone→university filing, confirmed by the university: waits at 市科技局初审. */
  private long atCityReview() {
    long id = submitted(ZONE_OP, SDU);
    decide(id, "counterpartConfirm", SDU_OP, Decision.APPROVE);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    return id;
  }

  /** A zone→university filing past the city: waits at both provincial reviews. */
  private long atProvinceReview() {
    long id = atCityReview();
    decide(id, "cityReview", CITY, Decision.APPROVE);
    assertProcess(process(id)).isWaitingAtExactly("provinceStReview", "provinceEduReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    return id;
  }

  private void assertApprovedWithNumber(long id) {
    Filing approved = filing(id);
    assertThat(approved.status).isEqualTo(FilingStatus.APPROVED);
    assertThat(approved.approvedAt).isNotNull();
    int year = LocalDate.now(clock).getYear();
    Matcher no = FILING_NO.matcher(approved.filingNo);
    assertThat(no.matches()).as("filing number %s", approved.filingNo).isTrue();
    assertThat(Integer.parseInt(no.group(1))).isEqualTo(year).isEqualTo(approved.filingYear);
    assertThat(Integer.parseInt(no.group(2))).isEqualTo(approved.filingSeq).isPositive();
    assertThat(approved.filingNo).isEqualTo(FilingNumberService.format(year, approved.filingSeq));
  }

  // ------------------------------------------------------------------ zone → university, approved

  @Test
  void happyPathZoneToUniversityConfirmedCityAndBothProvincesApproveNumbersTheFiling() {
    long id = draft(ZONE_OP, SDU);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.DRAFT);
    assertThat(filing(id).processInstanceId).isNull();

    filingService.submit(id, completeForm(SDU), user(ZONE_OP));
    ProcessInstance instance = process(id);
    assertProcess(instance).isStarted().hasProcessDefinitionKey(FilingProcess.KEY)
        .hasBusinessKey(String.valueOf(id))
        .hasPassedInOrder("submitted", "routing", "resolveParticipants", "agreementStart")
        .isWaitingAtExactly("agreement", "counterpartConfirm")
        .hasVariables(FilingProcess.VAR_FILING_ID, FilingProcess.VAR_ROUTING, FilingProcess.VAR_COUNTERPART_GROUP,
            FilingProcess.VAR_CITY_REVIEW_GROUP, FilingProcess.VAR_PROVINCE_ST_GROUP,
            FilingProcess.VAR_PROVINCE_EDU_GROUP, FilingProcess.VAR_INITIATOR_GROUP);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONFIRMING);
    assertThat(filing(id).submittedAt).isNotNull();
    // DMN filing-routing: a zone pairing with a university → the university confirms, no consent
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) runtimeService.getVariable(instance.getId(), "routing");
    assertThat(routing).containsEntry("counterpart", "SUBJECT").containsEntry("needsConsent", false);
    assertThat(runtimeService.getVariables(instance.getId())).containsEntry("initiatorType", "ZONE")
        .containsEntry("subjectType", "UNIVERSITY")
        .containsEntry(FilingProcess.VAR_CITY_REVIEW_GROUP, group("CB370100", Role.CITY_REVIEWER))
        .containsEntry(FilingProcess.VAR_PROVINCE_ST_GROUP, group("PROV-ST", Role.PROVINCE_ST_REVIEWER))
        .containsEntry(FilingProcess.VAR_PROVINCE_EDU_GROUP, group("PROV-EDU", Role.PROVINCE_EDU_REVIEWER))
        .containsEntry(FilingProcess.VAR_INITIATOR_GROUP, group(ZONE, Role.ZONE_OPERATOR));
    assertThat(candidateGroups(id, "counterpartConfirm")).containsExactly(group(SDU, Role.UNIVERSITY_OPERATOR));

    decide(id, "counterpartConfirm", SDU_OP, Decision.APPROVE);
    assertProcess(instance).hasPassed("counterpartConfirm", "confirmOutcome", "needsConsent", "agreementJoin",
            "agreementEnd", "agreement")
        .hasNotPassed("legalConsent", "declinedEnd", "withdrawn")
        .isWaitingAtExactly("cityReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(candidateGroups(id, "cityReview")).containsExactly(group("CB370100", Role.CITY_REVIEWER));
    assertThat(task(id, "cityReview").getDueDate()).as("city review has a due date").isInTheFuture();

    decide(id, "cityReview", CITY, Decision.APPROVE);
    assertProcess(instance).hasPassed("cityReview", "cityOutcome", "provinceEntry", "provinceFork")
        .isWaitingAtExactly("provinceStReview", "provinceEduReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(candidateGroups(id, "provinceStReview")).containsExactly(group("PROV-ST", Role.PROVINCE_ST_REVIEWER));
    assertThat(candidateGroups(id, "provinceEduReview"))
        .containsExactly(group("PROV-EDU", Role.PROVINCE_EDU_REVIEWER));

    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    // one department has decided: the join waits for the other, nothing is numbered yet
    assertProcess(instance).isNotEnded().hasNotPassed("provinceOutcome", "approveFiling");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("provinceStReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(filing(id).filingNo).isNull();

    decide(id, "provinceStReview", ST, Decision.APPROVE);
    assertProcess(instance)
        .hasPassedInOrder("submitted", "counterpartConfirm", "cityReview", "provinceJoin", "provinceOutcome",
            "approveFiling", "approved")
        .hasPassed("provinceStReview", "provinceEduReview")
        .hasNotPassed("legalConsent", "revise", "reentry", "cityOverdue", "stOverdue", "eduOverdue")
        .hasNotPassed(endsOtherThan("approved"))
        .isEnded();
    assertApprovedWithNumber(id);
    assertThat(variable(instance, "filingNo")).isEqualTo(filing(id).filingNo);
    assertThat(variable(instance, "provinceStReviewDecision")).isEqualTo("APPROVE");
    assertThat(variable(instance, "provinceEduReviewDecision")).isEqualTo("APPROVE");
    assertThat(passes(instance, "provinceJoin")).as("both tokens reached the join, it fired once").isEqualTo(2);
    assertThat(passes(instance, "approveFiling")).isEqualTo(1);
  }

  // ------------------------------------------------------------------ the agreement stage

  @Test
  void counterpartDeclinesFilingEndsDeclined() {
    long id = submitted(ZONE_OP, SDU);
    ProcessInstance instance = process(id);

    decide(id, "counterpartConfirm", SDU_OP, Decision.REJECT);
    assertProcess(instance).hasPassed("counterpartConfirm", "confirmOutcome", "declinedEnd", "declined",
            "declinedFinal")
        .hasNotPassed("needsConsent", "legalConsent", "agreementEnd", "cityReview", "withdrawn")
        .hasNotPassed(endsOtherThan("declinedFinal"))
        .isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.DECLINED);
    assertThat(filing(id).filingNo).isNull();
    assertThat(variable(instance, "counterpartConfirmDecision")).isEqualTo("REJECT");
  }

  @Test
  void unitSubjectIsConfirmedByTheUnitThenItsUniversityConsentsAndTheFilingGoesOn() {
    long id = startedFiling(ZONE, ZONE, UNIT, ZONE_OP);
    ProcessInstance instance = process(id);
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) runtimeService.getVariable(instance.getId(), "routing");
    assertThat(routing).containsEntry("counterpart", "SUBJECT").containsEntry("needsConsent", true);
    assertProcess(instance).isWaitingAtExactly("agreement", "counterpartConfirm");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONFIRMING);
    assertThat(candidateGroups(id, "counterpartConfirm")).containsExactly(group(UNIT, Role.UNIT_OPERATOR));

    decide(id, "counterpartConfirm", UNIT_OP, Decision.APPROVE);
    assertProcess(instance).hasPassed("counterpartConfirm", "needsConsent").isWaitingAtExactly("agreement", "legalConsent");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONSENTING);
    // the legal-entity university of the unit consents
    assertThat(candidateGroups(id, "legalConsent")).containsExactly(group(SDU, Role.UNIVERSITY_OPERATOR));

    decide(id, "legalConsent", SDU_OP, Decision.APPROVE);
    assertProcess(instance).hasPassedInOrder("counterpartConfirm", "legalConsent", "consentOutcome", "agreementJoin",
            "agreementEnd")
        .hasNotPassed("consentRefusedEnd", "consentRefused")
        .isWaitingAtExactly("cityReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(candidateGroups(id, "cityReview")).containsExactly(group("CB370100", Role.CITY_REVIEWER));

    decide(id, "cityReview", CITY, Decision.APPROVE);
    decide(id, "provinceStReview", ST, Decision.APPROVE);
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    assertProcess(instance).hasPassed("approveFiling", "approved").isEnded();
    assertApprovedWithNumber(id);
  }

  @Test
  void legalEntityRefusesConsentFilingEndsConsentRefused() {
    long id = startedFiling(ZONE, ZONE, UNIT, ZONE_OP);
    ProcessInstance instance = process(id);
    decide(id, "counterpartConfirm", UNIT_OP, Decision.APPROVE);

    decide(id, "legalConsent", SDU_OP, Decision.REJECT);
    assertProcess(instance).hasPassed("counterpartConfirm", "legalConsent", "consentOutcome", "consentRefusedEnd",
            "consentRefused", "consentRefusedFinal")
        .hasNotPassed("agreementJoin", "agreementEnd", "cityReview", "declined")
        .hasNotPassed(endsOtherThan("consentRefusedFinal"))
        .isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONSENT_REFUSED);
    assertThat(variable(instance, "legalConsentDecision")).isEqualTo("REJECT");
  }

  @Test
  void universityInitiatedFilingIsConfirmedByTheZone() {
    long id = startedFiling(SDU, ZONE, SDU, SDU_OP);
    ProcessInstance instance = process(id);
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) runtimeService.getVariable(instance.getId(), "routing");
    assertThat(routing).containsEntry("counterpart", "ZONE").containsEntry("needsConsent", false);
    assertThat(runtimeService.getVariable(instance.getId(), FilingProcess.VAR_INITIATOR_GROUP))
        .isEqualTo(group(SDU, Role.UNIVERSITY_OPERATOR));
    assertProcess(instance).isWaitingAtExactly("agreement", "counterpartConfirm");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONFIRMING);
    // the zone, not the initiating university, is asked
    assertThat(candidateGroups(id, "counterpartConfirm")).containsExactly(group(ZONE, Role.ZONE_OPERATOR));
    assertThatThrownBy(() -> decide(id, "counterpartConfirm", SDU_OP, Decision.APPROVE))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));

    decide(id, "counterpartConfirm", ZONE_OP, Decision.APPROVE);
    assertProcess(instance).hasPassed("counterpartConfirm", "agreement").hasNotPassed("legalConsent")
        .isWaitingAtExactly("cityReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(candidateGroups(id, "cityReview")).containsExactly(group("CB370100", Role.CITY_REVIEWER));
  }

  @Test
  void universityFilingForItsOwnUnitNeedsNoSeparateConsent() {
    long id = startedFiling(SDU, ZONE, UNIT, SDU_OP);
    ProcessInstance instance = process(id);
    assertThat(candidateGroups(id, "counterpartConfirm")).containsExactly(group(ZONE, Role.ZONE_OPERATOR));

    decide(id, "counterpartConfirm", ZONE_OP, Decision.APPROVE);
    assertProcess(instance).hasPassed("needsConsent").hasNotPassed("legalConsent").isWaitingAtExactly("cityReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
  }

  @Test
  void unitInitiatedFilingIsConfirmedByTheZoneAndConsentedByItsUniversity() {
    long id = startedFiling(UNIT, ZONE, UNIT, UNIT_OP);
    ProcessInstance instance = process(id);
    assertThat(candidateGroups(id, "counterpartConfirm")).containsExactly(group(ZONE, Role.ZONE_OPERATOR));
    assertThat(runtimeService.getVariable(instance.getId(), FilingProcess.VAR_INITIATOR_GROUP))
        .isEqualTo(group(UNIT, Role.UNIT_OPERATOR));

    decide(id, "counterpartConfirm", ZONE_OP, Decision.APPROVE);
    assertProcess(instance).isWaitingAtExactly("agreement", "legalConsent");
    assertThat(candidateGroups(id, "legalConsent")).containsExactly(group(SDU, Role.UNIVERSITY_OPERATOR));
    decide(id, "legalConsent", SDU_OP, Decision.APPROVE);
    assertProcess(instance).isWaitingAtExactly("cityReview");
  }

  // ------------------------------------------------------------------ withdrawal

  @Test
  void initiatorWithdrawsWhileTheCounterpartConfirmsFilingEndsWithdrawn() {
    long id = submitted(ZONE_OP, SDU);
    ProcessInstance instance = process(id);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONFIRMING);

    filingService.withdraw(id, "合作方案需重新商议", user(ZONE_OP));
    assertProcess(instance).hasPassed("withdrawn", "withdrawnEnd")
        .hasNotPassed("confirmOutcome", "agreementEnd", "cityReview")
        .hasNotPassed(endsOtherThan("withdrawnEnd"))
        .isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.WITHDRAWN);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(filingService.detail(id, user(ZONE_OP)).opinions()).extracting(FilingViews.Opinion::action)
        .containsExactly(OpinionAction.SUBMIT, OpinionAction.WITHDRAW);
  }

  @Test
  void initiatorWithdrawsWhileTheUniversityConsentsFilingEndsWithdrawn() {
    long id = startedFiling(ZONE, ZONE, UNIT, ZONE_OP);
    ProcessInstance instance = process(id);
    decide(id, "counterpartConfirm", UNIT_OP, Decision.APPROVE);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CONSENTING);

    filingService.withdraw(id, "撤回", user(ZONE_OP));
    assertProcess(instance).hasPassed("counterpartConfirm", "withdrawn", "withdrawnEnd")
        .hasNotPassed("consentOutcome", "cityReview").isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.WITHDRAWN);
  }

  @Test
  void withdrawingOnceTheCityReviewHasStartedIsAConflictAndChangesNothing() {
    long id = atCityReview();
    ProcessInstance instance = process(id);
    String cityTask = task(id, "cityReview").getId();

    assertThatThrownBy(() -> filingService.withdraw(id, "太晚了", user(ZONE_OP)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    assertProcess(instance).isWaitingAtExactly("cityReview").hasNotPassed("withdrawn");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(task(id, "cityReview").getId()).isEqualTo(cityTask);
    assertThat(filingService.detail(id, user(ZONE_OP)).opinions()).extracting(FilingViews.Opinion::action)
        .doesNotContain(OpinionAction.WITHDRAW);
  }

  // ------------------------------------------------------------------ city review

  @Test
  void returnAtCityGoesToReviseAndReentersCityReview() {
    long id = atCityReview();
    ProcessInstance instance = process(id);

    decide(id, "cityReview", CITY, Decision.RETURN);
    assertProcess(instance).hasPassed("cityReview", "cityOutcome").hasNotPassed("provinceFork")
        .isWaitingAtExactly("revise");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.RETURNED);
    assertThat(runtimeService.getVariable(instance.getId(), "returnedFrom")).isEqualTo("city");
    // the revision is offered to the initiating zone's operators
    assertThat(candidateGroups(id, "revise")).containsExactly(group(ZONE, Role.ZONE_OPERATOR));

    resubmit(id);
    assertProcess(instance).hasPassed("revise", "reentry").isWaitingAtExactly("cityReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(passes(instance, "cityReview")).isEqualTo(2);
    assertThat(passes(instance, "counterpartConfirm")).as("the counterpart is not asked again").isEqualTo(1);
    assertThat(passes(instance, "provinceEntry")).isZero();

    decide(id, "cityReview", CITY, Decision.APPROVE);
    decide(id, "provinceStReview", ST, Decision.APPROVE);
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    assertProcess(instance).hasPassed("approved").isEnded();
    assertApprovedWithNumber(id);
  }

  @Test
  void rejectAtCityEndsRejected() {
    long id = atCityReview();
    ProcessInstance instance = process(id);

    decide(id, "cityReview", CITY, Decision.REJECT);
    assertProcess(instance).hasPassed("cityReview", "cityOutcome", "cityRejected")
        .hasNotPassed("revise", "provinceEntry", "provinceFork", "provinceStReview")
        .hasNotPassed(endsOtherThan("cityRejected"))
        .isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.REJECTED);
    assertThat(filing(id).filingNo).isNull();
  }

  // ------------------------------------------------------------------ provincial joint review

  /** Both departments decide (Education first), the filing is returned, resubmitted and both review again. */
  private void provincialReturnReentersBothProvincialReviews(Decision st, Decision edu) {
    long id = atProvinceReview();
    ProcessInstance instance = process(id);

    decide(id, "provinceEduReview", EDU, edu);
    assertProcess(instance).hasNotPassed("provinceOutcome");
    decide(id, "provinceStReview", ST, st);
    assertProcess(instance).hasPassed("provinceJoin", "provinceOutcome")
        .hasNotPassed("approveFiling", "provinceRejected").isWaitingAtExactly("revise");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.RETURNED);
    assertThat(runtimeService.getVariable(instance.getId(), "returnedFrom")).isEqualTo("province");
    assertThat(candidateGroups(id, "revise")).containsExactly(group(ZONE, Role.ZONE_OPERATOR));

    resubmit(id);
    assertProcess(instance).hasPassed("revise", "reentry").isWaitingAtExactly("provinceStReview", "provinceEduReview");
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(passes(instance, "cityReview")).as("city review is not repeated").isEqualTo(1);
    assertThat(passes(instance, "provinceEntry")).isEqualTo(2);
    assertThat(passes(instance, "provinceStReview")).isEqualTo(2);
    assertThat(passes(instance, "provinceEduReview")).isEqualTo(2);

    decide(id, "provinceStReview", ST, Decision.APPROVE);
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    assertProcess(instance).hasPassed("approveFiling", "approved").isEnded();
    assertApprovedWithNumber(id);
    assertThat(passes(instance, "approveFiling")).isEqualTo(1);
  }

  @Test
  void returnByScienceAndTechnologyOnlyReentersBothProvincialReviews() {
    provincialReturnReentersBothProvincialReviews(Decision.RETURN, Decision.APPROVE);
  }

  @Test
  void returnByEducationOnlyReentersBothProvincialReviews() {
    provincialReturnReentersBothProvincialReviews(Decision.APPROVE, Decision.RETURN);
  }

  @Test
  void returnByBothDepartmentsReentersBothProvincialReviews() {
    provincialReturnReentersBothProvincialReviews(Decision.RETURN, Decision.RETURN);
  }

  @Test
  void rejectByScienceAndTechnologyEndsRejectedEvenThoughEducationApproved() {
    long id = atProvinceReview();
    ProcessInstance instance = process(id);

    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    decide(id, "provinceStReview", ST, Decision.REJECT);
    assertProcess(instance).hasPassed("provinceJoin", "provinceOutcome", "provinceRejected")
        .hasNotPassed("approveFiling", "revise")
        .hasNotPassed(endsOtherThan("provinceRejected"))
        .isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.REJECTED);
    assertThat(filing(id).filingNo).isNull();
  }

  @Test
  void rejectByScienceAndTechnologyWinsOverAReturnByEducation() {
    long id = atProvinceReview();
    ProcessInstance instance = process(id);

    decide(id, "provinceStReview", ST, Decision.REJECT);
    decide(id, "provinceEduReview", EDU, Decision.RETURN);
    assertProcess(instance).hasPassed("provinceRejected").hasNotPassed("revise", "approveFiling").isEnded();
    assertThat(statusOf(id)).isEqualTo(FilingStatus.REJECTED);
  }

  @Test
  void educationCannotReject() {
    long id = atProvinceReview();
    assertThatThrownBy(() -> decide(id, "provinceEduReview", EDU, Decision.REJECT))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("decision");
        });
    assertProcess(process(id)).isWaitingAtExactly("provinceStReview", "provinceEduReview");
    assertThat(task(id, "provinceEduReview").getAssignee()).isNull();
  }

  @Test
  void everyRoundIsKeptAndTheStatusFollowsEachStep() {
    long id = draft(ZONE_OP, SDU);
    List<FilingStatus> seen = new ArrayList<>(List.of(statusOf(id)));
    filingService.submit(id, completeForm(SDU), user(ZONE_OP));
    ProcessInstance instance = process(id);
    seen.add(statusOf(id));
    decide(id, "counterpartConfirm", SDU_OP, Decision.APPROVE);
    seen.add(statusOf(id));
    decide(id, "cityReview", CITY, Decision.RETURN);
    seen.add(statusOf(id));
    resubmit(id);
    seen.add(statusOf(id));
    decide(id, "cityReview", CITY, Decision.APPROVE);
    seen.add(statusOf(id));
    decide(id, "provinceStReview", ST, Decision.RETURN);
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    seen.add(statusOf(id));
    resubmit(id);
    seen.add(statusOf(id));
    decide(id, "provinceEduReview", EDU, Decision.RETURN);
    decide(id, "provinceStReview", ST, Decision.APPROVE);
    seen.add(statusOf(id));
    resubmit(id);
    seen.add(statusOf(id));
    decide(id, "provinceStReview", ST, Decision.APPROVE);
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    seen.add(statusOf(id));

    assertThat(seen).containsExactly(FilingStatus.DRAFT, FilingStatus.CONFIRMING, FilingStatus.CITY_REVIEW,
        FilingStatus.RETURNED, FilingStatus.CITY_REVIEW, FilingStatus.PROVINCE_REVIEW, FilingStatus.RETURNED,
        FilingStatus.PROVINCE_REVIEW, FilingStatus.RETURNED, FilingStatus.PROVINCE_REVIEW, FilingStatus.APPROVED);
    assertProcess(instance).isEnded();
    assertThat(passes(instance, "counterpartConfirm")).isEqualTo(1);
    assertThat(passes(instance, "cityReview")).isEqualTo(2);
    assertThat(passes(instance, "provinceStReview")).isEqualTo(3);
    assertThat(passes(instance, "provinceEduReview")).isEqualTo(3);
    assertThat(passes(instance, "revise")).isEqualTo(3);
    assertThat(passes(instance, "approveFiling")).isEqualTo(1);
    List<String> cityAndRevise = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityType("userTask").orderPartiallyByOccurrence().asc().list()
        .stream().map(HistoricActivityInstance::getActivityId)
        .filter(a -> a.equals("cityReview") || a.equals("revise") || a.equals("counterpartConfirm")).toList();
    assertThat(cityAndRevise).containsExactly("counterpartConfirm", "cityReview", "revise", "cityReview", "revise",
        "revise");
    // every round is kept: the submission, every decision and every resubmission
    assertThat(filingService.detail(id, user(ZONE_OP)).opinions()).extracting(FilingViews.Opinion::action)
        .containsExactly(OpinionAction.SUBMIT, OpinionAction.APPROVE, OpinionAction.RETURN, OpinionAction.RESUBMIT,
            OpinionAction.APPROVE, OpinionAction.RETURN, OpinionAction.APPROVE, OpinionAction.RESUBMIT,
            OpinionAction.RETURN, OpinionAction.APPROVE, OpinionAction.RESUBMIT, OpinionAction.APPROVE,
            OpinionAction.APPROVE);
  }

  // ------------------------------------------------------------------ filing numbers

  /**
   * Several filings' last provincial approvals at the same moment: each approval's transaction
   * also runs its filing's join job (where the number is taken; the job executor cannot see the
   * job before the commit), so the four number takings really overlap and queue on the counter.
   */
  @Test
  void concurrentProvincialApprovalsOfDifferentFilingsGetConsecutiveUniqueNumbers() throws Exception {
    int n = 4;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long id = atProvinceReview();
      decide(id, "provinceEduReview", EDU, Decision.APPROVE);
      ids.add(id);
    }
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (long id : ids) {
        String stTask = task(id, "provinceStReview").getId();
        String processInstanceId = filing(id).processInstanceId;
        done.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            taskService.complete(stTask, Map.of("provinceStReviewDecision", "APPROVE"));
            Job join = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
            managementService.executeJob(join.getId());
          });
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS); // rethrows a failed approval
      }
    } finally {
      pool.shutdownNow();
    }

    List<Filing> approved = ids.stream().map(this::filing).toList();
    assertThat(approved).allSatisfy(f -> {
      assertThat(f.status).isEqualTo(FilingStatus.APPROVED);
      assertThat(f.filingNo).isEqualTo(FilingNumberService.format(f.filingYear, f.filingSeq));
    });
    assertThat(approved).extracting(f -> f.filingNo).doesNotHaveDuplicates();
    assertThat(approved).extracting(f -> f.filingYear).containsOnly(LocalDate.now(clock).getYear());
    List<Integer> seqs = approved.stream().map(f -> f.filingSeq).sorted().toList();
    int first = seqs.get(0);
    assertThat(seqs).containsExactly(first, first + 1, first + 2, first + 3);
  }

  @Test
  void aRolledBackApprovalGivesItsNumberBack() {
    long id = atProvinceReview();
    decide(id, "provinceEduReview", EDU, Decision.APPROVE);
    String stTask = task(id, "provinceStReview").getId();
    String processInstanceId = filing(id).processInstanceId;

    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    String numberTakenThenRolledBack = tx.execute(status -> {
      taskService.complete(stTask, Map.of("provinceStReviewDecision", "APPROVE"));
      Job join = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
      managementService.executeJob(join.getId());
      String taken = filing(id).filingNo;
      status.setRollbackOnly();
      return taken;
    });
    assertThat(numberTakenThenRolledBack).matches(FILING_NO);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(filing(id).filingNo).isNull();
    assertThat(task(id, "provinceStReview").getId()).isEqualTo(stTask);

    decide(id, "provinceStReview", ST, Decision.APPROVE);
    assertThat(filing(id).filingNo).as("gap-free: the same number again").isEqualTo(numberTakenThenRolledBack);
  }

  @Test
  void numbersAreOnlyTakenInsideATransaction() {
    assertThatThrownBy(() -> numberService.next(LocalDate.now(clock).getYear()))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(FilingNumberService.format(2026, 1)).isEqualTo("鲁区校备〔2026〕第0001号");
    assertThat(FilingNumberService.format(2027, 123)).isEqualTo("鲁区校备〔2027〕第0123号");
  }
}
