package cn.sd.pairing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * What a run cost: CPU seconds of its processes (user + system, from /proc/<pid>/stat) and the statements MariaDB
 * received (its global Questions counter). Unlike wall time per call these do not depend on what else the two cores
 * are doing, so they say where a filing's cost goes — the app's JVM, the benchmark's own JVM (HTTP clients; for the
 * raw engine the engine itself) or MariaDB.
 */
final class Costs {
  /** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every kernel this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  private Costs() {
  }

  /** A reading of the app (pid, or -1 when there is none), this JVM and mariadbd, and the statements so far. */
  record Reading(double app, double bench, double database, long statements) {
    Reading minus(Reading before) {
      return new Reading(app - before.app, bench - before.bench, database - before.database,
          statements - before.statements);
    }

    double total() {
      return app + bench + database;
    }
  }

  static Reading read(long appPid, Connection db) throws IOException, SQLException {
    long statements;
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      rs.next();
      statements = rs.getLong(2);
    }
    return new Reading(appPid < 0 ? 0 : seconds(appPid), seconds(ProcessHandle.current().pid()),
        seconds(mariadbPid()), statements);
  }

  static double seconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    // fields after the command name (which may hold spaces) in parentheses: state is field 3, utime 14, stime 15
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
  }

  private static long mariadbPid() throws IOException {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> {
            try {
              String comm = Files.readString(p.resolve("comm")).strip();
              return comm.equals("mariadbd") || comm.equals("mysqld");
            } catch (IOException gone) {
              return false;
            }
          })
          .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst()
          .orElseThrow(() -> new IllegalStateException("no mariadbd process"));
    }
  }
}
