package cn.sd.pairing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The product's jar on MariaDB, started and stopped by the benchmark: start-up time, RSS, GC pauses. */
final class AppProcess implements AutoCloseable {
  private static final Pattern PAUSE = Pattern.compile("Pause.* ([0-9.]+)ms$");
  /** The heap limit and collector README and docs/deployment.md give for production (a node of two cores). */
  private static final List<String> PRODUCTION_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

  final String base;
  final double startupSeconds;
  private final Process process;
  private final Path gcLog;

  private AppProcess(String base, double startupSeconds, Process process, Path gcLog) {
    this.base = base;
    this.startupSeconds = startupSeconds;
    this.process = process;
    this.gcLog = gcLog;
  }

  /**
   * Starts the jar and waits until it is ready for users: a demo user can log in (so the application
   * runners, e.g. the demo seeder, have run too).
   */
  static AppProcess start(Config config, String database) throws IOException, InterruptedException {
    Path runDir = config.workDir.resolve("app-" + database);
    Files.createDirectories(runDir);
    Path gcLog = runDir.resolve("gc.log");
    Files.deleteIfExists(gcLog);
    // the production heap limit and collector (README, docs/deployment.md); BENCH_APP_JVM_OPTS comes after them
    List<String> command = new ArrayList<>(List.of("java", "-Xlog:gc:file=" + gcLog));
    command.addAll(PRODUCTION_JVM);
    String extra = System.getenv().getOrDefault("BENCH_APP_JVM_OPTS", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", config.jar.toString(), "--spring.profiles.active=mysql",
        "--pairing.mysql-database=" + database, "--server.port=" + config.port,
        "--pairing.data-dir=" + runDir.resolve("data")));
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(runDir.resolve("app.log").toFile());
    // as in production (README): glibc's malloc arenas, one per thread by default, otherwise grow the RSS past the heap
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();
    String base = "http://127.0.0.1:" + config.port;
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app stopped during start-up: see " + runDir.resolve("app.log"));
      }
      if ((System.nanoTime() - start) / 1e9 > 600) {
        process.destroy();
        throw new IllegalStateException("the app did not become ready in 600 s: see " + runDir.resolve("app.log"));
      }
      try {
        Http.login(base, "monitor", null);
        break;
      } catch (IllegalStateException notYet) {
        // not listening yet, or the demo accounts are not there yet
      }
      // not too often: a failed login costs a BCrypt hash, which would slow the start-up it measures
      Thread.sleep(500);
    }
    return new AppProcess(base, (System.nanoTime() - start) / 1e9, process, gcLog);
  }

  long pid() {
    return process.pid();
  }

  /** Resident set size of the app's JVM in MB (VmRSS of /proc/<pid>/status). */
  double rssMb() throws IOException {
    return rssMb(process.pid());
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  /** {count, total ms, max ms} of the GC pauses logged so far. */
  double[] gcPauses() throws IOException {
    double count = 0;
    double total = 0;
    double max = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = PAUSE.matcher(line.trim());
        if (m.find()) {
          double ms = Double.parseDouble(m.group(1));
          count++;
          total += ms;
          max = Math.max(max, ms);
        }
      }
    }
    return new double[] {count, total, max};
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
