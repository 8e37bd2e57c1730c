package cn.sd.pairing.metrics;

import cn.sd.pairing.config.ClockConfig;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read model for filings submitted before it existed (or written around the engine, as the benchmark's
 * generator does): figures of the filings that have none from Camunda's history, then the pair and step sums again
 * from scratch, in one transaction. It runs once the engine (and so its tables) exists and before the web server
 * takes requests, so no dashboard reads a half-filled model; a database whose figures are complete costs one check.
 */
@Component
public class FiguresBackfill implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(FiguresBackfill.class);

  private final FiguresMapper figures;
  private final TransactionTemplate transaction;

  /** @param engine only its existence: Camunda's tables are there once it is built */
  public FiguresBackfill(FiguresMapper figures, TransactionTemplate transaction, ProcessEngine engine) {
    this.figures = figures;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    fill();
  }

  /** The Beijing year of each process end, one UPDATE per year (the years, not the filings, are looped over). */
  private void setEndedYears() {
    FiguresMapper.EndRange range = figures.endRangeWithoutYear();
    if (range == null || range.first() == null) {
      return;
    }
    int last = year(range.last());
    for (int year = year(range.first()); year <= last; year++) {
      figures.setEndedYear(year, startOf(year), startOf(year + 1));
    }
  }

  private static int year(Date time) {
    return LocalDate.ofInstant(time.toInstant(), ClockConfig.ZONE).getYear();
  }

  private static Date startOf(int year) {
    return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ClockConfig.ZONE).toInstant());
  }

  /** Fills what is missing; returns the number of filings filled (0 when the model was complete). */
  public int fill() {
    Integer filled = transaction.execute(status -> {
      if (figures.anyFilingWithoutFigures() == null) {
        return 0;
      }
      long start = System.nanoTime();
      int filings = figures.insertMissingFilings(FiguresHistoryHandler.REVISE_STEP);
      setEndedYears();
      figures.deletePairs();
      figures.deleteSteps();
      int pairs = figures.insertPairs();
      int steps = figures.insertSteps();
      log.info("Monitoring read model filled from Camunda's history: {} filings, {} pairs, {} step rows in {} ms",
          filings, pairs, steps, (System.nanoTime() - start) / 1_000_000);
      return filings;
    });
    return filled == null ? 0 : filled;
  }
}
