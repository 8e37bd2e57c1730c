package cn.sd.pairing.metrics;

import cn.sd.pairing.common.ApiException;
import java.util.Locale;

/**
 * Which annual reports stand behind a results number (GET /api/metrics/results/reports): a year, the state of the
 * count they make up (default APPROVED: the figures), and one zone or university of the table.
 */
public record ReportDrill(Integer year, State state, Long zoneId, Long universityId) {

  public enum State {
    /** Every report of the year (but those closed by a termination). */
    DUE,
    /** Submitted at least once. */
    SUBMITTED,
    /** Passed by the city: the ones whose figures count. */
    APPROVED,
    /** Not submitted by the due date. */
    OVERDUE
  }

  public static ReportDrill of(Integer year, String state, Long zoneId, Long universityId) {
    return new ReportDrill(year, parse(state), zoneId, universityId);
  }

  /** The same reports in a known year (the default year filled in). */
  ReportDrill in(int knownYear) {
    return new ReportDrill(knownYear, state, zoneId, universityId);
  }

  private static State parse(String state) {
    if (state == null || state.isBlank()) {
      return State.APPROVED;
    }
    try {
      return State.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("state", "报告状态只能是 DUE（应报）、SUBMITTED（已报送）、APPROVED（已通过）或 OVERDUE（逾期）");
    }
  }
}
