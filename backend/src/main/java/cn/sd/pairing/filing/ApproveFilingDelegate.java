package cn.sd.pairing.filing;

import cn.sd.pairing.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task 生成备案编号: numbers the filing and marks it approved. */
@Component("approveFilingDelegate")
public class ApproveFilingDelegate implements JavaDelegate {
  private final FilingNumberService numbers;
  private final FilingMapper filings;
  private final NotificationService notifications;
  private final Clock clock;

  public ApproveFilingDelegate(FilingNumberService numbers, FilingMapper filings, NotificationService notifications,
      Clock clock) {
    this.numbers = numbers;
    this.filings = filings;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long filingId = FilingStatusUpdater.filingId(execution);
    LocalDateTime now = LocalDateTime.now(clock);
    int year = now.getYear();
    int seq = numbers.next(year);
    String filingNo = FilingNumberService.format(year, seq);
    filings.markApproved(filingId, year, seq, filingNo, now);
    execution.setVariable("filingNo", filingNo);
    notifications.notifyParties(filingId, "备案通过，备案编号" + filingNo);
  }
}
