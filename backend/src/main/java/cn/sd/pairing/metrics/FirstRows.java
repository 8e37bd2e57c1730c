package cn.sd.pairing.metrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a read-model sum's first row, with nothing counted, committed at once, so that two first filings of one pair
 * at the same moment both add to one committed row, one after the other: had each inserted the row in its own
 * transaction, MariaDB would deadlock them (the loser's duplicate check waits for the winner, which waits for the
 * loser's lock). A zero row left by a transaction that then rolls back counts nothing.
 *
 * <p>The insert runs on a pool of its own (two auto-committing connections, the application pool's settings), not in
 * a REQUIRES_NEW transaction of the application pool: there, a request holding its connection waited for a second one,
 * and eight first submissions plus the job executor emptied the pool of ten — every waiting request then answered 503
 * after the pool's timeout (seen in bench/lifecycle). Here the waits are short and never on the application pool.
 */
@Component
class FirstRows implements DisposableBean {
  private final ObjectProvider<DataSource> application;
  private HikariDataSource pool;
  private JdbcTemplate jdbc;

  FirstRows(ObjectProvider<DataSource> application) {
    this.application = application;
  }

  void pair(long zoneId, long universityId) {
    insert("INSERT INTO pair_figures (zone_id, university_id, filings, return_rounds, returned_filings)"
        + " VALUES (?, ?, 0, 0, 0)", zoneId, universityId);
  }

  void step(long zoneId, long universityId, String step, String name) {
    insert("INSERT INTO step_figures (zone_id, university_id, step_key, step_name, completed, completed_ms, late)"
        + " VALUES (?, ?, ?, ?, 0, 0, 0)", zoneId, universityId, step, name);
  }

  private void insert(String sql, Object... args) {
    try {
      jdbc().update(sql, args);
    } catch (DuplicateKeyException madeMeanwhile) {
      // another transaction made it first: the caller adds to it
    }
  }

  private synchronized JdbcTemplate jdbc() {
    if (jdbc == null) {
      HikariConfig config = new HikariConfig();
      try {
        application.getObject().unwrap(HikariDataSource.class).copyStateTo(config);
      } catch (SQLException notHikari) {
        throw new IllegalStateException("the application's data source is expected to be a Hikari pool", notHikari);
      }
      config.setPoolName("figures-first-rows");
      config.setMaximumPoolSize(2);
      config.setMinimumIdle(0);
      config.setAutoCommit(true);
      pool = new HikariDataSource(config);
      jdbc = new JdbcTemplate(pool);
    }
    return jdbc;
  }

  @Override
  public synchronized void destroy() {
    if (pool != null) {
      pool.close();
    }
  }
}
