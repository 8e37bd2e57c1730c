package cn.sd.pairing.metrics;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.FilingStatus;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Which filings stand behind a number of the dashboard (docs/monitoring.md): the kind of number and the filters
 * it was shown with. Checked here so that a malformed link answers 400 with the field at fault.
 */
public record DrillQuery(Kind kind, FilingStatus status, String step, boolean overdue, LocalDate from, LocalDate to,
    String level, Long zoneId, Long universityId) {

  public enum Kind {
    /** Active pairings (coverage; with universityId those of one university). */
    COVERED,
    /** Filings under way: confirmation, consent, review or revision (a zone's on the unpaired list). */
    IN_PROGRESS,
    /** Filings in one state (pipeline). */
    STATUS,
    /** Filings with an open task at one BPMN step (pipeline diagram); overdue = only past its due date. */
    STEP,
    /** Filings approved between from (inclusive) and to (exclusive) (speed, weekly approvals). */
    APPROVED,
    /** Filings returned for revision at least once (rework). */
    RETURNED,
    /** Filings with at least one overdue step instance (optionally at one step). */
    OVERDUE
  }

  public static DrillQuery of(String kind, FilingStatus status, String step, Boolean overdue, LocalDate from,
      LocalDate to, String level, Long zoneId, Long universityId) {
    Kind parsed = parse(kind);
    if (parsed == Kind.STATUS && status == null) {
      throw ApiException.badField("status", "请指定备案状态");
    }
    if (parsed == Kind.STEP && (step == null || step.isBlank())) {
      throw ApiException.badField("step", "请指定流程环节");
    }
    if (parsed == Kind.APPROVED && (from == null || to == null || !from.isBefore(to))) {
      throw ApiException.badField("from", "请指定正确的起止日期（开始日期早于结束日期）");
    }
    return new DrillQuery(parsed, status, step == null || step.isBlank() ? null : step.strip(),
        Boolean.TRUE.equals(overdue), from, to, level == null || level.isBlank() ? null : level.strip(), zoneId,
        universityId);
  }

  private static Kind parse(String kind) {
    if (kind == null || kind.isBlank()) {
      throw ApiException.badField("kind", "请指定要查看的指标");
    }
    try {
      return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("kind", "不支持的指标：" + kind);
    }
  }
}
