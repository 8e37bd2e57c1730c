package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.OrgMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing's side of the engine: start the review process, resume it after a return,
 * withdraw. Which step comes next is the BPMN's business, not this class's.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FilingWorkflow {
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final OrgMapper orgs;

  public FilingWorkflow(RuntimeService runtime, TaskService tasks, OrgMapper orgs) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.orgs = orgs;
  }

  /** Starts pairing-filing; the DMN filing-routing reads the two organisation types. */
  public String start(Filing filing) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FilingProcess.VAR_FILING_ID, filing.id);
    variables.put(FilingProcess.VAR_INITIATOR_TYPE, orgs.findById(filing.initiatorOrgId).type.name());
    variables.put(FilingProcess.VAR_SUBJECT_TYPE, orgs.findById(filing.universityId).type.name());
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(FilingProcess.KEY, String.valueOf(filing.id), variables);
    return instance.getId();
  }

  /** The waiting revise task, offered to the initiator's operators; null when the filing is not returned. */
  public Task reviseTask(Filing filing) {
    Object group = runtime.getVariable(filing.processInstanceId, FilingProcess.VAR_INITIATOR_GROUP);
    if (group == null) {
      return null;
    }
    return tasks.createTaskQuery().processInstanceId(filing.processInstanceId)
        .taskCandidateGroup((String) group).includeAssignedTasks().singleResult();
  }

  public void resume(Task revise, UserPrincipal user) {
    tasks.setAssignee(revise.getId(), user.username());
    tasks.complete(revise.getId());
  }

  /** Withdrawal is only possible while the BPMN still waits for the message (before city review). */
  public void withdraw(Filing filing) {
    long waiting = runtime.createEventSubscriptionQuery().processInstanceId(filing.processInstanceId)
        .eventType("message").eventName(FilingProcess.MESSAGE_WITHDRAW).count();
    if (waiting == 0) {
      throw ApiException.conflict("市科技局初审已开始或备案已办结，不能撤回");
    }
    try {
      runtime.createMessageCorrelation(FilingProcess.MESSAGE_WITHDRAW)
          .processInstanceId(filing.processInstanceId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException movedOnMeanwhile) {
      throw ApiException.conflict("市科技局初审已开始或备案已办结，不能撤回");
    }
  }
}
