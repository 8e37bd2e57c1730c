package cn.sd.pairing.metrics;

import cn.sd.pairing.filing.FilingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Rows the mapper fills (public fields) and the dashboard's answers (records); see docs/monitoring.md. */
public final class MetricsViews {
  private MetricsViews() {}

  // ---------------------------------------------------------------- mapper rows

  /** Zones and covered zones of one city or one level (code = city code or zone level). */
  public static class CoverageRow {
    public String code;
    public String name;
    public long zones;
    public long covered;
  }

  public static class UnpairedZone {
    public long id;
    public String name;
    public String cityCode;
    public String cityName;
    public String zoneLevel;
    public String zoneLevelLabel;
    /** Filings of the zone under way (confirmation, consent, review, revision). */
    public long inProgress;
  }

  public static class UniversityRow {
    public long id;
    public String name;
    public String cityCode;
    public String cityName;
    /** Distinct zones it has an active pairing with. */
    public long zones;
    public long pairings;
  }

  public static class StatusCount {
    public FilingStatus status;
    public long filings;
  }

  public static class LiveStep {
    public String step;
    public String name;
    public long openTasks;
    public long overdue;
  }

  /** Approvals of a city (as filed) and the sum of their durations. */
  public static class DurationSum {
    public String code;
    public long approved;
    public long totalMs;
  }

  public static class DurationRow {
    public String code;
    public String name;
    public long approved;
    public Double meanMs;
    public Long medianMs;
    public Long p90Ms;
  }

  public static class ReworkRow {
    public String code;
    public long filings;
    public long returnRounds;
    public long returnedFilings;
    public long overdueSteps;
  }

  /** A step's sums in the read model: completed instances, their total duration, the late ones. */
  public static class StepSum {
    public String step;
    public String name;
    public long completed;
    public long completedMs;
    public long late;
  }

  public static class CityCount {
    public String code;
    public long count;
  }

  public static class WeekCount {
    public int weekIndex;
    public long approvals;
  }

  /**
   * One zone, city or university: the planned figures of its active pairings, and the sums of its annual reports of
   * one year that the city has passed ({@code reports} of them).
   */
  public static class ResultRow {
    public Long id;
    public String code;
    public String name;
    public String cityName;
    public long pairings;
    public long plannedProjects;
    public BigDecimal plannedBudgetWan;
    public long plannedPlatforms;
    public long plannedPeople;
    public long reports;
    public long projectsStarted;
    public long projectsFinished;
    public long breakthroughs;
    public long transfers;
    public BigDecimal contractValueWan;
    public long scenarios;
    public long platformsBuilt;
    public long vicePresidents;
    public long industryProfessors;
    public BigDecimal fundingWan;
  }

  /** A year with annual reports in the scope, and how many of them the city has passed. */
  public static class ReportYear {
    public int reportYear;
    public long approved;
  }

  public static class DrillRow {
    public long id;
    public String filingNo;
    public FilingStatus status;
    public String zoneName;
    public String cityName;
    public String zoneLevel;
    public String subjectName;
    public String parentUniversityName;
    public LocalDate startDate;
    public LocalDate endDate;
    public LocalDateTime submittedAt;
    public LocalDateTime approvedAt;
  }

  // ---------------------------------------------------------------- answers

  /** rate = covered ÷ zones (0 without zones), gap = 1 − rate; both fractions rounded to 4 places. */
  public record CoverageGroup(String code, String name, long zones, long covered, long uncovered, double rate,
      double gap) {}

  public record Coverage(LocalDate asOf, LocalDate targetDate, long daysLeft, CoverageGroup overall,
      List<CoverageGroup> byCity, List<CoverageGroup> byLevel, long universities) {}

  public record StatusFigure(FilingStatus status, String label, long filings) {}

  public record Pipeline(String processDefinitionId, List<StatusFigure> statuses, List<LiveStep> steps,
      long openTasks, long overdueTasks) {}

  /**
   * Speed of one city (code/name) or overall (null): submission→approval in hours (mean, nearest-rank median and
   * p90), return rounds per submitted filing, overdue step instances.
   */
  public record SpeedFigures(String code, String name, long approved, Double meanHours, Double medianHours,
      Double p90Hours, long filings, long returnRounds, long returnedFilings, double returnsPerFiling,
      long overdueSteps) {}

  public record StepFigure(String step, String name, long completed, Double meanHours, long openTasks,
      long overdue) {}

  public record WeekPoint(LocalDate weekStart, long approvals) {}

  public record Speed(Integer year, SpeedFigures overall, List<SpeedFigures> byCity, List<StepFigure> steps,
      List<WeekPoint> weekly) {}

  /** Sums of the passed annual reports (年度成效报告) of one zone, city or university and year. */
  public record ReportedFigures(long projectsStarted, long projectsFinished, long breakthroughs, long transfers,
      BigDecimal contractValueWan, long scenarios, long platformsBuilt, long vicePresidents, long industryProfessors,
      BigDecimal fundingWan) {}

  /** {@code reported} is null when the group has no passed report of the year. */
  public record ResultFigure(Long id, String code, String name, String cityName, long pairings, long plannedProjects,
      BigDecimal plannedBudgetWan, long plannedPlatforms, long plannedPeople, long reports,
      ReportedFigures reported) {}

  /**
   * The annual reports of a year in the scope: due (opened and not closed by a termination), submitted at least
   * once, passed by the city, overdue (not submitted by the due date).
   */
  public static class ReportCounts {
    public long due;
    public long submitted;
    public long approved;
    public long overdue;
  }

  /**
   * @param year the reporting year shown (default: the latest with reports, else last year)
   * @param years the years with reports in the scope, latest first
   * @param reportsAvailable some report of the scope has been passed (any year)
   */
  public record Results(String by, int year, List<Integer> years, boolean reportsAvailable, ReportCounts reports,
      List<ResultFigure> rows) {}

  public record DrillItem(long id, String filingNo, FilingStatus status, String statusLabel, String zoneName,
      String cityName, String zoneLevelLabel, String subjectName, String parentUniversityName, LocalDate startDate,
      LocalDate endDate, LocalDateTime submittedAt, LocalDateTime approvedAt) {}
}
