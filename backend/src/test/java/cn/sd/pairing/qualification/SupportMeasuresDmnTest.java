package cn.sd.pairing.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * dmn/support-measures.dmn as deployed, one case per rule row: a pairing with only the baseline facts
 * (provincial zone, a university, no platform, key task 产教融合 only, no talent, no budget) gets the
 * measures every pairing gets; adding the facts of one row adds that row's measure.
 */
class SupportMeasuresDmnTest extends IntegrationTest {
  /** The measures of rows r03, r12 and r20, which need no fact. */
  private static final List<String> FOR_EVERY_PAIRING = List.of("M03", "M11", "M19");

  @Autowired SupportMeasures supportMeasures;

  /** Baseline facts, changed by "name=value" pairs; lists are '|'-separated. */
  private static VariableMap facts(String changes) {
    VariableMap facts = Variables.createVariables()
        .putValue("zoneLevel", "PROVINCIAL").putValue("subjectType", "UNIVERSITY")
        .putValue("platformTypes", List.of()).putValue("keyTasks", List.of("INDUSTRY_EDUCATION"))
        .putValue("talentVicePresidents", 0).putValue("talentIndustryProfessors", 0)
        .putValue("projectBudgetWan", 0.0);
    if (!changes.isBlank()) {
      for (String change : changes.split(";")) {
        String[] kv = change.split("=", 2);
        String name = kv[0].strip();
        String value = kv[1].strip();
        Object typed = switch (name) {
          case "platformTypes", "keyTasks" -> Arrays.asList(value.split("\\|"));
          case "talentVicePresidents", "talentIndustryProfessors" -> Integer.parseInt(value);
          case "projectBudgetWan" -> Double.parseDouble(value);
          default -> value;
        };
        facts.putValue(name, typed);
      }
    }
    return facts;
  }

  private List<String> measures(String changes) {
    return supportMeasures.evaluate(facts(changes)).measureCodes();
  }

  @Test
  void baselinePairingGetsOnlyTheMeasuresOfEveryPairing() {
    assertThat(measures("")).containsExactlyElementsOf(FOR_EVERY_PAIRING);
  }

  @ParameterizedTest(name = "rule {0}: {2} → {1}")
  @CsvSource(delimiter = '!', value = {
      "r01 ! M01 ! platformTypes=LAB",
      "r01 ! M01 ! platformTypes=TECH_CENTER",
      "r01 ! M01 ! platformTypes=SCIENCE_PARK",
      "r02 ! M02 ! platformTypes=PILOT_BASE",
      "r02 ! M02 ! platformTypes=POC_CENTER",
      "r04 ! M04 ! platformTypes=SPECIAL_COLLEGE",
      "r05 ! M05 ! platformTypes=TRAINING_BASE",
      "r06 ! M06 ! zoneLevel=NATIONAL",
      "r07 ! M07 ! talentVicePresidents=1",
      "r07 ! M07 ! talentIndustryProfessors=2",
      "r08 ! M08 ! keyTasks=TRANSFER; projectBudgetWan=200",
      "r09 ! M09 ! keyTasks=TRANSFER",
      "r10 ! M10 ! subjectType=UNIT",
      "r11 ! M10 ! keyTasks=TRANSFER",
      "r13 ! M12 ! keyTasks=CORE_TECH; projectBudgetWan=500",
      "r14 ! M13 ! keyTasks=TRANSFER",
      "r15 ! M14 ! keyTasks=CORE_TECH",
      "r16 ! M15 ! zoneLevel=NATIONAL; keyTasks=TRANSFER",
      "r17 ! M16 ! keyTasks=TRANSFER",
      "r18 ! M17 ! keyTasks=INDUSTRY_LAYOUT",
      "r19 ! M18 ! keyTasks=CORE_TECH"})
  void eachRuleAddsItsMeasureWhenItsFactsHold(String rule, String measure, String changes) {
    assertThat(measures("")).as("baseline lacks %s", measure).doesNotContain(measure);
    assertThat(measures(changes)).contains(measure).containsAll(FOR_EVERY_PAIRING);
  }

  @ParameterizedTest(name = "rule {0} needs all its facts: {2} → no {1}")
  @CsvSource(delimiter = '!', value = {
      "r08 ! M08 ! keyTasks=TRANSFER; projectBudgetWan=199.99",
      "r08 ! M08 ! projectBudgetWan=1000",
      "r13 ! M12 ! keyTasks=CORE_TECH; projectBudgetWan=499.99",
      "r13 ! M12 ! projectBudgetWan=1000",
      "r16 ! M15 ! zoneLevel=NATIONAL",
      "r16 ! M15 ! keyTasks=TRANSFER"})
  void rulesWithSeveralConditionsNeedAllOfThem(String rule, String measure, String changes) {
    assertThat(measures(changes)).doesNotContain(measure);
  }

  @Test
  void aMeasureGrantedByTwoRulesIsListedOnce() {
    assertThat(measures("subjectType=UNIT; keyTasks=TRANSFER")).containsOnlyOnce("M10");
  }

  @Test
  void aNewlyDeployedVersionOfTheTableDecidesWithoutCodeChanges() throws Exception {
    String original;
    try (InputStream in = getClass().getResourceAsStream("/dmn/support-measures.dmn")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // version 2: the roadshow measure M03 only for national zones
    String changed = original.replace("<inputEntry id=\"r03_level\"><text></text></inputEntry>",
        "<inputEntry id=\"r03_level\"><text>\"NATIONAL\"</text></inputEntry>");
    assertThat(changed).isNotEqualTo(original);
    SupportMeasures.Evaluation before = supportMeasures.evaluate(facts(""));
    Deployment deployment = repositoryService().createDeployment().name("support-measures test version")
        .addString("support-measures.dmn", changed).deploy();
    try {
      SupportMeasures.Evaluation after = supportMeasures.evaluate(facts(""));
      assertThat(after.decisionVersion()).isEqualTo(before.decisionVersion() + 1);
      assertThat(after.measureCodes()).containsExactly("M11", "M19");
      assertThat(supportMeasures.evaluate(facts("zoneLevel=NATIONAL")).measureCodes()).contains("M03");
    } finally {
      repositoryService().deleteDeployment(deployment.getId(), true);
    }
    assertThat(supportMeasures.evaluate(facts(""))).isEqualTo(before);
  }

  private org.camunda.bpm.engine.RepositoryService repositoryService() {
    return processEngine.getRepositoryService();
  }
}
