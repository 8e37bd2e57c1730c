package cn.sd.pairing.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/filing-routing.dmn as deployed: who confirms (the counterpart) and whether the
 * legal-entity university must consent, for every initiator/subject combination.
 */
class FilingRoutingDmnTest extends IntegrationTest {

  private DmnDecisionResult route(String initiatorType, String subjectType) {
    return processEngine.getDecisionService().evaluateDecisionByKey("filing-routing").variables(
        Variables.createVariables().putValue("initiatorType", initiatorType).putValue("subjectType", subjectType)).evaluate();
  }

  @ParameterizedTest(name = "{0} initiates with a {1} → {2} confirms, consent {3}")
  @CsvSource({
      "ZONE,       UNIVERSITY, SUBJECT, false",
      "ZONE,       UNIT,       SUBJECT, true",
      "UNIVERSITY, UNIVERSITY, ZONE,    false",
      "UNIVERSITY, UNIT,       ZONE,    false",
      "UNIT,       UNIT,       ZONE,    true"})
  void everyLegalCombinationHasExactlyOneRoute(String initiator, String subject, String counterpart,
      boolean needsConsent) {
    DmnDecisionResult result = route(initiator, subject);
    assertThat(result).hasSize(1);
    Map<String, Object> route = result.getSingleResult().getEntryMap();
    assertThat(route).containsEntry("counterpart", counterpart).containsEntry("needsConsent", needsConsent);
    assertThat((String) route.get("description")).matches(CHINESE);
  }

  @ParameterizedTest(name = "{0} with a {1} has no route")
  @CsvSource({"UNIT, UNIVERSITY", "ZONE, ZONE", "CITY_BUREAU, UNIVERSITY"})
  void combinationsThatAreNoFilingHaveNoRoute(String initiator, String subject) {
    assertThat(route(initiator, subject)).isEmpty();
  }
}
