package cn.sd.pairing.change;

import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from pairing-change.bpmn (${changeStatus.set(execution, 'X')}) so the shown state follows the path taken. */
@Component("changeStatus")
public class ChangeStatusUpdater {
  private final ChangeMapper changes;
  private final NotificationService notifications;
  private final Clock clock;

  public ChangeStatusUpdater(ChangeMapper changes, NotificationService notifications, Clock clock) {
    this.changes = changes;
    this.notifications = notifications;
    this.clock = clock;
  }

  public void set(DelegateExecution execution, String status) {
    changes.updateStatus(changeId(execution), ChangeStatus.valueOf(status), LocalDateTime.now(clock));
  }

  /** An end without approval (不予变更, 已撤回): the filing stays as it is; both parties are told. */
  public void finish(DelegateExecution execution, String status) {
    ChangeStatus finalStatus = ChangeStatus.valueOf(status);
    changes.decide(changeId(execution), finalStatus, LocalDateTime.now(clock));
    notifications.notifyParties(((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue(),
        "变更申请" + finalStatus.label());
  }

  private static long changeId(DelegateExecution execution) {
    return ((Number) execution.getVariable(ChangeWorkflow.VAR_CHANGE_ID)).longValue();
  }
}
