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

  @GetMapping("/universities")
  public List<UniversityOption> universities(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词过长") String query) {
    return registry.universities(query);
  }
}
