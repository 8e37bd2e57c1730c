package cn.sd.pairing.metrics;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.XlsxWriter;
import cn.sd.pairing.metrics.MetricsViews.Coverage;
import cn.sd.pairing.metrics.MetricsViews.CoverageGroup;
import cn.sd.pairing.metrics.MetricsViews.DrillItem;
import cn.sd.pairing.metrics.MetricsViews.Pipeline;
import cn.sd.pairing.metrics.MetricsViews.ReportedFigures;
import cn.sd.pairing.metrics.MetricsViews.ResultFigure;
import cn.sd.pairing.metrics.MetricsViews.Results;
import cn.sd.pairing.metrics.MetricsViews.Speed;
import cn.sd.pairing.metrics.MetricsViews.SpeedFigures;
import cn.sd.pairing.report.AnnualReportViews.Detail;
import cn.sd.pairing.security.UserPrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import org.springframework.stereotype.Component;

/**
 * Every table of the dashboard as an .xlsx file with Chinese headers, built from the same answers the screen shows
 * (so an export can never disagree with the page).
 */
@Component
public class MetricsExport {
  /** The largest drill-down list one export holds. */
  static final int MAX_FILINGS = 10_000;

  /** The tables, by the name the API takes (docs/monitoring.md). */
  public enum Table {
    COVERAGE_CITY("coverage-city", "覆盖率（按城市）"),
    COVERAGE_LEVEL("coverage-level", "覆盖率（按级别）"),
    UNPAIRED("unpaired", "未结对高新区"),
    UNIVERSITIES("universities", "参与高校"),
    PIPELINE_STATUS("pipeline-status", "备案状态分布"),
    PIPELINE_STEPS("pipeline-steps", "各环节在办任务"),
    SPEED_CITY("speed-city", "审核效率（按城市）"),
    SPEED_STEPS("speed-steps", "各环节用时"),
    WEEKLY("weekly", "每周通过备案数"),
    RESULTS("results", "结对成效"),
    RESULT_REPORTS("results-reports", "年度成效报告明细"),
    FILINGS("filings", "备案明细");

    private final String key;
    private final String title;

    Table(String key, String title) {
      this.key = key;
      this.title = title;
    }

    public String title() {
      return title;
    }

    public String key() {
      return key;
    }

    public static Table of(String key) {
      return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
          .orElseThrow(() -> ApiException.badField("table", "不支持导出的表格：" + key));
    }
  }

  /** The parameters of an export: the city and whatever the table's own query takes. */
  public record Request(String city, String level, Integer year, String by, DrillQuery drill, ReportDrill reports) {}

  private final MetricsService metrics;

  public MetricsExport(MetricsService metrics) {
    this.metrics = metrics;
  }

  public static String fileName(Table table) {
    return "区校联动监测_" + table.title() + ".xlsx";
  }

  @Audited(value = AuditEventType.EXPORT, target = "'metrics:' + #table.key()", detail = "#table.title()")
  public byte[] write(Table table, Request request, UserPrincipal user) {
    String city = request.city();
    return switch (table) {
      case COVERAGE_CITY -> {
        Coverage coverage = metrics.coverage(user, city);
        List<CoverageGroup> groups = new ArrayList<>(coverage.byCity());
        groups.add(coverage.overall());
        yield coverage(table, "城市", groups);
      }
      case COVERAGE_LEVEL -> coverage(table, "级别", metrics.coverage(user, city).byLevel());
      case UNPAIRED -> sheet(table, List.of("高新区", "城市", "级别", "在途备案数"),
          metrics.unpairedZones(user, city, request.level()).stream()
              .map(z -> row(z.name, z.cityName, z.zoneLevelLabel, z.inProgress)).toList());
      case UNIVERSITIES -> sheet(table, List.of("高校", "所在城市", "结对高新区数", "有效结对数"),
          metrics.universities(user, city).stream().map(u -> row(u.name, u.cityName, u.zones, u.pairings)).toList());
      case PIPELINE_STATUS -> {
        Pipeline pipeline = metrics.pipeline(user, city);
        yield sheet(table, List.of("状态", "备案数"),
            pipeline.statuses().stream().map(s -> row(s.label(), s.filings())).toList());
      }
      case PIPELINE_STEPS -> sheet(table, List.of("环节", "在办任务数", "其中超期"),
          metrics.pipeline(user, city).steps().stream().map(s -> row(s.name, s.openTasks, s.overdue)).toList());
      case SPEED_CITY -> {
        Speed speed = metrics.speed(user, city, request.year());
        yield sheet(table, List.of("城市", "通过备案数", "平均用时（天）", "用时中位数（天）", "用时P90（天）", "已提交备案数",
                "退回轮次", "被退回备案数", "平均每件退回次数", "超期环节数"),
            Stream.concat(Stream.of(speed.overall()), speed.byCity().stream()).map(MetricsExport::speedRow).toList());
      }
      case SPEED_STEPS -> sheet(table, List.of("环节", "已完成次数", "平均用时（小时）", "在办", "超期"),
          metrics.speed(user, city, request.year()).steps().stream()
              .map(s -> row(s.name(), s.completed(), s.meanHours(), s.openTasks(), s.overdue())).toList());
      case WEEKLY -> sheet(table, List.of("周起始日（周一）", "通过备案数"),
          metrics.speed(user, city, request.year()).weekly().stream()
              .map(w -> row(w.weekStart(), w.approvals())).toList());
      case RESULTS -> {
        Results results = metrics.results(user, city, request.by(), request.year());
        yield sheet(table, List.of("名称", "城市", "有效结对数", "计划联合攻关项目数", "计划项目投入（万元）",
                "计划共建平台数", "计划人才交流（人次）", "报告年度", "已通过报告数", "联合开展项目数", "完成项目数",
                "突破关键核心技术数", "成果转化数", "成果转化合同金额（万元）", "应用场景数", "共建平台数", "选派科技副总（人）",
                "聘任产业教授（人）", "争取资金（万元）"),
            results.rows().stream().map(r -> resultRow(r, results.year())).toList());
      }
      case RESULT_REPORTS -> sheet(table, List.of("备案编号", "高新区", "城市", "高校/内设机构", "所属高校", "报告年度",
              "状态", "截止时间", "首次报送时间", "通过时间", "是否逾期", "联合开展项目数", "完成项目数", "突破关键核心技术数",
              "成果转化数", "成果转化合同金额（万元）", "应用场景数", "共建平台数", "选派科技副总（人）", "聘任产业教授（人）",
              "争取资金（万元）"),
          metrics.resultReports(user, city, request.reports(), 1, MAX_FILINGS).items().stream()
              .map(MetricsExport::reportRow).toList());
      case FILINGS -> sheet(table, List.of("备案编号", "状态", "高新区", "城市", "级别", "高校/内设机构", "所属高校",
              "合作开始日期", "合作结束日期", "提交时间", "通过时间"),
          metrics.drill(user, city, request.drill(), 1, MAX_FILINGS).items().stream()
              .map(MetricsExport::filingRow).toList());
    };
  }

  private static byte[] coverage(Table table, String groupHeader, List<CoverageGroup> groups) {
    return sheet(table, List.of(groupHeader, "高新区数", "已结对数", "未结对数", "覆盖率（%）", "距目标差距（%）"),
        groups.stream().map(MetricsExport::coverageRow).toList());
  }

  private static List<Object> coverageRow(CoverageGroup g) {
    return row(g.name(), g.zones(), g.covered(), g.uncovered(), percent(g.rate()), percent(g.gap()));
  }

  private static List<Object> speedRow(SpeedFigures s) {
    return row(s.name(), s.approved(), days(s.meanHours()), days(s.medianHours()), days(s.p90Hours()), s.filings(),
        s.returnRounds(), s.returnedFilings(), s.returnsPerFiling(), s.overdueSteps());
  }

  /** Reported figures stay empty for a group without a passed report of the year. */
  private static List<Object> resultRow(ResultFigure r, int year) {
    ReportedFigures f = r.reported();
    return row(r.name(), r.cityName(), r.pairings(), r.plannedProjects(), r.plannedBudgetWan(), r.plannedPlatforms(),
        r.plannedPeople(), year, r.reports(), f == null ? null : f.projectsStarted(),
        f == null ? null : f.projectsFinished(), f == null ? null : f.breakthroughs(), f == null ? null : f.transfers(),
        f == null ? null : f.contractValueWan(), f == null ? null : f.scenarios(),
        f == null ? null : f.platformsBuilt(), f == null ? null : f.vicePresidents(),
        f == null ? null : f.industryProfessors(), f == null ? null : f.fundingWan());
  }

  private static List<Object> reportRow(Detail r) {
    return row(r.filingNo(), r.zoneName(), r.cityName(), r.universityName(), r.parentUniversityName(), r.year(),
        r.statusLabel(), r.dueAt(), r.firstSubmittedAt(), r.approvedAt(), r.overdue() ? "是" : "否",
        r.projectsStarted(), r.projectsFinished(), r.breakthroughs(), r.transfers(), r.contractValueWan(),
        r.scenarios(), r.platformsBuilt(), r.vicePresidents(), r.industryProfessors(), r.fundingWan());
  }

  private static List<Object> filingRow(DrillItem f) {
    return row(f.filingNo(), f.statusLabel(), f.zoneName(), f.cityName(), f.zoneLevelLabel(), f.subjectName(),
        f.parentUniversityName(), f.startDate(), f.endDate(), f.submittedAt(), f.approvedAt());
  }

  private static byte[] sheet(Table table, List<String> header, List<List<Object>> rows) {
    return XlsxWriter.table(table.title(), header, rows);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static double percent(double fraction) {
    return Math.round(fraction * 10_000) / 100.0;
  }

  private static Double days(Double hours) {
    return hours == null ? null : Math.round(hours / 24 * 100) / 100.0;
  }
}
