package cn.sd.pairing.filing;

import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.qualification.QualificationService;
import cn.sd.pairing.report.AnnualReportCycles;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task 生成备案编号: numbers the filing, marks it approved, grants its qualification
 * (policy scope and support measures) and starts its annual report cycle, all in the approving transaction.
 */
@Component("approveFilingDelegate")
public class ApproveFilingDelegate implements JavaDelegate {
  private final FilingNumberService numbers;
  private final FilingMapper filings;
  private final NotificationService notifications;
  private final QualificationService qualifications;
  private final AnnualReportCycles reportCycles;
  private final Clock clock;

  public ApproveFilingDelegate(FilingNumberService numbers, FilingMapper filings, NotificationService notifications,
      QualificationService qualifications, AnnualReportCycles reportCycles, Clock clock) {
    this.qualifications = qualifications;
    this.reportCycles = reportCycles;
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
    qualifications.grant(filingId);
    reportCycles.start(filingId, year); // the first report covers the year of approval
    execution.setVariable("filingNo", filingNo);
    notifications.notifyParties(filingId, "备案通过，备案编号" + filingNo);
  }
}
