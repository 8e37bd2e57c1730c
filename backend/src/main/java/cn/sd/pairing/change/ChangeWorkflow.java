package cn.sd.pairing.change;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.security.UserPrincipal;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change filing's side of the engine (process-models/bpmn/pairing-change.bpmn): start, resume after a return,
 * withdraw. Which step comes next is the BPMN's business.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ChangeWorkflow {
  public static final String KEY = "pairing-change";
  static final String VAR_CHANGE_ID = "changeId";
  static final String VAR_COUNTERPART_ORG_ID = "counterpartOrgId";
  static final String MESSAGE_WITHDRAW = "withdrawChange";
  static final String REVISE_TASK = "changeRevise";
  private static final String CANNOT_WITHDRAW = "省科技厅已开始审核或变更申请已办结，不能撤回";

  private final RuntimeService runtime;
  private final TaskService tasks;

  public ChangeWorkflow(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Starts pairing-change for a change of a filing; the counterpart is the party told of it. */
  public String start(FilingChange change, long counterpartOrgId) {
    return runtime.startProcessInstanceByKey(KEY, String.valueOf(change.filingId), Map.of(
        FilingProcess.VAR_FILING_ID, change.filingId,
        VAR_CHANGE_ID, change.id,
        VAR_COUNTERPART_ORG_ID, counterpartOrgId)).getId();
  }

  /** The waiting revision task of a returned change; null when the change is not returned. */
  public Task reviseTask(FilingChange change) {
    return tasks.createTaskQuery().processInstanceId(change.processInstanceId).taskDefinitionKey(REVISE_TASK)
        .singleResult();
  }

  public void resume(Task revise, UserPrincipal user) {
    tasks.setAssignee(revise.getId(), user.username());
    tasks.complete(revise.getId());
  }

  /** Whether the process waits for a withdrawal now (the city review pending, or the change returned). */
  public boolean withdrawable(FilingChange change) {
    return change.processInstanceId != null && runtime.createEventSubscriptionQuery()
        .processInstanceId(change.processInstanceId).eventType("message").eventName(MESSAGE_WITHDRAW).count() > 0;
  }

  /** 409 once the BPMN no longer waits for the message (the province reviews it, or it has ended). */
  public void withdraw(FilingChange change) {
    if (!withdrawable(change)) {
      throw ApiException.conflict(CANNOT_WITHDRAW);
    }
    try {
      runtime.createMessageCorrelation(MESSAGE_WITHDRAW).processInstanceId(change.processInstanceId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException movedOnMeanwhile) {
      throw ApiException.conflict(CANNOT_WITHDRAW);
    }
  }
}
