package cn.sd.pairing.matchmaking;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The industry → discipline mapping (SYSTEM_ADMIN only; enforced for /api/admin/** in SecurityConfig). */
@RestController
@RequestMapping("/api/admin/industry-disciplines")
public class IndustryDisciplineController {
  private final IndustryDisciplineService service;

  public IndustryDisciplineController(IndustryDisciplineService service) {
    this.service = service;
  }

  @GetMapping
  public List<IndustryDiscipline> list() {
    return service.list();
  }

  @GetMapping("/terms")
  public MappingTerms terms() {
    return service.terms();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public IndustryDiscipline create(@Valid @RequestBody IndustryDisciplineForm form) {
    return service.create(form);
  }

  @DeleteMapping("/{id:\\d+}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id) {
    service.delete(id);
  }
}
