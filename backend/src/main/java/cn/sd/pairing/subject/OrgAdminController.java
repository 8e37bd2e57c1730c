package cn.sd.pairing.subject;

import jakarta.validation.Valid;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
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

/** Registry administration (SYSTEM_ADMIN only; enforced for /api/admin/** in SecurityConfig). */
@RestController
@Validated
@RequestMapping("/api/admin")
public class OrgAdminController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final OrgAdminService service;
  private final OrgImportService importer;
  private final ImportTemplate template;

  public OrgAdminController(OrgAdminService service, OrgImportService importer, ImportTemplate template) {
    this.service = service;
    this.importer = importer;
    this.template = template;
  }

  @GetMapping("/cities")
  public List<City> cities() {
    return service.cities();
  }

  @GetMapping("/orgs")
  public PageResult<OrgView> list(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词不能超过64个字符") String query,
      @RequestParam(required = false) List<OrgType> type,
      @RequestParam(required = false) @Size(max = 6, message = "城市代码有误") String cityCode,
      @RequestParam(required = false) Boolean enabled,
      @RequestParam(required = false) Long parentId,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return service.list(query, type, cityCode, enabled, parentId, page, size);
  }

  @GetMapping("/orgs/{id:\\d+}")
  public OrgView get(@PathVariable long id) {
    return service.get(id);
  }

  @PostMapping("/orgs")
  @ResponseStatus(HttpStatus.CREATED)
  public OrgView create(@Valid @RequestBody OrgForm form) {
    return service.create(form);
  }

  @PutMapping("/orgs/{id:\\d+}")
  public OrgView update(@PathVariable long id, @Valid @RequestBody OrgForm form) {
    return service.update(id, form);
  }

  @PostMapping("/orgs/{id:\\d+}/disable")
  public OrgView disable(@PathVariable long id) {
    return service.setEnabled(id, false);
  }

  @PostMapping("/orgs/{id:\\d+}/enable")
  public OrgView enable(@PathVariable long id) {
    return service.setEnabled(id, true);
  }

  @PostMapping(path = "/orgs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importFile(@RequestParam(name = "type", required = false) String type,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal UserPrincipal user) {
    OrgType orgType = OrgImportService.importType(type);
    if (file == null || file.isEmpty()) {
      throw ApiException.badField("file", "请选择要导入的文件");
    }
    if (file.getSize() > OrgImportService.MAX_FILE_BYTES) {
      throw ApiException.badField("file", "文件不能超过5MB");
    }
    try {
      return importer.importFile(orgType, file.getBytes(), user.username());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/orgs/import-template")
  public ResponseEntity<byte[]> importTemplate(@RequestParam(name = "type", required = false) String type) {
    OrgType orgType = OrgImportService.importType(type);
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(ImportTemplate.fileName(orgType), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(template.write(orgType));
  }
}
