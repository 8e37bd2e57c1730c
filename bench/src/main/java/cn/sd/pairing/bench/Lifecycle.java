package cn.sd.pairing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * bench/lifecycle: N filings through submit → 对方确认 → 市科技局初审 → 省科技厅 ∥ 省教育厅 → approved, by C
 * concurrent clients, first against the product's jar (HTTP API, MariaDB), then against the raw engine
 * (Java API, same BPMN, same database, freshly recreated each time). Warm-up filings are excluded.
 */
public final class Lifecycle {
  private static final String[] ENGINE_STEPS = {"submit", "confirm", "city review", "province S&T", "province Edu"};

  public static void main(String[] args) throws Exception {
    Config config = new Config(args);
    int n = config.integer("filings", 2000);
    int clients = config.integer("clients", 8);
    int warmup = config.integer("warmup", 200);
    int reps = config.integer("reps", 3);
    String database = config.get("database", "pairing_bench_raw");
    boolean withRaw = !config.get("raw", "true").equals("false");
    System.out.printf("lifecycle: %d filings (+%d warm-up), %d clients, %d repetitions, database %s%n",
        n, warmup, clients, reps, database);

    List<Run> ours = new ArrayList<>();
    List<Run> raw = new ArrayList<>();
    for (int rep = 1; rep <= reps; rep++) {
      Db.recreate(config, database);
      ours.add(runOurs(config, database, n, clients, warmup, rep));
      System.out.println(ours.get(ours.size() - 1).line("ours", rep));
      if (withRaw) {
        Db.recreate(config, database);
        raw.add(runRaw(config, database, n, clients, warmup, rep));
        System.out.println(raw.get(raw.size() - 1).line("raw ", rep));
      }
    }
    report(ours, raw);
  }

  /** costs: what the measured window cost (see {@link Costs}). */
  record Run(double seconds, int filings, Stats stats, double startup, double rssStart, double rssLoad,
      double[] gc, Costs.Reading costs) {
    double perSecond() {
      return filings / seconds;
    }

    String line(String who, int rep) {
      return String.format("  rep %d %s: %.1f filings/s (%.1f s), CPU ms per filing: app %.0f, bench JVM %.0f, "
          + "MariaDB %.0f, statements %.0f%s", rep, who, perSecond(), seconds, perFiling(c -> c.app() * 1000),
          perFiling(c -> c.bench() * 1000), perFiling(c -> c.database() * 1000), perFiling(Costs.Reading::statements),
          startup > 0 ? String.format(", start-up %.1f s, RSS %.0f → %.0f MB, GC pauses %d (total %.0f ms, max %.0f ms)",
              startup, rssStart, rssLoad, (int) gc[0], gc[1], gc[2]) : "");
    }

    /** A part of the run's costs divided by its measured filings. */
    double perFiling(java.util.function.ToDoubleFunction<Costs.Reading> part) {
      return part.applyAsDouble(costs) / filings;
    }
  }

  private static Run runOurs(Config config, String database, int n, int clients, int warmup, int rep)
      throws Exception {
    try (AppProcess app = AppProcess.start(config, database); Connection db = Db.connect(config, database)) {
      double rssStart = app.rssMb();
      long subject = Db.scalar(db, "SELECT id FROM org WHERE code = 'U001'");
      List<Http[]> sessions = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        sessions.add(new Http[5]);
      }
      Stats warm = new Stats();
      Stats measured = new Stats();
      String[] users = {"zone_jinan", "univ_sdu", "city_jinan", "prov_st", "prov_edu"};
      Random seeds = new Random(8L * rep);
      // warm-up: its own sessions and stats, thrown away
      drive(clients, warmup, (client, i) -> oursOne(login(app.base, users, warm), subject, new Random(i)));
      Db.awaitCount(db, "SELECT COUNT(*) FROM filing WHERE status = 'APPROVED'", warmup, 300);
      for (int c = 0; c < clients; c++) {
        Http[] s = sessions.get(c);
        for (int u = 0; u < users.length; u++) {
          s[u] = Http.login(app.base, users[u], measured);
        }
      }
      long seed = seeds.nextLong();
      Costs.Reading before = Costs.read(app.pid(), db);
      long start = System.nanoTime();
      drive(clients, n, (client, i) -> oursOne(sessions.get(client), subject, new Random(seed + i)));
      Db.awaitCount(db, "SELECT COUNT(*) FROM filing WHERE status = 'APPROVED'", warmup + n, 600);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(seconds, n, measured, app.startupSeconds, rssStart, app.rssMb(), app.gcPauses(),
          Costs.read(app.pid(), db).minus(before));
    }
  }

  private static Http[] login(String base, String[] users, Stats stats) {
    Http[] s = new Http[users.length];
    for (int u = 0; u < users.length; u++) {
      s[u] = Http.login(base, users[u], stats);
    }
    return s;
  }

  private static void oursOne(Http[] s, long subject, Random random) {
    JsonNode d = Filings.submit(s[0], Filings.form(null, subject, random));
    d = Filings.decide(s[1], "confirm", Filings.task(d, "对方确认"), Filings.APPROVE);
    d = Filings.decide(s[2], "city review", Filings.task(d, "市科技局初审"), Filings.APPROVE);
    String edu = Filings.task(d, "省教育厅会审");
    Filings.decide(s[3], "province S&T", Filings.task(d, "省科技厅审核"), Filings.APPROVE);
    Filings.decide(s[4], "province Edu", edu, Filings.APPROVE);
  }

  private static Run runRaw(Config config, String database, int n, int clients, int warmup, int rep)
      throws Exception {
    try (RawEngine raw = new RawEngine(config, database); Connection db = Db.connect(config, database)) {
      Stats warm = new Stats();
      Stats measured = new Stats();
      String approved = "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_ACT_ID_ = 'approved'";
      drive(clients, warmup, (client, i) -> rawOne(raw, "w" + i, warm));
      Db.awaitCount(db, approved, warmup, 300);
      Costs.Reading before = Costs.read(-1, db);
      long start = System.nanoTime();
      drive(clients, n, (client, i) -> rawOne(raw, "r" + rep + "-" + i, measured));
      Db.awaitCount(db, approved, warmup + n, 600);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(seconds, n, measured, 0, 0, 0, new double[3], Costs.read(-1, db).minus(before));
    }
  }

  /** The same steps on the engine's Java API: each step also reads the open tasks, as the API's answer does. */
  private static void rawOne(RawEngine raw, String businessKey, Stats stats) {
    RuntimeService runtime = raw.engine.getRuntimeService();
    TaskService tasks = raw.engine.getTaskService();
    long t = System.nanoTime();
    String pi = runtime.startProcessInstanceByKey("pairing-filing", businessKey,
        Map.of("filingId", 1L, "initiatorType", "ZONE", "subjectType", "UNIVERSITY")).getId();
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi).list();
    t = lap(stats, "submit", t);
    String[] labels = {"confirm", "city review"};
    for (String label : labels) {
      Task task = open.get(0);
      tasks.setAssignee(task.getId(), "bench");
      tasks.complete(task.getId(), Map.of(task.getTaskDefinitionKey() + "Decision", "APPROVE"));
      open = tasks.createTaskQuery().processInstanceId(pi).list();
      t = lap(stats, label, t);
    }
    for (String key : new String[] {"provinceStReview", "provinceEduReview"}) {
      Task task = open.stream().filter(x -> x.getTaskDefinitionKey().equals(key)).findFirst().orElseThrow();
      tasks.setAssignee(task.getId(), "bench");
      tasks.complete(task.getId(), Map.of(key + "Decision", "APPROVE"));
      open = tasks.createTaskQuery().processInstanceId(pi).list();
      t = lap(stats, key.equals("provinceStReview") ? "province S&T" : "province Edu", t);
    }
  }

  /** A row of {@link Costs} per measured filing, ours and raw. */
  private static void costRow(List<Run> ours, List<Run> raw, String label,
      java.util.function.ToDoubleFunction<Costs.Reading> part) {
    double[] o = ours.stream().mapToDouble(run -> run.perFiling(part)).toArray();
    double[] r = raw.stream().mapToDouble(run -> run.perFiling(part)).toArray();
    System.out.println("| " + label + " | " + Stats.spread(o, "%.0f") + " | "
        + (r.length == 0 ? "–" : Stats.spread(r, "%.0f")) + " | – |");
  }

  private static long lap(Stats stats, String label, long since) {
    long now = System.nanoTime();
    stats.record(label, now - since);
    return now;
  }

  interface Work {
    void run(int client, int index) throws Exception;
  }

  /** count items of work shared by clients threads; the first failure stops the run. */
  static void drive(int clients, int count, Work work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < count) {
            work.run(client, i);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(List<Run> ours, List<Run> raw) {
    System.out.println();
    System.out.println("| measure (min / median / max of " + ours.size() + ") | ours (jar, HTTP) | raw engine | ours/raw |");
    System.out.println("|---|---|---|---|");
    double[] oursRate = ours.stream().mapToDouble(Run::perSecond).toArray();
    double[] rawRate = raw.stream().mapToDouble(Run::perSecond).toArray();
    double[] ratio = new double[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      ratio[i] = rawRate[i] / oursRate[i];
    }
    System.out.println("| filings/s | " + Stats.spread(oursRate, "%.1f") + " | "
        + (raw.isEmpty() ? "–" : Stats.spread(rawRate, "%.1f")) + " | "
        + (raw.isEmpty() ? "–" : Stats.spread(ratio, "%.2f")) + " (time per filing) |");
    costRow(ours, raw, "CPU ms per filing, app JVM", r -> r.app() * 1000);
    costRow(ours, raw, "CPU ms per filing, bench JVM (clients; raw: the engine too)", r -> r.bench() * 1000);
    costRow(ours, raw, "CPU ms per filing, MariaDB", r -> r.database() * 1000);
    costRow(ours, raw, "CPU ms per filing, all three", r -> r.total() * 1000);
    costRow(ours, raw, "statements sent to MariaDB per filing", Costs.Reading::statements);
    for (String label : ours.get(0).stats().labels()) {
      if (label.equals("login") || label.equals("csrf")) {
        continue;
      }
      for (int p = 0; p < 3; p++) {
        int pi = p;
        double[] o = ours.stream().mapToDouble(r -> r.stats().summary().get(label)[pi]).toArray();
        boolean engineStep = List.of(ENGINE_STEPS).contains(label) && !raw.isEmpty();
        double[] r = engineStep ? raw.stream().mapToDouble(x -> x.stats().summary().get(label)[pi]).toArray() : null;
        String ratioText = "–";
        if (engineStep) {
          double[] q = new double[o.length];
          for (int i = 0; i < o.length; i++) {
            q[i] = o[i] / r[i];
          }
          ratioText = Stats.spread(q, "%.2f");
        }
        System.out.println("| " + label + " p" + new String[] {"50", "95", "99"}[p] + " ms | "
            + Stats.spread(o, "%.1f") + " | " + (r == null ? "–" : Stats.spread(r, "%.1f")) + " | " + ratioText + " |");
      }
    }
    System.out.println("| start-up s | " + Stats.spread(ours.stream().mapToDouble(Run::startup).toArray(), "%.1f")
        + " | – | – |");
    System.out.println("| RSS after start MB | "
        + Stats.spread(ours.stream().mapToDouble(Run::rssStart).toArray(), "%.0f") + " | – | – |");
    System.out.println("| RSS after the load MB | "
        + Stats.spread(ours.stream().mapToDouble(Run::rssLoad).toArray(), "%.0f") + " | – | – |");
    System.out.println("| GC pauses (count; max ms) | "
        + Stats.spread(ours.stream().mapToDouble(r -> r.gc()[0]).toArray(), "%.0f") + "; "
        + Stats.spread(ours.stream().mapToDouble(r -> r.gc()[2]).toArray(), "%.0f") + " | – | – |");
  }
}
