package cn.sd.pairing.report;

import jakarta.validation.Valid;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.report.AnnualReportViews.Detail;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 年度成效报告 (docs/api.md "Annual results reports"). */
@RestController
@Validated
public class AnnualReportController {
  private final AnnualReportService service;

  public AnnualReportController(AnnualReportService service) {
    this.service = service;
  }

  @GetMapping("/api/annual-reports")
  public PageResult<Detail> list(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) @Min(value = 2000, message = "年份有误") @Max(value = 2100, message = "年份有误")
      Integer year,
      @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return service.list(user, ReportQuery.of(year, status, overdue, q), page, size);
  }

  @GetMapping("/api/annual-reports/{id}")
  public Detail detail(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    return service.detail(id, user);
  }

  @PutMapping("/api/annual-reports/{id}")
  public Detail save(@PathVariable long id, @Valid @RequestBody AnnualReportForm form,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.save(id, form, user);
  }

  @PostMapping("/api/annual-reports/{id}/submit")
  public Detail submit(@PathVariable long id, @Valid @RequestBody AnnualReportForm form,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.submit(id, form, user);
  }

  @GetMapping("/api/filings/{id}/annual-reports")
  public List<Detail> ofFiling(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    return service.ofFiling(id, user);
  }
}
