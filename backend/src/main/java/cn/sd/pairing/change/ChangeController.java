package cn.sd.pairing.change;

import cn.sd.pairing.change.ChangeViews.Changes;
import cn.sd.pairing.change.ChangeViews.Detail;
import cn.sd.pairing.filing.AttachmentController;
import cn.sd.pairing.filing.FilingController.WithdrawRequest;
import cn.sd.pairing.filing.FilingViews.Attachment;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 变更备案 of an approved pairing: /api/filings/{id}/changes. */
@RestController
@RequestMapping("/api/filings/{filingId}/changes")
public class ChangeController {
  private final ChangeService service;

  public ChangeController(ChangeService service) {
    this.service = service;
  }

  @GetMapping
  public Changes list(@PathVariable long filingId, @AuthenticationPrincipal UserPrincipal user) {
    return service.list(filingId, user);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Detail create(@PathVariable long filingId, @RequestBody(required = false) ChangeForm form,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.create(filingId, form, user);
  }

  /** The change not decided yet (for the edit page); 404 when there is none the caller may see. */
  @GetMapping("/open")
  public Detail open(@PathVariable long filingId, @AuthenticationPrincipal UserPrincipal user) {
    return service.open(filingId, user);
  }

  @GetMapping("/{changeId}")
  public Detail detail(@PathVariable long filingId, @PathVariable long changeId,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.detail(filingId, changeId, user);
  }

  @PutMapping("/{changeId}")
  public Detail update(@PathVariable long filingId, @PathVariable long changeId,
      @RequestBody(required = false) ChangeForm form, @AuthenticationPrincipal UserPrincipal user) {
    return service.update(filingId, changeId, form, user);
  }

  @PostMapping("/{changeId}/submit")
  public Detail submit(@PathVariable long filingId, @PathVariable long changeId,
      @RequestBody(required = false) ChangeForm form, @AuthenticationPrincipal UserPrincipal user) {
    return service.submit(filingId, changeId, form, user);
  }

  @PostMapping("/{changeId}/withdraw")
  public Detail withdraw(@PathVariable long filingId, @PathVariable long changeId,
      @Valid @RequestBody(required = false) WithdrawRequest request, @AuthenticationPrincipal UserPrincipal user) {
    return service.withdraw(filingId, changeId, request == null ? null : request.reason(), user);
  }

  @DeleteMapping("/{changeId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void discard(@PathVariable long filingId, @PathVariable long changeId,
      @AuthenticationPrincipal UserPrincipal user) {
    service.discard(filingId, changeId, user);
  }

  @PostMapping(value = "/{changeId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Attachment upload(@PathVariable long filingId, @PathVariable long changeId,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestPart(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal UserPrincipal user) {
    return service.upload(filingId, changeId, kind, file, user);
  }

  /** Sent as the filing's own attachments are: a sandboxed download in the type told from the content. */
  @GetMapping("/{changeId}/attachments/{attachmentId}/content")
  public ResponseEntity<Resource> content(@PathVariable long filingId, @PathVariable long changeId,
      @PathVariable long attachmentId, @AuthenticationPrincipal UserPrincipal user) {
    return AttachmentController.send(service.download(filingId, changeId, attachmentId, user));
  }

  @DeleteMapping("/{changeId}/attachments/{attachmentId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void deleteAttachment(@PathVariable long filingId, @PathVariable long changeId,
      @PathVariable long attachmentId, @AuthenticationPrincipal UserPrincipal user) {
    service.deleteAttachment(filingId, changeId, attachmentId, user);
  }
}
