package cn.sd.pairing.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * In-app notifications (站内消息) as the process writes them — 待办 to whoever must act next,
 * results to both parties — and the API to read them. The database may hold notifications of
 * earlier tests and runs, so assertions look at the filing a test made.
 */
class NotificationApiTest extends ApiTest {

  /** The caller's notifications about one filing, newest first. */
  private List<JsonNode> about(MockHttpSession session, long filingId) throws Exception {
    JsonNode page = body(getJson("/api/notifications?size=100", session).andExpect(status().isOk()).andReturn());
    List<JsonNode> items = new ArrayList<>();
    page.path("items").forEach(n -> {
      if (n.path("filingId").asLong() == filingId) {
        items.add(n);
      }
    });
    return items;
  }

  private List<String> titles(MockHttpSession session, long filingId) throws Exception {
    return about(session, filingId).stream().map(n -> n.path("title").asText()).toList();
  }

  private long unread(MockHttpSession session) throws Exception {
    return body(getJson("/api/notifications/unread-count", session).andExpect(status().isOk()).andReturn())
        .path("unread").asLong();
  }

  @Test
  void submissionTellsTheCounterpartsOperatorsWhatWaitsForThem() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession univ = login("univ_sdu");
    long id = createAndSubmit(zone, "U001");

    List<JsonNode> todo = about(univ, id);
    assertThat(todo).hasSize(1);
    JsonNode n = todo.get(0);
    assertThat(n.path("title").asText()).isEqualTo("待办：对方确认（济南高新技术产业开发区 与 山东大学）");
    assertThat(n.path("taskId").asText()).isEqualTo(taskId(id, "counterpartConfirm"));
    assertThat(n.path("read").asBoolean()).isFalse();
    assertThat(n.path("createdAt").asText()).isNotBlank();
    // the initiator and the reviewers are not bothered yet
    assertThat(about(zone, id)).isEmpty();
    assertThat(about(login("city_jinan"), id)).isEmpty();

    // a university-initiated filing: the zone's operators are asked
    long fromUniversity = startedFiling("U001", "GX370101", "U001", "univ_sdu");
    assertThat(titles(zone, fromUniversity)).containsExactly("待办：对方确认（济南高新技术产业开发区 与 山东大学）");
    assertThat(about(univ, fromUniversity)).isEmpty();
  }

  @Test
  void eachReviewStepTellsItsReviewersAndAReturnTellsTheInitiator() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession city = login("city_jinan");
    long id = createAndSubmit(zone, "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    assertThat(titles(city, id)).containsExactly("待办：市科技局初审（济南高新技术产业开发区 与 山东大学）");
    assertThat(about(login("city_qingdao"), id)).isEmpty();

    decideOverHttp(id, "cityReview", city, "RETURN", "请补充合作协议");
    List<JsonNode> toInitiator = about(zone, id);
    assertThat(toInitiator).extracting(n -> n.path("title").asText())
        .containsExactly("待办：修改后重新提交（济南高新技术产业开发区 与 山东大学）");
    assertThat(toInitiator.get(0).path("taskId").asText()).isEqualTo(taskId(id, "revise"));

    postJson("/api/filings/" + id + "/submit", zone, form("U001")).andExpect(status().isOk());
    assertThat(titles(city, id)).as("the city is asked again").hasSize(2);
    decideOverHttp(id, "cityReview", city, "APPROVE", null);
    assertThat(titles(login("prov_st"), id)).containsExactly("待办：省科技厅审核（济南高新技术产业开发区 与 山东大学）");
    assertThat(titles(login("prov_edu"), id)).containsExactly("待办：省教育厅会审（济南高新技术产业开发区 与 山东大学）");
  }

  @Test
  void approvalTellsBothPartiesWithTheFilingNumber() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession univ = login("univ_sdu");
    long id = createAndSubmit(zone, "U001");
    decideOverHttp(id, "counterpartConfirm", univ, "APPROVE", null);
    decideOverHttp(id, "cityReview", login("city_jinan"), "APPROVE", null);
    decideOverHttp(id, "provinceStReview", login("prov_st"), "APPROVE", null);
    decideOverHttp(id, "provinceEduReview", login("prov_edu"), "APPROVE", null);
    String filingNo = filing(id).filingNo;
    assertThat(filingNo).matches(FILING_NO);

    String expected = "备案通过，备案编号" + filingNo + "：济南高新技术产业开发区 与 山东大学 结对备案";
    assertThat(titles(zone, id)).containsExactly(expected);
    assertThat(titles(univ, id)).containsExactly(expected, "待办：对方确认（济南高新技术产业开发区 与 山东大学）");
  }

  @Test
  void rejectionAndDeclineTellBothParties() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession univ = login("univ_sdu");
    long rejected = createAndSubmit(zone, "U001");
    decideOverHttp(rejected, "counterpartConfirm", univ, "APPROVE", null);
    decideOverHttp(rejected, "cityReview", login("city_jinan"), "REJECT", "不符合结对条件");
    String rejectedTitle = "备案不予备案：济南高新技术产业开发区 与 山东大学 结对备案";
    assertThat(titles(zone, rejected)).containsExactly(rejectedTitle);
    assertThat(titles(univ, rejected)).first().isEqualTo(rejectedTitle);

    long declined = createAndSubmit(zone, "U001");
    decideOverHttp(declined, "counterpartConfirm", univ, "REJECT", "暂不具备条件");
    assertThat(titles(zone, declined)).containsExactly("备案对方不同意结对：济南高新技术产业开发区 与 山东大学 结对备案");

    // a unit's filing: the unit's operators are the university-side party
    long unitFiling = startedFiling("GX370101", "GX370101", "U001-01", "zone_jinan");
    decideOverHttp(unitFiling, "counterpartConfirm", login("unit_sdu"), "APPROVE", null);
    decideOverHttp(unitFiling, "legalConsent", univ, "REJECT", "学院暂不具备条件");
    String refused = "备案法人单位不同意：济南高新技术产业开发区 与 山东大学控制科学与工程学院 结对备案";
    assertThat(titles(zone, unitFiling)).containsExactly(refused);
    assertThat(titles(login("unit_sdu"), unitFiling)).first().isEqualTo(refused);
  }

  @Test
  void unreadCountReadAndReadAll() throws Exception {
    ensureUser("test_notice_univ", "山东大学科研院经办人（消息）", "U001", Role.UNIVERSITY_OPERATOR);
    MockHttpSession reader = login("test_notice_univ");
    postJson("/api/notifications/read-all", reader, Map.of()).andExpect(status().isNoContent());
    assertThat(unread(reader)).isZero();

    long first = createAndSubmit(login("zone_jinan"), "U001");
    long second = createAndSubmit(login("zone_jinan"), "U001");
    assertThat(unread(reader)).isEqualTo(2);
    JsonNode page = body(getJson("/api/notifications?unreadOnly=true", reader).andExpect(status().isOk()).andReturn());
    assertThat(page.path("unread").asLong()).isEqualTo(2);
    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("items").findValuesAsText("filingId"))
        .containsExactly(String.valueOf(second), String.valueOf(first));

    long firstId = about(reader, first).get(0).path("id").asLong();
    postJson("/api/notifications/" + firstId + "/read", reader, Map.of()).andExpect(status().isNoContent());
    assertThat(unread(reader)).isEqualTo(1);
    assertThat(about(reader, first).get(0).path("read").asBoolean()).isTrue();
    assertThat(about(reader, second).get(0).path("read").asBoolean()).isFalse();
    // reading twice is harmless
    postJson("/api/notifications/" + firstId + "/read", reader, Map.of()).andExpect(status().isNoContent());
    assertThat(unread(reader)).isEqualTo(1);

    // another user cannot mark it, nor learn that it exists
    long secondId = about(reader, second).get(0).path("id").asLong();
    postJson("/api/notifications/" + secondId + "/read", login("univ_sdu"), Map.of())
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));
    postJson("/api/notifications/" + Long.MAX_VALUE + "/read", reader, Map.of()).andExpect(status().isNotFound());
    assertThat(about(reader, second).get(0).path("read").asBoolean()).isFalse();
    assertThat(unread(reader)).isEqualTo(1);

    postJson("/api/notifications/read-all", reader, Map.of()).andExpect(status().isNoContent());
    assertThat(unread(reader)).isZero();
    assertThat(about(reader, second).get(0).path("read").asBoolean()).isTrue();
    // read-all of one user leaves the others' alone
    assertThat(about(login("univ_sdu"), second).get(0).path("read").asBoolean()).isFalse();

    getJson("/api/notifications?size=101", reader).andExpect(status().isBadRequest());
    getJson("/api/notifications/unread-count", new MockHttpSession())
        .andExpect(status().isUnauthorized());
  }
}
