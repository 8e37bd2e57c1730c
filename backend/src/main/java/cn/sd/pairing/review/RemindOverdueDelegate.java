package cn.sd.pairing.review;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.security.CandidateGroups;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * BPMN service task 催办, run by the non-interrupting timer on a review step's due date: the
 * step stays open and counts as overdue (its due date has passed); its reviewers and the
 * initiator are told.
 */
@Component("remindOverdue")
public class RemindOverdueDelegate implements JavaDelegate {
  private final TaskService tasks;
  private final FilingMapper filings;
  private final NotificationService notifications;

  public RemindOverdueDelegate(TaskService tasks, FilingMapper filings, NotificationService notifications) {
    this.tasks = tasks;
    this.filings = filings;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable("overdueTaskKey");
    long filingId = ((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
    Filing filing = filings.findById(filingId);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list()) {
      List<String> groups = CandidateGroups.of(tasks.getIdentityLinksForTask(task.getId()));
      String title = "催办：" + task.getName() + "已超过办理时限（" + filing.zoneName + " 与 " + filing.universityName + "）";
      notifications.notifyGroups(groups, title, filingId, task.getId());
      notifications.notifyGroups(List.of((String) execution.getVariable(FilingProcess.VAR_INITIATOR_GROUP)),
          "您的备案在“" + task.getName() + "”环节已超期，系统已催办", filingId, null);
    }
  }
}
