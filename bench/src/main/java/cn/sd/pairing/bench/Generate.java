package cn.sd.pairing.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bench/generate: a fresh pairing_bench with the registry extended, H historic filings (default 100,000)
 * written set-based into the business tables and Camunda's history tables, then F filings in flight
 * (default 5,000) moved along by the engine's Java API on the product's deployment (InFlight), so ACT_RU_*
 * holds real instances, tasks and timers. Fixed seed.
 */
public final class Generate {
  private static final int CHUNK = 1000;

  public static void main(String[] args) throws Exception {
    Config config = new Config(args);
    String database = config.get("database", "pairing_bench");
    int historic = config.integer("historic", 100_000);
    int inFlight = config.integer("inflight", 5_000);
    long seed = Long.parseLong(config.get("seed", "20260101"));
    // --phase=inflight: only the in-flight filings, on top of an existing dataset
    boolean historicPhase = !config.get("phase", "all").equals("inflight");
    long t0 = System.nanoTime();
    if (historicPhase) {
      Db.recreate(config, database);
    }
    Registry registry;
    try (AppProcess app = AppProcess.start(config, database); Connection c = Db.connect(config, database)) {
      System.out.printf("start of the product (schema, demo registry, process deployment): %.1f s%n", secs(t0));
      registry = historicPhase ? Registry.extend(c) : Registry.load(c);
      String procDefId = Db.text(c, "SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'pairing-filing' ORDER BY VERSION_ DESC LIMIT 1");
      System.out.printf("registry: %d zones, %d universities and units, %d cities; definition %s%n",
          registry.zones.size(), registry.subjects.size(), registry.bureauByCity.size(), procDefId);
      if (historicPhase) {
        long t1 = System.nanoTime();
        Map<Long, int[]> numbers = numbers(registry, procDefId, seed, historic);
        List<String> rebuild = HistoryIndexes.drop(c, database);
        System.out.printf("numbers, and the secondary indexes of %d ACT_HI_* tables dropped: %.1f s%n", rebuild.size(), secs(t1));
        long t2 = System.nanoTime();
        Tables total = writeHistoric(config, database, registry, procDefId, seed, historic, numbers);
        System.out.printf("historic: %d filings written in %.1f s%n", historic, secs(t2));
        total.written.forEach((table, rows) -> System.out.printf("  %-20s %,10d rows%n", table, rows));
        long t3 = System.nanoTime();
        HistoryIndexes.rebuild(c, rebuild);
        System.out.printf("secondary indexes of ACT_HI_* built again: %.1f s%n", secs(t3));
      }
    }

    // the product is stopped: the engine in this JVM moves the in-flight filings (see InFlight)
    long t4 = System.nanoTime();
    InFlight engine = new InFlight(config, database, registry);
    try {
      engine.run(seed, inFlight, LocalDateTime.now(ZoneId.of("Asia/Shanghai")), engine.nextFilingId());
    } finally {
      engine.close();
    }
    System.out.printf("in flight: %d filings through the engine's Java API in %.1f s%n", inFlight, secs(t4));

    // started again: it fills the monitoring read model of the filings written around it (FiguresBackfill)
    long t5 = System.nanoTime();
    try (AppProcess app = AppProcess.start(config, database); Connection c = Db.connect(config, database)) {
      System.out.printf("start of the product with the read model's backfill: %.1f s%n", secs(t5));
      try (Statement s = c.createStatement()) {
        // the rows were written past FilingService, which keeps a filing's planned figures beside it (sql/V23)
        long t6 = System.nanoTime();
        s.executeUpdate("UPDATE filing SET"
            + " planned_projects = (SELECT COUNT(*) FROM filing_project p WHERE p.filing_id = filing.id),"
            + " planned_budget_wan = (SELECT COALESCE(SUM(p.budget_wan), 0) FROM filing_project p WHERE p.filing_id = filing.id),"
            + " planned_platforms = (SELECT COUNT(*) FROM filing_platform p WHERE p.filing_id = filing.id)");
        System.out.printf("planned figures of the filings: %.1f s%n", secs(t6));
        s.execute("ANALYZE TABLE filing, filing_opinion, notification, filing_figures, pair_figures, step_figures,"
            + " ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_VARINST, ACT_HI_IDENTITYLINK, ACT_RU_TASK,"
            + " ACT_RU_EXECUTION, ACT_RU_IDENTITYLINK, ACT_RU_JOB");
      }
      System.out.println("filings by status: " + counts(c, "SELECT status, COUNT(*) FROM filing GROUP BY status ORDER BY 2 DESC"));
      System.out.println("open tasks by step: " + counts(c, "SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_ ORDER BY 2 DESC"));
    }
    System.out.printf("generate: done in %.1f s%n", secs(t0));
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String counts(Connection c, String sql) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append("  ");
      }
    }
    return out.toString();
  }

  /** Gap-free numbers per year in the order of approval: a dry pass finds every approval time. */
  private static Map<Long, int[]> numbers(Registry registry, String procDefId, long seed, int historic) {
    List<long[]> approvals = new ArrayList<>();
    for (long id = 1; id <= historic; id++) {
      HistoricFiling f = new HistoricFiling(registry, procDefId, seed, id, null).run(null);
      if (f.approvedAt != null) {
        approvals.add(new long[] {f.approvedAt.toEpochSecond(java.time.ZoneOffset.UTC), id, f.approvedAt.getYear()});
      }
    }
    approvals.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    Map<Long, int[]> numbers = new HashMap<>();
    Map<Integer, Integer> last = new HashMap<>();
    for (long[] a : approvals) {
      int year = (int) a[2];
      numbers.put(a[1], new int[] {year, last.merge(year, 1, Integer::sum)});
    }
    return numbers;
  }

  private static Tables writeHistoric(Config config, String database, Registry registry, String procDefId, long seed,
      int historic, Map<Long, int[]> numbers) throws Exception {
    Tables total = new Tables();
    AtomicInteger nextChunk = new AtomicInteger();
    int chunks = (historic + CHUNK - 1) / CHUNK;
    Map<String, Long> sums = new ConcurrentHashMap<>();
    // two writers: one builds rows while the other's batch is in MariaDB
    Lifecycle.drive(2, chunks, (writer, chunk) -> {
      try (Connection c = Db.connect(config, database)) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        Tables tables = new Tables();
        long from = (long) chunk * CHUNK + 1;
        long to = Math.min(historic, from + CHUNK - 1);
        for (long id = from; id <= to; id++) {
          new HistoricFiling(registry, procDefId, seed, id, tables).run(numbers);
        }
        tables.flush(c);
        tables.written.forEach((table, rows) -> sums.merge(table, rows, Long::sum));
      }
    });
    total.written.replaceAll((table, zero) -> sums.getOrDefault(table, 0L));
    try (Connection c = Db.connect(config, database);
         PreparedStatement s = c.prepareStatement("INSERT INTO filing_number_seq (filing_year, last_seq) VALUES (?, ?)")) {
      Map<Integer, Integer> last = new HashMap<>();
      numbers.values().forEach(n -> last.merge(n[0], n[1], Math::max));
      for (Map.Entry<Integer, Integer> e : last.entrySet()) {
        s.setInt(1, e.getKey());
        s.setInt(2, e.getValue());
        s.executeUpdate();
      }
    }
    return total;
  }


}
