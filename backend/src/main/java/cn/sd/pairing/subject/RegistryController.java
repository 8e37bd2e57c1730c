package cn.sd.pairing.subject;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/registry")
public class RegistryController {
  private final RegistryService registry;

  public RegistryController(RegistryService registry) {
    this.registry = registry;
  }

  /** Zones for the filing form: enabled ones with city, level and leading industries. */
  @GetMapping("/zones")
  public List<ZoneOption> zones(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词过长") String query) {
    return registry.zones(query);
  }

  /**
   * University-side subjects for the filing form: enabled universities and their enabled units (a
   * unit row names its university); universityId narrows to one university and its units.
   */
  @GetMapping("/subjects")
  public List<SubjectOption> subjects(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词过长") String query,
      @RequestParam(name = "universityId", required = false) Long universityId) {
    return registry.subjects(query, universityId);
  }

  @GetMapping("/universities")
  public List<UniversityOption> universities(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词过长") String query) {
    return registry.universities(query);
  }
}
