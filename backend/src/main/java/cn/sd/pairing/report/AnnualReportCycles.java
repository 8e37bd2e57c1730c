package cn.sd.pairing.report;

import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.report.AnnualReportMapper.PendingCycle;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporting cycle of each approved pairing: the process pairing-annual-report, started once per pairing
 * (in the approval's transaction, or by the start-up backfill for pairings approved before this feature) and
 * told when the pairing is terminated.
 */
@Service
@Transactional
public class AnnualReportCycles {
  private static final Logger log = LoggerFactory.getLogger(AnnualReportCycles.class);
  private static final int BATCH = 100;

  private final AnnualReportMapper reports;
  private final RuntimeService runtime;
  private final TransactionTemplate eachOnItsOwn;

  public AnnualReportCycles(AnnualReportMapper reports, RuntimeService runtime,
      PlatformTransactionManager transactionManager) {
    this.reports = reports;
    this.runtime = runtime;
    this.eachOnItsOwn = new TransactionTemplate(transactionManager);
    this.eachOnItsOwn.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
  }

  /**
   * Starts the pairing's cycle with {@code firstYear} as the first year to report, unless it has one already.
   *
   * @return whether a cycle was started
   */
  public boolean start(long filingId, int firstYear) {
    if (reports.hasCycle(filingId)) {
      return false;
    }
    // the primary key stops a second start running at the same moment (two nodes' backfills)
    reports.insertCycle(filingId, firstYear, ReportCalendar.now());
    String processInstanceId = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, String.valueOf(filingId),
        Variables.createVariables()
            .putValue(FilingProcess.VAR_FILING_ID, filingId)
            .putValue(AnnualReportProcess.VAR_NEXT_YEAR, firstYear))
        .getId();
    reports.setCycleProcess(filingId, processInstanceId);
    return true;
  }

  /** The termination path: the pairing's cycle ends at once, closing a report still open (none running: no-op). */
  public void pairingTerminated(long filingId) {
    runtime.createMessageCorrelation(AnnualReportProcess.MESSAGE_TERMINATED)
        .processInstanceBusinessKey(String.valueOf(filingId))
        .correlateAll();
  }

  /**
   * Starts the cycles that approved pairings lack: those approved before this feature existed. Reports are asked
   * from the year before the current one on (never further back), so the first one may open at once. Each pairing
   * gets its own transaction; a pairing that fails is logged and skipped.
   *
   * @return how many cycles were started
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public int startMissing() {
    int fromYear = ReportCalendar.now().getYear() - 1;
    int started = 0;
    long after = 0;
    while (true) {
      List<PendingCycle> batch = reports.findWithoutCycle(LocalDate.of(fromYear, 1, 1), after, BATCH);
      if (batch.isEmpty()) {
        return started;
      }
      for (PendingCycle pending : batch) {
        after = pending.filingId();
        try {
          if (Boolean.TRUE.equals(eachOnItsOwn.execute(
              tx -> start(pending.filingId(), Math.max(pending.approvedYear(), fromYear))))) {
            started++;
          }
        } catch (DuplicateKeyException startedElsewhere) {
          // another node started it at the same moment
        } catch (RuntimeException e) {
          log.error("Could not start the annual report cycle of filing {}", pending.filingId(), e);
        }
      }
    }
  }
}
