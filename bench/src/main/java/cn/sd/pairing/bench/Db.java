package cn.sd.pairing.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC to the bench databases (root, empty password, as on the development machines). */
final class Db {
  private Db() {}

  static Connection connect(Config config, String database) throws SQLException {
    return DriverManager.getConnection(config.jdbcUrl(database), "root", "");
  }

  static void recreate(Config config, String database) throws SQLException {
    // pairing_bench*, or a helper's own pairing_<name>_raw (a second lifecycle run beside the shared one)
    if (!database.matches("pairing_bench\\w*|pairing_[a-z0-9]+_raw")) {
      throw new IllegalArgumentException(
          "the benchmarks only recreate pairing_bench* and pairing_<name>_raw databases, not " + database);
    }
    try (Connection c = connect(config, ""); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Polls sql (a count) until it reaches expected, at most timeoutSeconds. */
  static void awaitCount(Connection c, String sql, long expected, int timeoutSeconds)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    long seen;
    while ((seen = scalar(c, sql)) < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + timeoutSeconds + " s for " + expected + ", saw " + seen + ": " + sql);
      }
      Thread.sleep(50);
    }
  }
}
