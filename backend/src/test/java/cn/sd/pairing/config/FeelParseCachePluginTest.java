package cn.sd.pairing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.qualification.SupportMeasures;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's DMN uses the FEEL engine that parses each expression once: a second evaluation of the support-measures
 * table with other facts parses nothing new and still answers by those facts.
 */
class FeelParseCachePluginTest extends IntegrationTest {
  @Autowired ProcessEngine processEngine;
  @Autowired SupportMeasures supportMeasures;

  private FeelParseCachePlugin.CachingScalaFeelEngine feel() {
    return (FeelParseCachePlugin.CachingScalaFeelEngine) ((ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration()).getDmnEngineConfiguration().getFeelEngine();
  }

  private static org.camunda.bpm.engine.variable.VariableMap facts(String zoneLevel, List<String> platforms) {
    return Variables.createVariables().putValue("zoneLevel", zoneLevel).putValue("subjectType", "UNIVERSITY")
        .putValue("platformTypes", platforms).putValue("keyTasks", List.of("INDUSTRY_EDUCATION"))
        .putValue("talentVicePresidents", 0).putValue("talentIndustryProfessors", 0)
        .putValue("projectBudgetWan", 0.0);
  }

  @Test
  void theTableIsParsedOnceAndEachEvaluationReadsItsOwnFacts() {
    List<String> provincial = supportMeasures.evaluate(facts("PROVINCIAL", List.of())).measureCodes();
    List<String> national = supportMeasures.evaluate(facts("NATIONAL", List.of("LAB"))).measureCodes();
    int parsed = feel().parsedCount();

    // the same expressions again, alternately with the other facts: nothing new to parse, each answer by its facts
    assertThat(supportMeasures.evaluate(facts("NATIONAL", List.of("LAB"))).measureCodes()).isEqualTo(national);
    assertThat(supportMeasures.evaluate(facts("PROVINCIAL", List.of())).measureCodes()).isEqualTo(provincial);
    assertThat(parsed).isPositive();
    assertThat(feel().parsedCount()).isEqualTo(parsed);
    assertThat(provincial).doesNotContain("M01", "M06");
    assertThat(national).contains("M01", "M06").containsAll(provincial);
  }

  @Test
  void aBrokenExpressionFailsEveryTimeAsWithoutTheCache() {
    VariableContext empty = Variables.createVariables().asVariableContext();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> feel().evaluateSimpleExpression("1 +* 2", empty)).isInstanceOf(FeelException.class);
    }
    assertThat((Object) feel().evaluateSimpleExpression("1 + 2", empty)).isEqualTo(3L);
    assertThat(feel().evaluateSimpleUnaryTests(">= 2", "x",
        Variables.createVariables().putValue("x", 3).asVariableContext())).isTrue();
    assertThat(feel().evaluateSimpleUnaryTests(">= 2", "x",
        Variables.createVariables().putValue("x", 1).asVariableContext())).isFalse();
  }
}
