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

  /** Planned figures of the active pairings of one zone, city or university. */
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

  /**
   * Figures of the annual results reports (年度成效报告) of one zone, city or university. The report itself is
   * another feature; until it lands every answer carries reported = null and reportsAvailable = false.
   */
  public record ReportedFigures(long projectsStarted, long projectsFinished, long breakthroughs, long transfers,
      BigDecimal contractValueWan, long scenarios, long platformsBuilt, long vicePresidents, long industryProfessors,
      BigDecimal fundingWan) {}

  public record ResultFigure(Long id, String code, String name, String cityName, long pairings, long plannedProjects,
      BigDecimal plannedBudgetWan, long plannedPlatforms, long plannedPeople, ReportedFigures reported) {}

  public record Results(String by, boolean reportsAvailable, List<ResultFigure> rows) {}

  public record DrillItem(long id, String filingNo, FilingStatus status, String statusLabel, String zoneName,
      String cityName, String zoneLevelLabel, String subjectName, String parentUniversityName, LocalDate startDate,
      LocalDate endDate, LocalDateTime submittedAt, LocalDateTime approvedAt) {}
}
