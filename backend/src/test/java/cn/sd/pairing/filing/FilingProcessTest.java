package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sd.pairing.IntegrationTest;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pairing-filing.bpmn on the real Spring-configured engine and database: every path, the
 * status column at every step, the re-entry after a return, and the filing numbers.
 */
class FilingProcessTest extends IntegrationTest {
  private static final String ZONE = "zone_jinan";
  private static final String SDU = "U001";

  @Autowired HistoryService historyService;
  @Autowired FilingNumberService numberService;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  private ProcessInstance process(long filingId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(filing(filingId).processInstanceId)
        .singleResult();
  }

  private static ProcessInstanceAssert assertProcess(ProcessInstance instance) {
    return BpmnAwareTests.assertThat(instance);
  }

  /** Completes the filing's open review task with a decision, as the engine sees it. */
  private Task decide(long filingId, String expectedTaskKey, String decision) {
    Task task = openTask(filingId);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(expectedTaskKey);
    assertThat(task.getFormKey()).isEqualTo(FilingProcess.FORM_REVIEW);
    taskService.complete(task.getId(), Map.of(FilingProcess.VAR_DECISION, decision));
    return task;
  }

  /** The initiator resubmits a returned filing (completes task revise through the service). */
  private void resubmit(long filingId) {
    Task revise = openTask(filingId);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo("revise");
    assertThat(revise.getFormKey()).isEqualTo("revise");
    filingService.submit(filingId, completeForm(SDU), user(ZONE));
  }

  private FilingStatus status(long filingId) {
    return filing(filingId).status;
  }

  private long passes(ProcessInstance instance, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).count();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  void happyPathCityThenProvinceApprovalNumbersTheFiling() {
    long id = draft(ZONE, SDU);
    assertThat(status(id)).isEqualTo(FilingStatus.DRAFT);
    assertThat(filing(id).processInstanceId).isNull();

    filingService.submit(id, completeForm(SDU), user(ZONE));
    ProcessInstance instance = process(id);
    assertProcess(instance).isStarted().hasProcessDefinitionKey(FilingProcess.KEY)
        .hasBusinessKey(String.valueOf(id)).isWaitingAtExactly("cityReview")
        .hasVariables(FilingProcess.VAR_FILING_ID, FilingProcess.VAR_CITY_REVIEW_GROUP,
            FilingProcess.VAR_PROVINCE_ST_GROUP, FilingProcess.VAR_INITIATOR_GROUP);
    assertThat(status(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(filing(id).submittedAt).isNotNull();
    // the city task is offered to the 济南 bureau's reviewers only
    assertThat(candidateGroups(openTask(id)))
        .containsExactly(CandidateGroups.of(orgId("CB370100"), Role.CITY_REVIEWER));

    decide(id, "cityReview", "APPROVE");
    assertProcess(instance).hasPassed("cityReview", "cityDecision").isWaitingAtExactly("provinceReview");
    assertThat(status(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(candidateGroups(openTask(id)))
        .containsExactly(CandidateGroups.of(orgId("PROV-ST"), Role.PROVINCE_ST_REVIEWER));

    decide(id, "provinceReview", "APPROVE");
    assertProcess(instance).hasPassedInOrder("submitted", "cityReview", "provinceReview", "approveFiling", "approved")
        .hasNotPassed("revise", "reentry").isEnded();

    Filing approved = filing(id);
    assertThat(approved.status).isEqualTo(FilingStatus.APPROVED);
    assertThat(approved.approvedAt).isNotNull();
    int year = LocalDate.now(clock).getYear();
    Matcher no = FILING_NO.matcher(approved.filingNo);
    assertThat(no.matches()).as("filing number %s", approved.filingNo).isTrue();
    assertThat(Integer.parseInt(no.group(1))).isEqualTo(year).isEqualTo(approved.filingYear);
    assertThat(Integer.parseInt(no.group(2))).isEqualTo(approved.filingSeq).isPositive();
    assertThat(approved.filingNo).isEqualTo(FilingNumberService.format(year, approved.filingSeq));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("filingNo").singleResult().getValue()).isEqualTo(approved.filingNo);
  }

  @Test
  void returnAtCityGoesToReviseAndReentersCityReview() {
    long id = submitted(ZONE, SDU);
    ProcessInstance instance = process(id);

    decide(id, "cityReview", "RETURN");
    assertProcess(instance).hasPassed("cityReview").hasNotPassed("provinceReview").isWaitingAtExactly("revise");
    assertThat(status(id)).isEqualTo(FilingStatus.RETURNED);
    assertThat(runtimeService.getVariable(instance.getId(), "returnedFrom")).isEqualTo("cityReview");
    // the revision is offered to the initiating zone's operators
    assertThat(candidateGroups(openTask(id)))
        .containsExactly(CandidateGroups.of(orgId("GX370101"), Role.ZONE_OPERATOR));

    resubmit(id);
    assertProcess(instance).hasPassed("revise", "reentry").isWaitingAtExactly("cityReview");
    assertThat(status(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(passes(instance, "cityReview")).isEqualTo(2);

    decide(id, "cityReview", "APPROVE");
    decide(id, "provinceReview", "APPROVE");
    assertProcess(instance).isEnded();
    assertThat(status(id)).isEqualTo(FilingStatus.APPROVED);
  }

  @Test
  void returnAtProvinceReentersProvinceReviewNotCity() {
    long id = submitted(ZONE, SDU);
    ProcessInstance instance = process(id);
    decide(id, "cityReview", "APPROVE");

    decide(id, "provinceReview", "RETURN");
    assertProcess(instance).isWaitingAtExactly("revise");
    assertThat(status(id)).isEqualTo(FilingStatus.RETURNED);
    assertThat(runtimeService.getVariable(instance.getId(), "returnedFrom")).isEqualTo("provinceReview");

    resubmit(id);
    assertProcess(instance).isWaitingAtExactly("provinceReview");
    assertThat(status(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(passes(instance, "cityReview")).as("city review is not repeated").isEqualTo(1);
    assertThat(passes(instance, "provinceReview")).isEqualTo(2);

    decide(id, "provinceReview", "APPROVE");
    assertProcess(instance).hasPassed("approveFiling").isEnded();
    assertThat(status(id)).isEqualTo(FilingStatus.APPROVED);
    assertThat(filing(id).filingNo).matches(FILING_NO);
  }

  @Test
  void twoReturnsInARowAtEachStepKeepTheStatusInStepAndTheHistory() {
    long id = draft(ZONE, SDU);
    List<FilingStatus> seen = new ArrayList<>(List.of(status(id)));
    filingService.submit(id, completeForm(SDU), user(ZONE));
    ProcessInstance instance = process(id);
    seen.add(status(id));

    decide(id, "cityReview", "RETURN");
    seen.add(status(id));
    resubmit(id);
    seen.add(status(id));
    decide(id, "cityReview", "RETURN");
    seen.add(status(id));
    resubmit(id);
    assertProcess(instance).isWaitingAtExactly("cityReview");
    seen.add(status(id));
    decide(id, "cityReview", "APPROVE");
    seen.add(status(id));
    decide(id, "provinceReview", "RETURN");
    seen.add(status(id));
    resubmit(id);
    assertProcess(instance).isWaitingAtExactly("provinceReview");
    seen.add(status(id));
    decide(id, "provinceReview", "RETURN");
    seen.add(status(id));
    resubmit(id);
    assertProcess(instance).isWaitingAtExactly("provinceReview");
    seen.add(status(id));
    decide(id, "provinceReview", "APPROVE");
    seen.add(status(id));

    assertThat(seen).containsExactly(FilingStatus.DRAFT,
        FilingStatus.CITY_REVIEW, FilingStatus.RETURNED, FilingStatus.CITY_REVIEW, FilingStatus.RETURNED,
        FilingStatus.CITY_REVIEW, FilingStatus.PROVINCE_REVIEW, FilingStatus.RETURNED, FilingStatus.PROVINCE_REVIEW,
        FilingStatus.RETURNED, FilingStatus.PROVINCE_REVIEW, FilingStatus.APPROVED);
    assertProcess(instance).isEnded();
    assertThat(passes(instance, "cityReview")).isEqualTo(3);
    assertThat(passes(instance, "provinceReview")).isEqualTo(3);
    assertThat(passes(instance, "revise")).isEqualTo(4);
    assertThat(passes(instance, "approveFiling")).isEqualTo(1);
    List<String> path = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityType("userTask").orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
    assertThat(path).containsExactly("cityReview", "revise", "cityReview", "revise", "cityReview",
        "provinceReview", "revise", "provinceReview", "revise", "provinceReview");
    // every round is kept: one submit and four resubmissions recorded by the service
    assertThat(filingService.detail(id, user(ZONE)).opinions()).extracting(FilingViews.Opinion::action)
        .containsExactly(OpinionAction.SUBMIT, OpinionAction.RESUBMIT, OpinionAction.RESUBMIT,
            OpinionAction.RESUBMIT, OpinionAction.RESUBMIT);
  }

  @Test
  void concurrentApprovalsOfDifferentFilingsGetConsecutiveUniqueNumbers() throws Exception {
    int n = 4;
    List<Long> ids = new ArrayList<>();
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long id = submitted(ZONE, SDU);
      decide(id, "cityReview", "APPROVE");
      ids.add(id);
      taskIds.add(openTask(id).getId());
    }
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String taskId : taskIds) {
        done.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          taskService.complete(taskId, Map.of(FilingProcess.VAR_DECISION, "APPROVE"));
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
    long id = submitted(ZONE, SDU);
    decide(id, "cityReview", "APPROVE");
    String taskId = openTask(id).getId();

    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    String numberTakenThenRolledBack = tx.execute(status -> {
      taskService.complete(taskId, Map.of(FilingProcess.VAR_DECISION, "APPROVE"));
      String taken = filing(id).filingNo;
      status.setRollbackOnly();
      return taken;
    });
    assertThat(numberTakenThenRolledBack).matches(FILING_NO);
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(filing(id).filingNo).isNull();
    assertThat(openTask(id).getId()).isEqualTo(taskId);

    taskService.complete(taskId, Map.of(FilingProcess.VAR_DECISION, "APPROVE"));
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
