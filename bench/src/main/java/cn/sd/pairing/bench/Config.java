package cn.sd.pairing.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-line options (--name=value) with the defaults of bench/README.md. */
final class Config {
  final Map<String, String> options = new HashMap<>();
  final Path root;
  final Path jar;
  final Path workDir;
  final int port;

  Config(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    root = Path.of(get("root", ".")).toAbsolutePath().normalize();
    // --jar=path: another build of the product, e.g. the one before a fix, for a before/after on the same data
    jar = options.containsKey("jar") ? Path.of(get("jar", "")).toAbsolutePath()
        : root.resolve("backend/target/backend-0.1.0-SNAPSHOT.jar");
    workDir = root.resolve("bench/target/run");
    port = integer("port", 8108);
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  int integer(String name, int fallback) {
    return Integer.parseInt(get(name, String.valueOf(fallback)));
  }

  String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:3306/" + database + "?useUnicode=true&characterEncoding=UTF-8"
        + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&serverTimezone=Asia/Shanghai"
        + "&rewriteBatchedStatements=true&allowLoadLocalInfile=false";
  }
}
