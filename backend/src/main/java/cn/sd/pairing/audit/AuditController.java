package cn.sd.pairing.audit;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit administrator's screen (AUDIT_ADMIN only, enforced for /api/audit/** in SecurityConfig). Read-only. */
@RestController
@Validated
@RequestMapping("/api/audit")
public class AuditController {
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private final AuditTrail trail;

  public AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  public record Option(String code, String label) {}

  @GetMapping("/event-types")
  public List<Option> eventTypes() {
    return Arrays.stream(AuditEventType.values()).map(e -> new Option(e.name(), e.label())).toList();
  }

  @GetMapping("/events")
  public PageResult<AuditTrail.Entry> search(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 64, message = "用户名不能超过64个字符") String username,
      @RequestParam(required = false) AuditEventType event,
      @RequestParam(required = false) AuditResult result,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return trail.search(filter(from, to, username, event, result), page, size);
  }

  @GetMapping("/events/export")
  public ResponseEntity<byte[]> export(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 64, message = "用户名不能超过64个字符") String username,
      @RequestParam(required = false) AuditEventType event,
      @RequestParam(required = false) AuditResult result) {
    byte[] content = trail.export(filter(from, to, username, event, result));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("审计日志.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  @PostMapping("/verify")
  public AuditTrail.Verification verify() {
    return trail.verify();
  }

  /** Dates are whole days: [from 00:00, to + 1 day 00:00). */
  private static AuditFilter filter(LocalDate from, LocalDate to, String username, AuditEventType event,
      AuditResult result) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badField("to", "结束日期不能早于开始日期");
    }
    String name = username == null || username.isBlank() ? null : username.strip();
    return new AuditFilter(from == null ? null : from.atStartOfDay(),
        to == null ? null : to.plusDays(1).atStartOfDay(), name, event, result);
  }
}
