package cn.sd.pairing.metrics;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.metrics.MetricsMapper.Week;
import cn.sd.pairing.metrics.MetricsViews.Coverage;
import cn.sd.pairing.metrics.MetricsViews.CoverageGroup;
import cn.sd.pairing.metrics.MetricsViews.CoverageRow;
import cn.sd.pairing.metrics.MetricsViews.DrillItem;
import cn.sd.pairing.metrics.MetricsViews.DurationRow;
import cn.sd.pairing.metrics.MetricsViews.DurationSum;
import cn.sd.pairing.metrics.MetricsViews.LiveStep;
import cn.sd.pairing.metrics.MetricsViews.Pipeline;
import cn.sd.pairing.metrics.MetricsViews.ReportYear;
import cn.sd.pairing.metrics.MetricsViews.ReportedFigures;
import cn.sd.pairing.metrics.MetricsViews.ResultFigure;
import cn.sd.pairing.metrics.MetricsViews.Results;
import cn.sd.pairing.metrics.MetricsViews.ReworkRow;
import cn.sd.pairing.metrics.MetricsViews.Speed;
import cn.sd.pairing.metrics.MetricsViews.SpeedFigures;
import cn.sd.pairing.metrics.MetricsViews.StatusCount;
import cn.sd.pairing.metrics.MetricsViews.StatusFigure;
import cn.sd.pairing.metrics.MetricsViews.StepFigure;
import cn.sd.pairing.metrics.MetricsViews.StepSum;
import cn.sd.pairing.metrics.MetricsViews.UniversityRow;
import cn.sd.pairing.metrics.MetricsViews.UnpairedZone;
import cn.sd.pairing.metrics.MetricsViews.WeekPoint;
import cn.sd.pairing.report.AnnualReportViews.Detail;
import cn.sd.pairing.report.ReportCalendar;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.City;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.ZoneLevel;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provincial monitoring figures (docs/monitoring.md). Every figure is one set-based query in MetricsMapper; Java
 * only scopes the caller, fixes "today" from the application clock and shapes the aggregated rows.
 */
@Service
@Transactional(readOnly = true)
public class MetricsService {
  /** Weeks of the weekly approvals series, the current one included. */
  private static final int WEEKS = 26;
  private static final Set<String> RESULT_GROUPS = Set.of("zone", "city", "university");
  private static final double HOUR_MS = 3_600_000.0;

  private final MetricsMapper mapper;
  private final OrgMapper orgs;
  private final RepositoryService repository;
  private final Clock clock;
  private final LocalDate targetDate;

  public MetricsService(MetricsMapper mapper, OrgMapper orgs, RepositoryService repository, Clock clock,
      @Value("${pairing.monitoring.target-date:2026-12-31}") LocalDate targetDate) {
    this.mapper = mapper;
    this.orgs = orgs;
    this.repository = repository;
    this.clock = clock;
    this.targetDate = targetDate;
  }

  // ---------------------------------------------------------------- coverage

  public Coverage coverage(UserPrincipal user, String city) {
    MetricsScope scope = MetricsScope.of(user, city);
    LocalDate today = today();
    List<CoverageGroup> byCity = mapper.coverageByCity(scope, today).stream()
        .map(row -> group(row.code, row.name, row.zones, row.covered)).toList();
    List<CoverageGroup> byLevel = mapper.coverageByLevel(scope, today).stream()
        .map(row -> group(row.code, row.code == null ? "未设置级别" : ZoneLevel.labelOf(row.code), row.zones,
            row.covered))
        .toList();
    CoverageGroup overall = group(null, "合计", byCity.stream().mapToLong(CoverageGroup::zones).sum(),
        byCity.stream().mapToLong(CoverageGroup::covered).sum());
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, targetDate));
    return new Coverage(today, targetDate, daysLeft, overall, byCity, byLevel,
        mapper.participatingUniversities(scope, today));
  }

  public List<UnpairedZone> unpairedZones(UserPrincipal user, String city, String level) {
    List<UnpairedZone> zones = mapper.unpairedZones(MetricsScope.of(user, city), today(), blankToNull(level));
    zones.forEach(zone -> zone.zoneLevelLabel = ZoneLevel.labelOf(zone.zoneLevel));
    return zones;
  }

  public List<UniversityRow> universities(UserPrincipal user, String city) {
    return mapper.universities(MetricsScope.of(user, city), today());
  }

  private static CoverageGroup group(String code, String name, long zones, long covered) {
    double rate = zones == 0 ? 0 : round4((double) covered / zones);
    return new CoverageGroup(code, name, zones, covered, zones - covered, rate, round4(1 - rate));
  }

  // ---------------------------------------------------------------- pipeline

  public Pipeline pipeline(UserPrincipal user, String city) {
    MetricsScope scope = MetricsScope.of(user, city);
    Map<FilingStatus, Long> counts = mapper.filingsByStatus(scope).stream()
        .collect(Collectors.toMap(row -> row.status, row -> row.filings));
    List<StatusFigure> statuses = Arrays.stream(FilingStatus.values())
        .filter(status -> status != FilingStatus.DRAFT)
        .map(status -> new StatusFigure(status, status.label(), counts.getOrDefault(status, 0L)))
        .toList();
    List<LiveStep> steps = mapper.liveSteps(scope, now());
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(FilingProcess.KEY).latestVersion().singleResult();
    return new Pipeline(definition == null ? null : definition.getId(), statuses, steps,
        steps.stream().mapToLong(step -> step.openTasks).sum(), steps.stream().mapToLong(step -> step.overdue).sum());
  }

  // ---------------------------------------------------------------- speed

  /**
   * @param year only approvals of this year (Beijing time) count for the durations; null = all. Rework, late steps and
   *     time per step come from the read model's sums (sql/V18), open and overdue-now tasks from the engine's runtime.
   */
  public Speed speed(UserPrincipal user, String city, Integer year) {
    MetricsScope scope = MetricsScope.of(user, city);
    Date now = now();
    Map<String, ReworkRow> rework = reworkByCity(scope, now);
    ReworkRow total = new ReworkRow();
    rework.values().forEach(row -> {
      total.filings += row.filings;
      total.returnRounds += row.returnRounds;
      total.returnedFilings += row.returnedFilings;
      total.overdueSteps += row.overdueSteps;
    });
    List<DurationSum> sums = mapper.durationSums(scope, year);
    long approved = sums.stream().mapToLong(sum -> sum.approved).sum();
    DurationRow overallDurations = approved == 0 ? null
        : durations(scope, year, null, approved, sums.stream().mapToLong(sum -> sum.totalMs).sum());
    SpeedFigures overall = figures(null, "合计", overallDurations, rework.isEmpty() ? null : total);

    Map<String, DurationRow> durations = new HashMap<>();
    sums.forEach(sum -> durations.put(sum.code, durations(scope, year, sum.code, sum.approved, sum.totalMs)));
    Map<String, String> cityNames = orgs.findCities().stream().collect(Collectors.toMap(City::code, City::name));
    List<SpeedFigures> byCity = rework.keySet().stream().sorted()
        .map(code -> figures(code, cityNames.get(code), durations.get(code), rework.get(code)))
        .toList();
    return new Speed(year, overall, byCity, steps(scope, now), weekly(scope));
  }

  /**
   * Count, mean and the nearest-rank median and 90th percentile (the value at rank ⌈p·n⌉) of n approvals of the scope
   * (or of one city): two reads at their rank in an index ordered by duration, each from its nearer end; no sort of all
   * approvals.
   */
  private DurationRow durations(MetricsScope scope, Integer year, String city, long n, long totalMs) {
    DurationRow row = new DurationRow();
    row.code = city;
    row.approved = n;
    row.meanMs = (double) totalMs / n;
    row.medianMs = durationAt(scope, year, city, n, rank(n, 1, 2));
    row.p90Ms = durationAt(scope, year, city, n, rank(n, 9, 10));
    return row;
  }

  /** The duration at a 1-based rank of n, read from the nearer end of the index (the p90 is 0.1·n from the top). */
  private long durationAt(MetricsScope scope, Integer year, String city, long n, long rank) {
    return rank - 1 <= n - rank ? mapper.durationAt(scope, year, city, rank - 1, false)
        : mapper.durationAt(scope, year, city, n - rank, true);
  }

  /** ⌈n·num/den⌉ in integers (0.9·10 in doubles is 9.000000000000002). */
  private static long rank(long n, long num, long den) {
    return (n * num + den - 1) / den;
  }

  /** Per city: the read model's rework sums, plus its late steps and the tasks open past their due date now. */
  private Map<String, ReworkRow> reworkByCity(MetricsScope scope, Date now) {
    Map<String, ReworkRow> rows = new HashMap<>();
    mapper.reworkByCity(scope).forEach(row -> rows.put(row.code, row));
    mapper.lateStepsByCity(scope).forEach(late -> rows.computeIfPresent(late.code, (code, row) -> {
      row.overdueSteps += late.count;
      return row;
    }));
    mapper.openOverdueByCity(scope, now).forEach(open -> rows.computeIfPresent(open.code, (code, row) -> {
      row.overdueSteps += open.count;
      return row;
    }));
    return rows;
  }

  /** Time per step: completed instances (read model) beside the open and overdue ones (runtime), by task key. */
  private List<StepFigure> steps(MetricsScope scope, Date now) {
    Map<String, StepSum> sums = mapper.stepSums(scope).stream()
        .collect(Collectors.toMap(sum -> sum.step, Function.identity()));
    Map<String, LiveStep> live = mapper.liveSteps(scope, now).stream()
        .collect(Collectors.toMap(step -> step.step, Function.identity()));
    return Stream.concat(sums.keySet().stream(), live.keySet().stream()).distinct().sorted()
        .map(key -> {
          StepSum sum = sums.get(key);
          LiveStep open = live.get(key);
          long completed = sum == null ? 0 : sum.completed;
          return new StepFigure(key, sum != null ? sum.name : open.name, completed,
              completed == 0 ? null : hours((double) sum.completedMs / completed), open == null ? 0 : open.openTasks,
              (sum == null ? 0 : sum.late) + (open == null ? 0 : open.overdue));
        })
        .toList();
  }

  private static SpeedFigures figures(String code, String name, DurationRow d, ReworkRow r) {
    long filings = r == null ? 0 : r.filings;
    long rounds = r == null ? 0 : r.returnRounds;
    return new SpeedFigures(code, name, d == null ? 0 : d.approved, d == null ? null : hours(d.meanMs),
        d == null || d.medianMs == null ? null : hours(d.medianMs.doubleValue()),
        d == null || d.p90Ms == null ? null : hours(d.p90Ms.doubleValue()),
        filings, rounds, r == null ? 0 : r.returnedFilings, filings == 0 ? 0 : round4((double) rounds / filings),
        r == null ? 0 : r.overdueSteps);
  }

  /** Approvals per week (Monday to Sunday, Beijing time) of the last {@link #WEEKS} weeks, oldest first. */
  private List<WeekPoint> weekly(MetricsScope scope) {
    LocalDate first = firstWeek();
    List<Week> latestFirst = new ArrayList<>();
    for (int i = WEEKS - 1; i >= 0; i--) {
      latestFirst.add(new Week(startOf(first.plusWeeks(i)), i));
    }
    Map<Integer, Long> counts = new HashMap<>();
    mapper.weeklyApprovals(scope, latestFirst, startOf(first), startOf(first.plusWeeks(WEEKS)))
        .forEach(row -> counts.put(row.weekIndex, row.approvals));
    List<WeekPoint> points = new ArrayList<>();
    for (int i = 0; i < WEEKS; i++) {
      points.add(new WeekPoint(first.plusWeeks(i), counts.getOrDefault(i, 0L)));
    }
    return points;
  }

  /** Monday of the oldest week of the weekly series. */
  private LocalDate firstWeek() {
    return today().with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
  }

  // ---------------------------------------------------------------- results

  /**
   * @param year the reporting year (null: the latest year with reports in the scope, else last year); the planned
   *     figures are those of the pairings active today whatever the year
   */
  public Results results(UserPrincipal user, String city, String by, Integer year) {
    String group = by == null || by.isBlank() ? "zone" : by.strip();
    if (!RESULT_GROUPS.contains(group)) {
      throw ApiException.badField("by", "汇总方式只能是 zone（按高新区）、city（按城市）或 university（按高校）");
    }
    MetricsScope scope = MetricsScope.of(user, city);
    List<ReportYear> years = mapper.reportYears(scope);
    int shown = year != null ? year : defaultReportYear(years);
    List<ResultFigure> rows = mapper.results(scope, today(), group, shown).stream()
        .map(r -> new ResultFigure(r.id, r.code, r.name, r.cityName, r.pairings, r.plannedProjects,
            r.plannedBudgetWan, r.plannedPlatforms, r.plannedPeople, r.reports, r.reports == 0 ? null
            : new ReportedFigures(r.projectsStarted, r.projectsFinished, r.breakthroughs, r.transfers,
                r.contractValueWan, r.scenarios, r.platformsBuilt, r.vicePresidents, r.industryProfessors,
                r.fundingWan)))
        .toList();
    return new Results(group, shown, years.stream().map(y -> y.reportYear).toList(),
        years.stream().anyMatch(y -> y.approved > 0), mapper.reportCounts(scope, shown, ReportCalendar.now()), rows);
  }

  /** The annual reports behind a results number (the year defaults as in {@link #results}). */
  public PageResult<Detail> resultReports(UserPrincipal user, String city, ReportDrill drill, int page, int size) {
    MetricsScope scope = MetricsScope.of(user, city);
    ReportDrill query = drill.in(drill.year() != null ? drill.year() : defaultReportYear(mapper.reportYears(scope)));
    LocalDateTime now = ReportCalendar.now();
    return new PageResult<>(mapper.reportCount(scope, query, now),
        mapper.reportPage(scope, query, now, size, (long) (page - 1) * size).stream()
            .map(r -> Detail.of(r, now, false)).toList());
  }

  /** The latest year with reports in the scope; before any, the year just ended (the first one reported). */
  private int defaultReportYear(List<ReportYear> years) {
    return years.isEmpty() ? today().getYear() - 1 : years.get(0).reportYear;
  }

  // ---------------------------------------------------------------- drill-down

  public PageResult<DrillItem> drill(UserPrincipal user, String city, DrillQuery query, int page, int size) {
    MetricsScope scope = MetricsScope.of(user, city);
    LocalDate today = today();
    Date now = now();
    Date from = query.from() == null ? null : startOf(query.from());
    Date to = query.to() == null ? null : startOf(query.to());
    long total = mapper.drillCount(scope, query, today, now, from, to);
    List<DrillItem> items = mapper.drillPage(scope, query, today, now, from, to, size, (long) (page - 1) * size)
        .stream()
        .map(r -> new DrillItem(r.id, r.filingNo, r.status, r.status.label(), r.zoneName, r.cityName,
            ZoneLevel.labelOf(r.zoneLevel), r.subjectName, r.parentUniversityName, r.startDate, r.endDate,
            r.submittedAt, r.approvedAt))
        .toList();
    return new PageResult<>(total, items);
  }

  // ---------------------------------------------------------------- time

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Date now() {
    return Date.from(clock.instant());
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }

  private static Double hours(Double ms) {
    return ms == null ? null : Math.round(ms / HOUR_MS * 100) / 100.0;
  }

  private static double round4(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
