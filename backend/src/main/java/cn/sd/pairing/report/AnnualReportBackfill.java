package cn.sd.pairing.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every start-up: approved pairings without a reporting cycle (approved before annual reports existed, or
 * restored from a backup) get theirs. Idempotent, so it costs one query once every pairing has a cycle.
 * Off with pairing.annual-report.backfill-on-startup=false (then nothing starts them).
 */
@Component
public class AnnualReportBackfill {
  private static final Logger log = LoggerFactory.getLogger(AnnualReportBackfill.class);

  private final AnnualReportCycles cycles;
  private final boolean enabled;

  public AnnualReportBackfill(AnnualReportCycles cycles,
      @Value("${pairing.annual-report.backfill-on-startup:true}") boolean enabled) {
    this.cycles = cycles;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void startMissingCycles() {
    if (!enabled) {
      return;
    }
    int started = cycles.startMissing();
    if (started > 0) {
      log.info("Started the annual report cycle of {} approved pairing(s) that had none", started);
    }
  }
}
