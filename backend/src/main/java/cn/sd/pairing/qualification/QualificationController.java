package cn.sd.pairing.qualification;

import jakarta.validation.Valid;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.filing.AttachmentController;
import cn.sd.pairing.qualification.QualificationViews.Detail;
import cn.sd.pairing.qualification.QualificationViews.PublicPairing;
import cn.sd.pairing.qualification.QualificationViews.Verification;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.City;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Qualification and certificate of a filing (for those who may see the filing), and the two public
 * endpoints under /api/public/ that SecurityConfig lets through without login.
 */
@RestController
@Validated
public class QualificationController {
  private final QualificationService service;
  private final TerminationService terminationService;
  private final String publicBaseUrl;

  public QualificationController(QualificationService service, TerminationService terminationService,
      @Value("${pairing.public-base-url:}") String publicBaseUrl) {
    this.service = service;
    this.terminationService = terminationService;
    this.publicBaseUrl = publicBaseUrl;
  }

  @GetMapping("/api/filings/{id}/qualification")
  public Detail qualification(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    return service.detail(id, user);
  }

  @GetMapping("/api/filings/{id}/certificate")
  public ResponseEntity<byte[]> certificate(@PathVariable long id, @AuthenticationPrincipal UserPrincipal user) {
    String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
        : publicBaseUrl;
    QualificationService.Certificate certificate = service.certificate(id, user, base);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentController.contentDisposition(certificate.fileName()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(certificate.pdf());
  }

  @GetMapping("/api/filings/{id}/terminations")
  public TerminationService.Terminations terminations(@PathVariable long id,
      @AuthenticationPrincipal UserPrincipal user) {
    return terminationService.list(id, user);
  }

  @PostMapping("/api/filings/{id}/terminations")
  @ResponseStatus(HttpStatus.CREATED)
  public TerminationService.TerminationView applyForTermination(@PathVariable long id,
      @Valid @RequestBody TerminationRequest request, @AuthenticationPrincipal UserPrincipal user) {
    return terminationService.apply(id, request.reason(), user);
  }

  public record TerminationRequest(@Size(max = 5000, message = "终止原因过长") String reason) {}

  @GetMapping("/api/public/certificates/verify")
  public Verification verify(
      @RequestParam @Size(max = 64, message = "验证码格式不正确") String code) {
    return service.verify(code);
  }

  @GetMapping("/api/public/cities")
  public List<City> cities() {
    return service.cities();
  }

  @GetMapping("/api/public/pairings")
  public PageResult<PublicPairing> publicList(
      @RequestParam(required = false) @Size(max = 6, message = "城市代码格式不正确") String city,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return service.publicList(city, page, size);
  }
}
