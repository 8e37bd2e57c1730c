package cn.sd.pairing.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bench/read: read latency at scale (run bench/generate first) with C concurrent readers, each call type
 * p50/p95/p99 over three repetitions; warm-up calls excluded.
 */
public final class Read {
  /** The endpoints read, round-robin. {filing} is a random filing id (seeded). */
  static final List<Endpoint> ENDPOINTS = List.of(
      // 待办 as the page opens it: the first page of 20 with the counts
      new Endpoint("待办 list (province S&T)", "prov_st", "/api/tasks?page=1&size=20"),
      new Endpoint("待办 list (city Jinan)", "city_jinan", "/api/tasks?page=1&size=20"),
      new Endpoint("待办 list (university SDU)", "univ_sdu", "/api/tasks?page=1&size=20"),
      new Endpoint("待办 filtered (province S&T, one step, keyword)", "prov_st",
          "/api/tasks?page=2&size=20&taskKey=provinceStReview&q=%E9%AB%98%E6%96%B0"),
      new Endpoint("已办 list (city Jinan)", "city_jinan", "/api/tasks/done?page=1&size=20"),
      new Endpoint("filing detail", "prov_st", "/api/filings/{filing}"),
      new Endpoint("filing timeline", "prov_st", "/api/filings/{filing}/timeline"),
      new Endpoint("notifications page", "zone_jinan", "/api/notifications?page=1&size=20"),
      new Endpoint("notifications unread count", "zone_jinan", "/api/notifications/unread-count"),
      // the largest mailbox: every provincial review task notifies 省科技厅
      new Endpoint("notifications page (province S&T)", "prov_st", "/api/notifications?page=1&size=20"),
      new Endpoint("filing list (province)", "prov_st", "/api/filings?page=1&size=10"),
      // the monitoring dashboard (docs/monitoring.md), province-wide and for one city
      new Endpoint("dashboard coverage", "monitor", "/api/metrics/coverage"),
      new Endpoint("dashboard unpaired zones", "monitor", "/api/metrics/coverage/unpaired"),
      new Endpoint("dashboard universities", "monitor", "/api/metrics/coverage/universities"),
      new Endpoint("dashboard pipeline", "monitor", "/api/metrics/pipeline"),
      // the speed tab opens on all years (76k approvals); a year narrows it
      new Endpoint("dashboard speed (all years)", "monitor", "/api/metrics/speed"),
      new Endpoint("dashboard speed", "monitor", "/api/metrics/speed?year=2026"),
      new Endpoint("dashboard speed (city Jinan)", "city_jinan", "/api/metrics/speed?year=2026"),
      new Endpoint("dashboard results", "monitor", "/api/metrics/results?by=zone"),
      new Endpoint("dashboard drill-down", "monitor", "/api/metrics/filings?kind=COVERED&page=1&size=10"));

  record Endpoint(String label, String user, String path) {}

  record Run(Stats stats, double startup, double rssStart, double rssLoad, double[] gc) {}

  public static void main(String[] args) throws Exception {
    Config config = new Config(args);
    String database = config.get("database", "pairing_bench");
    int clients = config.integer("clients", 8);
    int calls = config.integer("calls", 4000);
    int warmup = config.integer("warmup", 800);
    int reps = config.integer("reps", 3);
    // --exclude=label,label: leave endpoints out (e.g. one that fails under load and would abort the run)
    List<String> excluded = List.of(config.get("exclude", "").split(","));
    // --only=prefix,prefix: just the endpoints whose label starts with one of them (a before/after of one fix)
    List<String> only = config.get("only", "").isBlank() ? List.of() : List.of(config.get("only", "").split(","));
    List<Endpoint> endpoints = ENDPOINTS.stream().filter(e -> !excluded.contains(e.label()))
        .filter(e -> only.isEmpty() || only.stream().anyMatch(e.label()::startsWith)).toList();
    long filings;
    try (Connection c = Db.connect(config, database)) {
      filings = Db.scalar(c, "SELECT COUNT(*) FROM filing");
    }
    System.out.printf("read: %d calls (+%d warm-up) by %d readers, %d repetitions, %d filings in %s%n",
        calls, warmup, clients, reps, filings, database);
    List<Run> runs = new ArrayList<>();
    for (int rep = 1; rep <= reps; rep++) {
      try (AppProcess app = AppProcess.start(config, database)) {
        double rssStart = app.rssMb();
        drive(app.base, endpoints, clients, warmup, filings, new Stats(), 7L);
        Stats stats = new Stats();
        drive(app.base, endpoints, clients, calls, filings, stats, 1000L * rep);
        Run run = new Run(stats, app.startupSeconds, rssStart, app.rssMb(), app.gcPauses());
        runs.add(run);
        System.out.printf("  rep %d: start-up %.1f s, RSS %.0f → %.0f MB, GC pauses %d (total %.0f ms, max %.0f ms)%n",
            rep, run.startup(), run.rssStart(), run.rssLoad(), (int) run.gc()[0], run.gc()[1], run.gc()[2]);
      }
    }
    System.out.println();
    System.out.println("| call (ms, min / median / max of " + reps + ") | p50 | p95 | p99 |");
    System.out.println("|---|---|---|---|");
    for (Endpoint e : endpoints) {
      StringBuilder line = new StringBuilder("| " + e.label() + " `GET " + e.path() + "` (" + e.user() + ")");
      for (int p = 0; p < 3; p++) {
        int pi = p;
        line.append(" | ").append(Stats.spread(runs.stream()
            .mapToDouble(r -> r.stats().summary().get(e.label())[pi]).toArray(), "%.1f"));
      }
      System.out.println(line.append(" |"));
    }
    System.out.println("| start-up s | " + Stats.spread(runs.stream().mapToDouble(Run::startup).toArray(), "%.1f")
        + " | | |");
    System.out.println("| RSS after start / after the load MB | "
        + Stats.spread(runs.stream().mapToDouble(Run::rssStart).toArray(), "%.0f") + " | "
        + Stats.spread(runs.stream().mapToDouble(Run::rssLoad).toArray(), "%.0f") + " | |");
  }

  private static void drive(String base, List<Endpoint> endpoints, int clients, int calls, long filings, Stats stats,
      long seed)
      throws Exception {
    Map<String, Http> sessions = new ConcurrentHashMap<>();
    Lifecycle.drive(clients, calls, (client, i) -> {
      Endpoint e = endpoints.get(i % endpoints.size());
      // logins are recorded under their own label, which the table leaves out
      Http http = sessions.computeIfAbsent(client + "/" + e.user(), k -> Http.login(base, e.user(), stats));
      long filing = 1 + new Random(seed + i).nextLong(filings);
      http.get(e.label(), e.path().replace("{filing}", String.valueOf(filing)));
    });
  }
}
