package cn.sd.pairing.matchmaking;

import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 结对推荐: suggested partners of a zone, and the unpaired zones of the caller's scope (list and .xlsx). */
@RestController
@Validated
@RequestMapping("/api/matchmaking")
public class MatchmakingController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MatchmakingService service;
  private final Clock clock;

  public MatchmakingController(MatchmakingService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @GetMapping("/zones/{zoneId:\\d+}/suggestions")
  public ZoneSuggestions suggestions(@PathVariable long zoneId,
      @RequestParam(defaultValue = "10") @Min(value = 1, message = "推荐条数至少为1")
      @Max(value = 50, message = "推荐条数最多为50") int limit,
      @AuthenticationPrincipal UserPrincipal user) {
    return service.suggestions(zoneId, limit, user);
  }

  @GetMapping("/unpaired")
  public List<ZoneSuggestions> unpaired(@AuthenticationPrincipal UserPrincipal user) {
    return service.unpaired(user);
  }

  @GetMapping("/unpaired/export")
  public ResponseEntity<byte[]> export(@AuthenticationPrincipal UserPrincipal user) {
    byte[] file = service.exportUnpaired(user);
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(UnpairedWorkbook.fileName(LocalDate.now(clock)), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(file);
  }
}
