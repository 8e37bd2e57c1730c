package cn.sd.pairing.filing;

import cn.sd.pairing.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the BPMN (${filingStatus.set(execution, 'X')}) so the shown state follows the path taken. */
@Component("filingStatus")
public class FilingStatusUpdater {
  private final FilingMapper filings;
  private final NotificationService notifications;
  private final Clock clock;

  public FilingStatusUpdater(FilingMapper filings, NotificationService notifications, Clock clock) {
    this.filings = filings;
    this.notifications = notifications;
    this.clock = clock;
  }

  public void set(DelegateExecution execution, String status) {
    filings.updateStatus(filingId(execution), FilingStatus.valueOf(status), LocalDateTime.now(clock));
  }

  /** An end without approval: the state is final and both parties are told. */
  public void finish(DelegateExecution execution, String status) {
    FilingStatus finalStatus = FilingStatus.valueOf(status);
    long filingId = filingId(execution);
    filings.updateStatus(filingId, finalStatus, LocalDateTime.now(clock));
    notifications.notifyParties(filingId, "备案" + finalStatus.label());
  }

  static long filingId(DelegateExecution execution) {
    return ((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
  }
}
