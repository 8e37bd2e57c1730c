package cn.sd.pairing.filing;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the BPMN (${filingStatus.set(execution, 'X')}) so the shown state follows the path taken. */
@Component("filingStatus")
public class FilingStatusUpdater {
  private final FilingMapper filings;
  private final Clock clock;

  public FilingStatusUpdater(FilingMapper filings, Clock clock) {
    this.filings = filings;
    this.clock = clock;
  }

  public void set(DelegateExecution execution, String status) {
    long filingId = ((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
    filings.updateStatus(filingId, FilingStatus.valueOf(status), LocalDateTime.now(clock));
  }
}
