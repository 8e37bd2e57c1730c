package cn.sd.pairing.qualification;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingPlatform;
import cn.sd.pairing.filing.FilingProject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the DMN decision support-measures (process-models/dmn/support-measures.dmn) which support
 * measures a pairing may use. Always the latest deployed version, so deploying a new version of the
 * table changes the outcome without a code change; the version used is returned to be recorded.
 */
@Component
public class SupportMeasures {
  public static final String DECISION_KEY = "support-measures";

  private final RepositoryService repository;
  private final DecisionService decisions;

  public SupportMeasures(RepositoryService repository, DecisionService decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  /** The measure codes (each once, in the table's rule order) and the decision version that chose them. */
  public record Evaluation(int decisionVersion, List<String> measureCodes) {}

  public Evaluation evaluate(Filing filing, List<FilingPlatform> platforms, List<FilingProject> projects) {
    return evaluate(facts(filing, platforms, projects));
  }

  public Evaluation evaluate(VariableMap facts) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
        .latestVersion().singleResult();
    List<String> codes = decisions.evaluateDecisionById(latest.getId()).variables(facts).evaluate()
        .collectEntries("measure").stream().map(String.class::cast)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    return new Evaluation(latest.getVersion(), codes);
  }

  /** The raw facts of a filing the table reads; it derives its own conditions from them in FEEL. */
  public static VariableMap facts(Filing filing, List<FilingPlatform> platforms, List<FilingProject> projects) {
    BigDecimal budget = projects.stream().map(p -> p.budgetWan).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Variables.createVariables()
        .putValue("zoneLevel", filing.zoneLevel)
        .putValue("subjectType", filing.subjectType)
        .putValue("platformTypes", platforms.stream().map(p -> p.type).distinct().toList())
        .putValue("keyTasks", filing.keyTasks == null || filing.keyTasks.isBlank() ? List.of()
            : Arrays.stream(filing.keyTasks.split(",")).map(String::strip).toList())
        .putValue("talentVicePresidents", orZero(filing.talentVicePresidents))
        .putValue("talentIndustryProfessors", orZero(filing.talentIndustryProfessors))
        .putValue("projectBudgetWan", budget.doubleValue());
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
