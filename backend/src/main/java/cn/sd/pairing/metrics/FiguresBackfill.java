package cn.sd.pairing.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the read model for filings submitted before it existed (or written around the engine, as the benchmark's
 * generator does): figures of the filings that have none from Camunda's history, then the pair and step sums again
 * from scratch, in one transaction at start-up. A database whose figures are complete costs one indexed check.
 */
@Component
@Order(0)
public class FiguresBackfill implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FiguresBackfill.class);

  private final FiguresMapper figures;

  public FiguresBackfill(FiguresMapper figures) {
    this.figures = figures;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (figures.anyFilingWithoutFigures() == null) {
      return;
    }
    long start = System.nanoTime();
    int filings = figures.insertMissingFilings(FiguresHistoryHandler.REVISE_STEP);
    figures.deletePairs();
    figures.deleteSteps();
    int pairs = figures.insertPairs();
    int steps = figures.insertSteps();
    log.info("Monitoring read model filled from Camunda's history: {} filings, {} pairs, {} step rows in {} ms",
        filings, pairs, steps, (System.nanoTime() - start) / 1_000_000);
  }
}
