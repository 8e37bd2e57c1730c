package cn.sd.pairing.metrics;

import cn.sd.pairing.metrics.MetricsViews.CityCount;
import cn.sd.pairing.metrics.MetricsViews.CoverageRow;
import cn.sd.pairing.metrics.MetricsViews.DrillRow;
import cn.sd.pairing.metrics.MetricsViews.DurationSum;
import cn.sd.pairing.metrics.MetricsViews.LiveStep;
import cn.sd.pairing.metrics.MetricsViews.ReportCounts;
import cn.sd.pairing.metrics.MetricsViews.ReportYear;
import cn.sd.pairing.metrics.MetricsViews.ResultRow;
import cn.sd.pairing.metrics.MetricsViews.ReworkRow;
import cn.sd.pairing.metrics.MetricsViews.StatusCount;
import cn.sd.pairing.metrics.MetricsViews.StepSum;
import cn.sd.pairing.metrics.MetricsViews.UniversityRow;
import cn.sd.pairing.metrics.MetricsViews.UnpairedZone;
import cn.sd.pairing.metrics.MetricsViews.WeekCount;
import cn.sd.pairing.report.AnnualReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The dashboard's queries (mapper/MetricsMapper.xml). Camunda times are java.util.Date, business dates LocalDate. */
@Mapper
public interface MetricsMapper {
  /** A week of the weekly series: its start and its index (0 = oldest). */
  record Week(Date start, int index) {}

  List<CoverageRow> coverageByCity(@Param("s") MetricsScope scope, @Param("today") LocalDate today);

  List<CoverageRow> coverageByLevel(@Param("s") MetricsScope scope, @Param("today") LocalDate today);

  List<UnpairedZone> unpairedZones(@Param("s") MetricsScope scope, @Param("today") LocalDate today,
      @Param("level") String level);

  List<UniversityRow> universities(@Param("s") MetricsScope scope, @Param("today") LocalDate today);

  long participatingUniversities(@Param("s") MetricsScope scope, @Param("today") LocalDate today);

  List<StatusCount> filingsByStatus(@Param("s") MetricsScope scope);

  List<LiveStep> liveSteps(@Param("s") MetricsScope scope, @Param("now") Date now);

  List<DurationSum> durationSums(@Param("s") MetricsScope scope, @Param("year") Integer year);

  /**
   * @param city null: the whole scope
   * @param offset entries before it, counted from the shortest duration, or from the longest with fromLongest
   */
  long durationAt(@Param("s") MetricsScope scope, @Param("year") Integer year, @Param("city") String city,
      @Param("offset") long offset, @Param("fromLongest") boolean fromLongest);

  List<ReworkRow> reworkByCity(@Param("s") MetricsScope scope);

  List<CityCount> lateStepsByCity(@Param("s") MetricsScope scope);

  List<CityCount> openOverdueByCity(@Param("s") MetricsScope scope, @Param("now") Date now);

  List<StepSum> stepSums(@Param("s") MetricsScope scope);

  /** @param weeks latest first, so the first week whose start the approval passed is its week */
  List<WeekCount> weeklyApprovals(@Param("s") MetricsScope scope, @Param("weeks") List<Week> weeks,
      @Param("from") Date from, @Param("to") Date to);

  List<ResultRow> results(@Param("s") MetricsScope scope, @Param("today") LocalDate today, @Param("by") String by,
      @Param("year") int year);

  List<ReportYear> reportYears(@Param("s") MetricsScope scope);

  /** @param now the engine's time (annual report times follow the engine clock, see ReportCalendar) */
  ReportCounts reportCounts(@Param("s") MetricsScope scope, @Param("year") int year,
      @Param("now") LocalDateTime now);

  List<AnnualReport> reportPage(@Param("s") MetricsScope scope, @Param("q") ReportDrill query,
      @Param("now") LocalDateTime now, @Param("limit") int limit, @Param("offset") long offset);

  long reportCount(@Param("s") MetricsScope scope, @Param("q") ReportDrill query, @Param("now") LocalDateTime now);

  List<DrillRow> drillPage(@Param("s") MetricsScope scope, @Param("q") DrillQuery query,
      @Param("today") LocalDate today, @Param("now") Date now, @Param("from") Date from, @Param("to") Date to,
      @Param("limit") int limit, @Param("offset") long offset);

  long drillCount(@Param("s") MetricsScope scope, @Param("q") DrillQuery query, @Param("today") LocalDate today,
      @Param("now") Date now, @Param("from") Date from, @Param("to") Date to);
}
