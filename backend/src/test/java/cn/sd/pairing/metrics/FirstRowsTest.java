package cn.sd.pairing.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's first rows (FirstRows) under concurrency, on the real pool and database: first filings of one
 * pair at the same moment all count, and requests that each hold one of every connection of the application pool
 * still make their first rows (they once waited for a second connection of that pool until its timeout: 503).
 */
class FirstRowsTest extends IntegrationTest {
  /** Pairs of ids no registry row has (the read model's tables have no foreign keys). */
  private static final long ZONE = 990_001;

  @Autowired FirstRows firstRows;
  @Autowired FiguresMapper figures;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeRows() {
    jdbc.update("DELETE FROM pair_figures WHERE zone_id = ?", ZONE);
  }

  @Test
  void firstFilingsOfOnePairAtOnceAllCount() throws Exception {
    int threads = 6;
    List<Exception> failures = inTransactionsAtOnce(threads, i -> 1L);
    assertThat(failures).isEmpty();
    assertThat(jdbc.queryForObject("SELECT filings FROM pair_figures WHERE zone_id = ? AND university_id = 1",
        Long.class, ZONE)).isEqualTo(threads);
  }

  @Test
  void requestsHoldingEveryConnectionOfThePoolStillMakeTheirFirstRows() throws Exception {
    int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
    List<Exception> failures = inTransactionsAtOnce(poolSize, i -> 100L + i);
    assertThat(failures).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pair_figures WHERE zone_id = ? AND filings = 1",
        Long.class, ZONE)).isEqualTo(poolSize);
  }

  interface University {
    long of(int thread);
  }

  /**
   * Each thread takes a connection in its own transaction, waits (up to 3 s) until the others hold theirs, then makes
   * its pair's first row and adds one filing to it, as FiguresHistoryHandler does; the failures, if any.
   */
  private List<Exception> inTransactionsAtOnce(int threads, University university) throws Exception {
    CyclicBarrier together = new CyclicBarrier(threads);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        long universityId = university.of(i);
        done.add(pool.submit(() -> {
          tx.executeWithoutResult(status -> {
            figures.addToPair(ZONE, universityId, 0, 0, 0); // takes the transaction's connection
            try {
              together.await(3, TimeUnit.SECONDS);
            } catch (Exception notAllInTime) {
              // the job executor may hold a connection: go on with those that have one
            }
            if (figures.addToPair(ZONE, universityId, 1, 0, 0) == 0) {
              firstRows.pair(ZONE, universityId);
              figures.addToPair(ZONE, universityId, 1, 0, 0);
            }
          });
          return null;
        }));
      }
      List<Exception> failures = new ArrayList<>();
      for (Future<?> f : done) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
          failures.add(e);
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }
}
