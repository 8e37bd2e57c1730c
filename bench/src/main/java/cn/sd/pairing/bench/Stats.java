package cn.sd.pairing.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies per call type; thread-safe. Percentiles by the nearest-rank method. */
final class Stats {
  private final Map<String, ConcurrentLinkedQueue<Long>> byLabel = new ConcurrentHashMap<>();
  private final List<String> order = new ArrayList<>();

  void record(String label, long nanos) {
    byLabel.computeIfAbsent(label, l -> {
      synchronized (order) {
        order.add(l);
      }
      return new ConcurrentLinkedQueue<>();
    }).add(nanos);
  }

  List<String> labels() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  int count(String label) {
    return byLabel.getOrDefault(label, new ConcurrentLinkedQueue<>()).size();
  }

  /** p in 0..100, in milliseconds. */
  double percentile(String label, double p) {
    long[] sorted = byLabel.get(label).stream().mapToLong(Long::longValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** label → {p50, p95, p99} in ms */
  Map<String, double[]> summary() {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String label : labels()) {
      out.put(label, new double[] {percentile(label, 50), percentile(label, 95), percentile(label, 99)});
    }
    return out;
  }

  /** "min / median / max" of repeated measurements. */
  static String spread(double[] values, String format) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(format, v[0]) + " / " + String.format(format, v[v.length / 2]) + " / "
        + String.format(format, v[v.length - 1]);
  }
}
