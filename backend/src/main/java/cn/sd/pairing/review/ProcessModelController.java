package cn.sd.pairing.review;

import cn.sd.pairing.common.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deployed BPMN of a process definition, for the diagram shown on every filing page. */
@RestController
@RequestMapping("/api/process-definitions")
public class ProcessModelController {
  private final RepositoryService repository;

  public ProcessModelController(RepositoryService repository) {
    this.repository = repository;
  }

  @GetMapping(value = "/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  public String xml(@PathVariable String id) throws IOException {
    try (InputStream model = repository.getProcessModel(id)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (NotFoundException | org.camunda.bpm.engine.exception.NullValueException e) {
      throw ApiException.notFound("流程定义不存在");
    }
  }
}
