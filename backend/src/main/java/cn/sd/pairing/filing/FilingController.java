package cn.sd.pairing.filing;

import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.filing.FilingViews.Page;
import cn.sd.pairing.filing.FilingViews.Summary;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/filings")
public class FilingController {
  private final FilingService service;
  private final FilingTimeline timeline;

  public FilingController(FilingService service, FilingTimeline timeline) {
    this.service = service;
    this.timeline = timeline;
  }

  @GetMapping("/{id}/timeline")
  public FilingTimeline.Timeline timeline(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    return timeline.of(id, user);
  }

  @GetMapping
  public Page<Summary> list(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) FilingStatus status,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "10") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return service.list(user, FilingQuery.of(status, q, year, sort, order), page, size);
  }

  @GetMapping("/{id}")
  public Detail detail(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    return service.detail(id, user);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Detail create(@RequestBody FilingForm form, @AuthenticationPrincipal UserPrincipal user) {
    return service.create(form, user);
  }

  @PutMapping("/{id}")
  public Detail update(@PathVariable long id, @RequestBody FilingForm form,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.update(id, form, user);
  }

  @PostMapping("/{id}/withdraw")
  public Detail withdraw(@PathVariable long id, @Valid @RequestBody(required = false) WithdrawRequest request,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.withdraw(id, request == null ? null : request.reason(), user);
  }

  public record WithdrawRequest(@Size(max = 500, message = "撤回原因不能超过500字") String reason) {}

  @PostMapping("/{id}/submit")
  public Detail submit(@PathVariable long id, @RequestBody FilingForm form,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.submit(id, form, user);
  }
}
