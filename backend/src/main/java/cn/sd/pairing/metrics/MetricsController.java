package cn.sd.pairing.metrics;

import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.metrics.MetricsViews.Coverage;
import cn.sd.pairing.metrics.MetricsViews.DrillItem;
import cn.sd.pairing.metrics.MetricsViews.Pipeline;
import cn.sd.pairing.metrics.MetricsViews.Results;
import cn.sd.pairing.metrics.MetricsViews.Speed;
import cn.sd.pairing.metrics.MetricsViews.UniversityRow;
import cn.sd.pairing.metrics.MetricsViews.UnpairedZone;
import cn.sd.pairing.report.AnnualReportViews.Detail;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provincial monitoring dashboard (docs/monitoring.md); who sees what is MetricsScope's decision. */
@RestController
@Validated
@RequestMapping("/api/metrics")
public class MetricsController {
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MetricsService metrics;
  private final MetricsExport export;

  public MetricsController(MetricsService metrics, MetricsExport export) {
    this.metrics = metrics;
    this.export = export;
  }

  @GetMapping("/coverage")
  public Coverage coverage(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String city) {
    return metrics.coverage(user, city);
  }

  @GetMapping("/coverage/unpaired")
  public List<UnpairedZone> unpaired(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String city, @RequestParam(required = false) String level) {
    return metrics.unpairedZones(user, city, level);
  }

  @GetMapping("/coverage/universities")
  public List<UniversityRow> universities(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String city) {
    return metrics.universities(user, city);
  }

  @GetMapping("/pipeline")
  public Pipeline pipeline(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String city) {
    return metrics.pipeline(user, city);
  }

  @GetMapping("/speed")
  public Speed speed(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String city,
      @RequestParam(required = false) @Min(value = 2000, message = "年份有误") @Max(value = 2100, message = "年份有误")
      Integer year) {
    return metrics.speed(user, city, year);
  }

  @GetMapping("/results")
  public Results results(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String city,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) @Min(value = 2000, message = "年份有误") @Max(value = 2100, message = "年份有误")
      Integer year) {
    return metrics.results(user, city, by, year);
  }

  /** The annual reports behind a results number. */
  @GetMapping("/results/reports")
  public PageResult<Detail> resultReports(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) @Min(value = 2000, message = "年份有误") @Max(value = 2100, message = "年份有误")
      Integer year,
      @RequestParam(required = false) String state, @RequestParam(required = false) Long zoneId,
      @RequestParam(required = false) Long universityId,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "10") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return metrics.resultReports(user, city, ReportDrill.of(year, state, zoneId, universityId), page, size);
  }

  @GetMapping("/filings")
  public PageResult<DrillItem> filings(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String city, @RequestParam(required = false) String kind,
      @RequestParam(required = false) FilingStatus status, @RequestParam(required = false) String step,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String level, @RequestParam(required = false) Long zoneId,
      @RequestParam(required = false) Long universityId,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "10") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return metrics.drill(user, city, DrillQuery.of(kind, status, step, overdue, from, to, level, zoneId, universityId),
        page, size);
  }

  /** One table of the dashboard as .xlsx; takes the parameters of the table's own endpoint. */
  @GetMapping("/export")
  public ResponseEntity<byte[]> export(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String table, @RequestParam(required = false) String city,
      @RequestParam(required = false) String level, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String by, @RequestParam(required = false) String kind,
      @RequestParam(required = false) FilingStatus status, @RequestParam(required = false) String step,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Long zoneId, @RequestParam(required = false) Long universityId,
      @RequestParam(required = false) String state) {
    MetricsExport.Table which = MetricsExport.Table.of(table);
    DrillQuery drill = which == MetricsExport.Table.FILINGS
        ? DrillQuery.of(kind, status, step, overdue, from, to, level, zoneId, universityId) : null;
    ReportDrill reports = which == MetricsExport.Table.RESULT_REPORTS
        ? ReportDrill.of(year, state, zoneId, universityId) : null;
    byte[] content = export.write(which, new MetricsExport.Request(city, level, year, by, drill, reports), user);
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(MetricsExport.fileName(which), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(XLSX)
        .body(content);
  }
}
