package cn.sd.pairing.review;

import cn.sd.pairing.filing.FilingProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The outcomes a decision task accepts, as its BPMN declares them (camunda:property
 * "decisions"), so the model, not Java, says that e.g. only 省科技厅 may reject.
 */
@Component
public class TaskDecisions {
  private final RepositoryService repository;
  private final Map<String, List<Decision>> cache = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> formKeys = new ConcurrentHashMap<>();

  public TaskDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  public List<Decision> of(Task task) {
    return of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getFormKey());
  }

  public List<Decision> of(String processDefinitionId, String taskKey, String formKey) {
    if (!FilingProcess.FORM_DECISION.equals(formKey)) {
      return List.of();
    }
    return cache.computeIfAbsent(processDefinitionId + "#" + taskKey, key -> read(processDefinitionId, taskKey));
  }

  /**
   * The step's camunda:formKey from the deployed model (Camunda keeps it there, not in ACT_RU_TASK), so task
   * lists read by SQL need no engine query per task; null when the step has none.
   */
  public String formKey(String processDefinitionId, String taskKey) {
    return formKeys.computeIfAbsent(processDefinitionId + "#" + taskKey, key -> {
      ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
      return Optional.ofNullable(element instanceof UserTask task ? task.getCamundaFormKey() : null);
    }).orElse(null);
  }

  /** Why a task without decisions is not completed from the task page: where its form lives instead. */
  public static String formElsewhere(Task task) {
    String page = switch (String.valueOf(task.getFormKey())) {
      case "annualReport" -> "年度成效报告填报页";
      case "reviseChange" -> "变更申请页";
      default -> "备案编辑页";
    };
    return "该任务需在" + page + "填写后提交";
  }

  private List<Decision> read(String processDefinitionId, String taskKey) {
    BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
    if (element == null || element.getExtensionElements() == null) {
      return List.of();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> FilingProcess.PROPERTY_DECISIONS.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .map(Decision::valueOf)
        .toList();
  }
}
