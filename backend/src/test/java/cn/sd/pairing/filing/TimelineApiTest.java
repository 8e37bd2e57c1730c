package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * GET /api/filings/{id}/timeline: every round of a filing — steps from the engine's history,
 * people, organisations and opinions from filing_opinion — in time order, with the BPMN
 * activities active now and passed so far (for the diagram), and the diagram's XML.
 */
class TimelineApiTest extends ApiTest {

  private JsonNode timeline(long id, MockHttpSession session) throws Exception {
    return body(getJson("/api/filings/" + id + "/timeline", session).andExpect(status().isOk()).andReturn());
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** One line per entry: kind|activityId|stepName|action|opinion|userName|orgName. */
  private static String line(JsonNode e) {
    return String.join("|", e.path("kind").asText(), e.path("activityId").asText(""), e.path("stepName").asText(),
        e.path("action").asText(""), e.path("opinion").asText(""), e.path("userName").asText(""),
        e.path("orgName").asText(""));
  }

  private static void assertInTimeOrder(JsonNode entries) {
    OffsetDateTime previous = null;
    for (JsonNode e : entries) {
      OffsetDateTime started = OffsetDateTime.parse(e.path("startedAt").asText());
      if (previous != null) {
        assertThat(started).as("entries in time order: %s", line(e)).isAfterOrEqualTo(previous);
      }
      previous = started;
    }
  }

  @Test
  void everyRoundIsListedWithWhoDidWhatInTimeOrderAndTheDiagramStateFollows() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession univ = login("univ_sdu");
    MockHttpSession city = login("city_jinan");
    MockHttpSession st = login("prov_st");
    MockHttpSession edu = login("prov_edu");
    long id = createAndSubmit(zone, "U001");

    JsonNode start = timeline(id, zone);
    assertThat(start.path("processDefinitionId").asText()).startsWith("pairing-filing:");
    assertThat(texts(start.path("activeActivityIds"))).contains("counterpartConfirm").doesNotContain("cityReview");
    assertThat(texts(start.path("passedActivityIds"))).contains("submitted", "routing", "resolveParticipants")
        .doesNotContain("counterpartConfirm");
    assertThat(start.path("entries")).extracting(TimelineApiTest::line).containsExactly(
        "EVENT||提交备案|SUBMIT||济南高新区经办人|济南高新技术产业开发区",
        "STEP|counterpartConfirm|对方确认||||");
    JsonNode waiting = start.path("entries").get(1);
    assertThat(waiting.path("endedAt").isNull()).isTrue();

    decideOverHttp(id, "counterpartConfirm", univ, "APPROVE", "同意结对");
    decideOverHttp(id, "cityReview", city, "RETURN", "请补充合作协议签署页");
    JsonNode returned = timeline(id, zone);
    assertThat(texts(returned.path("activeActivityIds"))).containsExactly("revise");
    assertThat(texts(returned.path("passedActivityIds"))).contains("counterpartConfirm", "agreement", "cityReview")
        .doesNotContain("provinceStReview", "revise");

    postJson("/api/filings/" + id + "/submit", zone, form("U001")).andExpect(status().isOk());
    assertThat(texts(timeline(id, zone).path("activeActivityIds"))).containsExactly("cityReview");
    decideOverHttp(id, "cityReview", city, "APPROVE", "同意报送");
    JsonNode atProvince = timeline(id, zone);
    assertThat(texts(atProvince.path("activeActivityIds")))
        .containsExactlyInAnyOrder("provinceStReview", "provinceEduReview");
    decideOverHttp(id, "provinceStReview", st, "APPROVE", "同意");
    decideOverHttp(id, "provinceEduReview", edu, "RETURN", "请补充优势学科说明");
    postJson("/api/filings/" + id + "/submit", zone, form("U001")).andExpect(status().isOk());
    decideOverHttp(id, "provinceEduReview", edu, "APPROVE", "同意");
    decideOverHttp(id, "provinceStReview", st, "APPROVE", "同意备案");
    assertThat(filing(id).status).isEqualTo(FilingStatus.APPROVED);

    JsonNode done = timeline(id, zone);
    assertThat(texts(done.path("activeActivityIds"))).isEmpty();
    assertThat(texts(done.path("passedActivityIds"))).contains("submitted", "routing", "resolveParticipants",
            "counterpartConfirm", "agreement", "cityReview", "revise", "reentry", "provinceEntry", "provinceStReview",
            "provinceEduReview", "provinceJoin", "provinceOutcome", "approveFiling", "approved")
        .doesNotContain("legalConsent", "cityRejected", "provinceRejected", "withdrawnEnd", "declinedFinal",
            "cityOverdue");
    JsonNode entries = done.path("entries");
    assertInTimeOrder(entries);
    List<String> lines = new ArrayList<>();
    entries.forEach(e -> lines.add(line(e)));
    String zoneOp = "济南高新区经办人|济南高新技术产业开发区";
    String stLine = "省科技厅高新区处审核员|山东省科学技术厅";
    String eduLine = "省教育厅审核员|山东省教育厅";
    assertThat(lines.subList(0, 5)).containsExactly(
        "EVENT||提交备案|SUBMIT||" + zoneOp,
        "STEP|counterpartConfirm|对方确认|APPROVE|同意结对|山东大学科研院经办人|山东大学",
        "STEP|cityReview|市科技局初审|RETURN|请补充合作协议签署页|济南市科技局审核员|济南市科学技术局",
        "STEP|revise|修改后重新提交|RESUBMIT||" + zoneOp,
        "STEP|cityReview|市科技局初审|APPROVE|同意报送|济南市科技局审核员|济南市科学技术局");
    // the two departments start together: their order within a round is not fixed
    assertThat(lines.subList(5, 7)).containsExactlyInAnyOrder(
        "STEP|provinceStReview|省科技厅审核|APPROVE|同意|" + stLine,
        "STEP|provinceEduReview|省教育厅会审|RETURN|请补充优势学科说明|" + eduLine);
    assertThat(lines.get(7)).isEqualTo("STEP|revise|修改后重新提交|RESUBMIT||" + zoneOp);
    assertThat(lines.subList(8, 10)).containsExactlyInAnyOrder(
        "STEP|provinceStReview|省科技厅审核|APPROVE|同意备案|" + stLine,
        "STEP|provinceEduReview|省教育厅会审|APPROVE|同意|" + eduLine);
    assertThat(lines.subList(10, lines.size())).containsExactly("END|approved|备案通过||||");
    // every finished step has its times; the action labels are Chinese
    for (JsonNode e : entries) {
      assertThat(e.path("endedAt").asText()).as(line(e)).isNotBlank();
      if (!e.path("action").isNull()) {
        assertThat(e.path("actionLabel").asText()).matches(CHINESE);
      }
    }
    // the review steps carry their due date, the agreement steps none
    Map<String, Set<Boolean>> hasDue = new java.util.HashMap<>();
    entries.forEach(e -> hasDue.computeIfAbsent(e.path("activityId").asText(""), k -> new java.util.HashSet<>())
        .add(!e.path("dueAt").isNull()));
    assertThat(hasDue.get("cityReview")).containsExactly(true);
    assertThat(hasDue.get("provinceStReview")).containsExactly(true);
    assertThat(hasDue.get("provinceEduReview")).containsExactly(true);
    assertThat(hasDue.get("counterpartConfirm")).containsExactly(false);
  }

  @Test
  void aWithdrawnFilingShowsTheWithdrawalAndItsEnd() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    postJson("/api/filings/" + id + "/withdraw", zone, Map.of("reason", "需要重新商议")).andExpect(status().isOk());

    JsonNode timeline = timeline(id, zone);
    assertThat(texts(timeline.path("activeActivityIds"))).isEmpty();
    assertThat(texts(timeline.path("passedActivityIds"))).contains("withdrawn", "withdrawnEnd");
    assertInTimeOrder(timeline.path("entries"));
    assertThat(timeline.path("entries")).extracting(TimelineApiTest::line).containsExactly(
        "EVENT||提交备案|SUBMIT||济南高新区经办人|济南高新技术产业开发区",
        "STEP|counterpartConfirm|对方确认||||",
        "EVENT||撤回|WITHDRAW|需要重新商议|济南高新区经办人|济南高新技术产业开发区",
        "END|withdrawnEnd|已撤回||||");
  }

  @Test
  void aDraftHasOnlyEventsAndTheTimelineIsVisibleLikeTheFiling() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long draft = createDraft(zone, form("U001"));
    JsonNode timeline = timeline(draft, zone);
    assertThat(timeline.path("processDefinitionId").isNull()).isTrue();
    assertThat(timeline.path("entries").size()).isZero();

    long id = createAndSubmit(zone, "U001");
    getJson("/api/filings/" + id + "/timeline", login("zone_qingdao")).andExpect(status().isNotFound());
    getJson("/api/filings/" + id + "/timeline", login("city_qingdao")).andExpect(status().isNotFound());
    getJson("/api/filings/" + draft + "/timeline", login("city_jinan")).andExpect(status().isNotFound());
    assertThat(timeline(id, login("city_jinan")).path("entries").size()).isEqualTo(2);
    assertThat(timeline(id, login("monitor")).path("entries").size()).isEqualTo(2);
  }

  @Test
  void theDeployedDiagramIsServedForTheTimelinesProcessDefinition() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    String definitionId = timeline(id, zone).path("processDefinitionId").asText();

    MvcResult xml = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/api/process-definitions/" + definitionId + "/xml").session(zone).accept(MediaType.APPLICATION_XML))
        .andExpect(status().isOk()).andReturn();
    String bpmn = xml.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bpmn).contains("id=\"pairing-filing\"", "id=\"counterpartConfirm\"", "id=\"provinceJoin\"",
        "bpmndi:BPMNDiagram", "市科技局初审");
    Set<String> ids = texts(timeline(id, zone).path("passedActivityIds")).stream().collect(Collectors.toSet());
    ids.forEach(activity -> assertThat(bpmn).contains("id=\"" + activity + "\""));

    // an unknown definition is a clean 404, whatever the caller accepts
    for (String accept : new String[] {MediaType.APPLICATION_XML_VALUE, MediaType.ALL_VALUE,
        "application/json, text/plain, */*"}) {
      MvcResult missing = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
              .get("/api/process-definitions/no-such-definition:1:x/xml").session(zone).header("Accept", accept))
          .andReturn();
      assertThat(missing.getResponse().getStatus()).as(accept).isEqualTo(404);
      assertThat(missing.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
          .as(accept).containsPattern("\\p{IsHan}").doesNotContain("Exception");
    }
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/api/process-definitions/" + definitionId + "/xml"))
        .andExpect(status().isUnauthorized());
  }
}
