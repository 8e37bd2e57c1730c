package cn.sd.pairing.filing;

import cn.sd.pairing.filing.FilingViews.Attachment;
import cn.sd.pairing.security.UserPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/filings/{filingId}/attachments")
public class AttachmentController {
  private final AttachmentService service;

  public AttachmentController(AttachmentService service) {
    this.service = service;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Attachment upload(@PathVariable long filingId, @RequestParam(name = "kind", required = false) String kind,
      @RequestPart(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal UserPrincipal user) {
    return service.upload(filingId, kind, file, user);
  }

  @GetMapping
  public List<Attachment> list(@PathVariable long filingId, @AuthenticationPrincipal UserPrincipal user) {
    return service.list(filingId, user);
  }

  /** Sent with every download: a sandboxed document that may load nothing. */
  static final String DOWNLOAD_CSP = "sandbox; default-src 'none'";

  /**
   * The bytes in the type told from their content, always as a download ({@code attachment}). The preview in
   * the page reads the same bytes with the session and draws them itself (pdf.js), so nothing is ever shown
   * by the browser as a document of ours.
   */
  @GetMapping("/{attachmentId}/content")
  public ResponseEntity<Resource> content(@PathVariable long filingId, @PathVariable long attachmentId,
      @AuthenticationPrincipal UserPrincipal user) {
    return send(service.download(filingId, attachmentId, user));
  }

  /** A verified attachment as the answer: a sandboxed download (also of a change filing's documents). */
  public static ResponseEntity<Resource> send(AttachmentService.Download download) {
    FilingAttachment a = download.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType))
        .contentLength(a.sizeBytes)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(a.fileName))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", DOWNLOAD_CSP)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(new FileSystemResource(download.file()));
  }

  @DeleteMapping("/{attachmentId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long filingId, @PathVariable long attachmentId,
      @AuthenticationPrincipal UserPrincipal user) {
    service.delete(filingId, attachmentId, user);
  }

  /**
   * {@code attachment; filename="ascii fallback"; filename*=UTF-8''%E5%90%88…} (RFC 6266 / RFC 5987):
   * browsers take the UTF-8 name, old clients the ASCII one.
   */
  public static String contentDisposition(String fileName) {
    StringBuilder fallback = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
