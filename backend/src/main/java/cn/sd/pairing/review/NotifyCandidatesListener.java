package cn.sd.pairing.review;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.security.CandidateGroups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (create): tells the holders of the task's candidate groups that it waits for them. */
@Component("notifyCandidates")
public class NotifyCandidatesListener implements TaskListener {
  private final NotificationService notifications;
  private final FilingMapper filings;

  public NotifyCandidatesListener(NotificationService notifications, FilingMapper filings) {
    this.notifications = notifications;
    this.filings = filings;
  }

  @Override
  public void notify(DelegateTask task) {
    long filingId = ((Number) task.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
    Filing filing = filings.findById(filingId);
    List<String> groups = CandidateGroups.of(task.getCandidates());
    notifications.notifyGroups(groups, "待办：" + task.getName() + "（" + filing.zoneName + " 与 "
        + filing.universityName + "）", filingId, task.getId());
  }
}
