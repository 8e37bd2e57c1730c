package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import cn.sd.pairing.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** /api/filings over HTTP: who may see and change what, and how bad input is answered. */
class FilingApiTest extends ApiTest {

  private static List<String> fields(JsonNode error) {
    List<String> fields = new ArrayList<>();
    error.path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }

  private static void assertCleanChineseError(MvcResult result, int status) throws Exception {
    String raw = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(result.getResponse().getStatus()).as(raw).isEqualTo(status);
    assertThat(raw).contains("\"status\":" + status);
    assertThat(raw).containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
    assertThat(raw).doesNotContain("Exception", "exception", "trace", "at cn.", "at org.", "jackson", "Cannot");
  }

  @Test
  void zoneOperatorCreatesUpdatesAndReadsItsDraft() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    // a draft may be incomplete
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("universityId", orgId("U001"));
    MvcResult created = postJson("/api/filings", zone, partial)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.statusLabel").value("草稿"))
        .andExpect(jsonPath("$.editable").value(true))
        .andExpect(jsonPath("$.zoneName").value("济南高新技术产业开发区"))
        .andExpect(jsonPath("$.cityName").value("济南市"))
        .andExpect(jsonPath("$.universityName").value("山东大学"))
        .andReturn();
    long id = body(created).path("id").asLong();
    track(id);

    putJson("/api/filings/" + id, zone, form("U002"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.universityName").value("中国海洋大学"))
        .andExpect(jsonPath("$.keyTasks[0]").value("INDUSTRY_LAYOUT"))
        .andExpect(jsonPath("$.zoneContact.phone").value("13800000000"))
        .andExpect(jsonPath("$.endDate").value("2028-12-31"));
    Filing row = filing(id);
    assertThat(row.universityId).isEqualTo(orgId("U002"));
    assertThat(row.keyTasks).isEqualTo("INDUSTRY_LAYOUT,TRANSFER");
    assertThat(row.status).isEqualTo(FilingStatus.DRAFT);

    // its own list shows the draft
    MvcResult list = getJson("/api/filings?status=DRAFT&size=100", zone).andExpect(status().isOk()).andReturn();
    assertThat(body(list).path("items").findValuesAsText("id")).contains(String.valueOf(id));
  }

  @Test
  void anotherZoneCanNeitherReadNorChangeNorSubmitAFiling() throws Exception {
    MockHttpSession jinan = login("zone_jinan");
    MockHttpSession qingdao = login("zone_qingdao");
    long draft = createDraft(jinan, form("U001"));
    long submitted = createAndSubmit(jinan, "U001");
    Filing draftBefore = filing(draft);

    for (long id : new long[] {draft, submitted}) {
      MvcResult read = getJson("/api/filings/" + id, qingdao).andReturn();
      assertCleanChineseError(read, 404);
    }
    Map<String, Object> hostile = form("U002");
    hostile.put("keyTasks", List.of("TALENT"));
    assertCleanChineseError(putJson("/api/filings/" + draft, qingdao, hostile).andReturn(), 404);
    assertCleanChineseError(postJson("/api/filings/" + draft + "/submit", qingdao, hostile).andReturn(), 404);

    Filing draftAfter = filing(draft);
    assertThat(draftAfter.status).isEqualTo(FilingStatus.DRAFT);
    assertThat(draftAfter.processInstanceId).isNull();
    assertThat(draftAfter.universityId).isEqualTo(draftBefore.universityId);
    assertThat(draftAfter.keyTasks).isEqualTo(draftBefore.keyTasks);
    assertThat(draftAfter.updatedAt).isEqualTo(draftBefore.updatedAt);

    assertCleanChineseError(getJson("/api/filings/" + Long.MAX_VALUE, jinan).andReturn(), 404);

    MvcResult list = getJson("/api/filings?size=100", qingdao).andExpect(status().isOk()).andReturn();
    assertThat(body(list).path("items").findValuesAsText("id"))
        .doesNotContain(String.valueOf(draft), String.valueOf(submitted));
    assertThat(body(list).path("items").findValuesAsText("zoneName")).containsOnly("青岛高新技术产业开发区");
  }

  @Test
  void submitWithMissingFieldsListsEachFieldAndChangesNothing() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    Filing before = filing(id);

    // everything missing
    MvcResult empty = postJson("/api/filings/" + id + "/submit", zone, "{}").andReturn();
    assertCleanChineseError(empty, 400);
    JsonNode error = body(empty);
    assertThat(fields(error)).containsExactlyInAnyOrder("universityId", "keyTasks", "startDate", "endDate",
        "zoneContact", "universityContact", "subjectDisciplines", "mechanismDecision", "mechanismProject",
        "mechanismTalent", "mechanismBenefit", "targets2026", "targets2028", "attachments.AGREEMENT");
    error.path("fieldErrors").forEach(f -> assertThat(f.path("message").asText()).matches(CHINESE));

    // some missing, and the rest different from what is saved: still nothing is saved
    Map<String, Object> partial = form("U002");
    partial.put("keyTasks", List.of());
    partial.remove("startDate");
    partial.put("universityContact", new LinkedHashMap<>(Map.of("name", "王五")));
    MvcResult some = postJson("/api/filings/" + id + "/submit", zone, partial).andReturn();
    assertCleanChineseError(some, 400);
    assertThat(fields(body(some))).containsExactlyInAnyOrder("keyTasks", "startDate", "universityContact.phone",
        "universityContact.email", "attachments.AGREEMENT");
    body(some).path("fieldErrors").forEach(f -> assertThat(f.path("message").asText()).matches(CHINESE));

    Filing after = filing(id);
    assertThat(after.status).isEqualTo(FilingStatus.DRAFT);
    assertThat(after.processInstanceId).isNull();
    assertThat(after.submittedAt).isNull();
    assertThat(after.universityId).isEqualTo(before.universityId).isEqualTo(orgId("U001"));
    assertThat(after.keyTasks).isEqualTo(before.keyTasks);
    assertThat(after.startDate).isEqualTo(before.startDate);
    assertThat(after.univContactName).isEqualTo(before.univContactName).isEqualTo("李四");
    assertThat(after.univContactPhone).isEqualTo(before.univContactPhone);
    assertThat(after.updatedAt).isEqualTo(before.updatedAt);
    assertThat(detail(id, zone).path("opinions").size()).isZero();
  }

  @Test
  void unknownOrWrongKindOfUniversityIsAFieldError() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    Map<String, Object> unknown = form("U001");
    unknown.put("universityId", 987_654_321L);
    MvcResult created = postJson("/api/filings", zone, unknown).andReturn();
    assertCleanChineseError(created, 400);
    assertThat(fields(body(created))).containsExactly("universityId");

    Map<String, Object> aZone = form("U001");
    aZone.put("universityId", orgId("GX370201"));
    assertThat(fields(body(postJson("/api/filings", zone, aZone).andExpect(status().isBadRequest()).andReturn())))
        .containsExactly("universityId");

    long id = createDraft(zone, form("U001"));
    uploadPdf(id, zone, "AGREEMENT");
    assertThat(fields(body(postJson("/api/filings/" + id + "/submit", zone, unknown)
        .andExpect(status().isBadRequest()).andReturn()))).containsExactly("universityId");
    assertThat(filing(id).status).isEqualTo(FilingStatus.DRAFT);
    assertThat(filing(id).universityId).isEqualTo(orgId("U001"));
  }

  @Test
  void malformedJsonAndUnknownEnumAre400WithoutInternals() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    assertCleanChineseError(postJson("/api/filings", zone, "{\"universityId\": 1, \"keyTasks\": [").andReturn(), 400);
    assertCleanChineseError(postJson("/api/filings", zone, "not json at all").andReturn(), 400);

    Map<String, Object> badEnum = form("U001");
    badEnum.put("keyTasks", List.of("INDUSTRY_LAYOUT", "WORLD_DOMINATION"));
    assertCleanChineseError(postJson("/api/filings", zone, badEnum).andReturn(), 400);

    Map<String, Object> badDate = form("U001");
    badDate.put("startDate", "2026-13-45");
    assertCleanChineseError(postJson("/api/filings", zone, badDate).andReturn(), 400);

    Map<String, Object> badId = form("U001");
    badId.put("universityId", "twelve");
    assertCleanChineseError(postJson("/api/filings", zone, badId).andReturn(), 400);

    assertCleanChineseError(getJson("/api/filings/not-a-number", zone).andReturn(), 400);
    assertCleanChineseError(getJson("/api/filings?status=NOPE", zone).andReturn(), 400);
    assertCleanChineseError(getJson("/api/filings?page=0", zone).andReturn(), 400);
  }

  @Test
  void endDateMustFollowStartDate() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    for (String end : new String[] {"2026-11-30", "2026-12-01"}) {
      Map<String, Object> form = form("U001");
      form.put("endDate", end);
      MvcResult result = postJson("/api/filings", zone, form).andReturn();
      assertCleanChineseError(result, 400);
      JsonNode error = body(result);
      assertThat(fields(error)).containsExactly("endDate");
      assertThat(error.path("fieldErrors").get(0).path("message").asText()).isEqualTo("合作结束日期应晚于开始日期");
    }
  }

  @Test
  void contactFormatsAreChecked() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    Map<String, Object> badPhone = form("U001");
    badPhone.put("zoneContact", new LinkedHashMap<>(Map.of("name", "张三", "phone", "12345", "email", "a@b.cn")));
    MvcResult result = postJson("/api/filings", zone, badPhone).andReturn();
    assertCleanChineseError(result, 400);
    assertThat(fields(body(result))).containsExactly("zoneContact.phone");
    assertThat(body(result).path("fieldErrors").get(0).path("message").asText()).contains("手机号");

    Map<String, Object> badEmail = form("U001");
    badEmail.put("universityContact",
        new LinkedHashMap<>(Map.of("name", "李四", "phone", "13900000000", "email", "not-an-email")));
    assertThat(fields(body(postJson("/api/filings", zone, badEmail).andExpect(status().isBadRequest()).andReturn())))
        .containsExactly("universityContact.email");

    // the same check on submit, and the draft stays as it was
    long id = createDraft(zone, form("U001"));
    uploadPdf(id, zone, "AGREEMENT");
    assertThat(fields(body(postJson("/api/filings/" + id + "/submit", zone, badPhone)
        .andExpect(status().isBadRequest()).andReturn()))).containsExactly("zoneContact.phone");
    assertThat(filing(id).zoneContactPhone).isEqualTo("13800000000");
    assertThat(filing(id).status).isEqualTo(FilingStatus.DRAFT);
  }

  @Test
  void onlyOperatorsMayCreateFilings() throws Exception {
    for (String username : new String[] {"city_jinan", "prov_st", "prov_edu", "monitor", "sysadmin"}) {
      MockHttpSession session = login(username);
      MvcResult result = postJson("/api/filings", session, form("U001")).andReturn();
      assertCleanChineseError(result, 403);
    }
  }

  @Test
  void aSubmittedFilingCannotBeEditedOrSubmittedAgain() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    assertCleanChineseError(putJson("/api/filings/" + id, zone, form("U002")).andReturn(), 409);
    assertCleanChineseError(postJson("/api/filings/" + id + "/submit", zone, form("U002")).andReturn(), 409);
    assertThat(filing(id).universityId).isEqualTo(orgId("U001"));
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);
    JsonNode detail = detail(id, zone);
    assertThat(detail.path("editable").asBoolean()).isFalse();
    assertThat(detail.path("submittedAt").asText()).isNotBlank();
    assertThat(detail.path("opinions").findValuesAsText("action")).containsExactly("SUBMIT");
  }

  @Test
  void cityReviewerListsOnlyItsCitysFilings() throws Exception {
    long jinanFiling = createAndSubmit(login("zone_jinan"), "U001");
    decideOverHttp(jinanFiling, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    long qingdaoFiling = createAndSubmit(login("zone_qingdao"), "U002");
    long qingdaoDraft = createDraft(login("zone_qingdao"), form("U002"));

    MockHttpSession cityQingdao = login("city_qingdao");
    JsonNode page = body(getJson("/api/filings?size=100", cityQingdao).andExpect(status().isOk()).andReturn());
    List<String> ids = page.path("items").findValuesAsText("id");
    assertThat(ids).contains(String.valueOf(qingdaoFiling))
        .doesNotContain(String.valueOf(jinanFiling), String.valueOf(qingdaoDraft));
    assertThat(page.path("items").findValuesAsText("cityName")).containsOnly("青岛市");
    assertThat(page.path("items").findValuesAsText("status")).doesNotContain("DRAFT");
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);

    assertCleanChineseError(getJson("/api/filings/" + jinanFiling, cityQingdao).andReturn(), 404);
    // a reviewer of the city sees the contacts unmasked
    assertThat(detail(qingdaoFiling, cityQingdao).path("zoneContact").path("phone").asText())
        .isEqualTo("13800000000");

    JsonNode jinanPage = body(getJson("/api/filings?status=CITY_REVIEW&size=100", login("city_jinan"))
        .andExpect(status().isOk()).andReturn());
    assertThat(jinanPage.path("items").findValuesAsText("id")).contains(String.valueOf(jinanFiling))
        .doesNotContain(String.valueOf(qingdaoFiling));
    assertThat(jinanPage.path("items").findValuesAsText("cityName")).containsOnly("济南市");
  }

  @Test
  void monitorSeesEveryCitysFilingsWithMaskedContactsButNoDrafts() throws Exception {
    long jinanFiling = createAndSubmit(login("zone_jinan"), "U001");
    long qingdaoFiling = createAndSubmit(login("zone_qingdao"), "U002");
    long jinanDraft = createDraft(login("zone_jinan"), form("U001"));

    MockHttpSession monitor = login("monitor");
    JsonNode page = body(getJson("/api/filings?size=100", monitor).andExpect(status().isOk()).andReturn());
    assertThat(page.path("items").findValuesAsText("id"))
        .contains(String.valueOf(jinanFiling), String.valueOf(qingdaoFiling))
        .doesNotContain(String.valueOf(jinanDraft));
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);

    JsonNode detail = detail(qingdaoFiling, monitor);
    assertThat(detail.path("zoneContact").path("phone").asText()).isEqualTo("138****0000");
    assertThat(detail.path("universityContact").path("phone").asText()).isEqualTo("139****0000");
    assertThat(detail.path("editable").asBoolean()).isFalse();
    assertCleanChineseError(getJson("/api/filings/" + jinanDraft, monitor).andReturn(), 404);

    // platform administrators see no filings at all: the filing API refuses them outright
    assertCleanChineseError(getJson("/api/filings?size=100", login("sysadmin")).andReturn(), 403);
    assertCleanChineseError(getJson("/api/filings/" + jinanFiling, login("sysadmin")).andReturn(), 403);
  }

  @Test
  void universitySeesFilingsWhereItOrOneOfItsUnitsIsTheUniversitySide() throws Exception {
    long sduFiling = createAndSubmit(login("zone_jinan"), "U001");
    long oucFiling = createAndSubmit(login("zone_qingdao"), "U002");
    long unitFiling = startedFiling("GX370101", "GX370101", "U001-01", "zone_jinan");
    MockHttpSession sdu = login("univ_sdu");
    JsonNode page = body(getJson("/api/filings?size=100", sdu).andExpect(status().isOk()).andReturn());
    assertThat(page.path("items").findValuesAsText("id")).contains(String.valueOf(sduFiling), String.valueOf(unitFiling))
        .doesNotContain(String.valueOf(oucFiling));
    // its own filings and those of its units (it gives their legal-entity consent)
    assertThat(page.path("items").findValuesAsText("universityName")).containsOnly("山东大学", "山东大学控制科学与工程学院");
    assertThat(detail(unitFiling, sdu).path("universityName").asText()).isEqualTo("山东大学控制科学与工程学院");
    // the unit sees its own filing, not its university's
    JsonNode unitPage = body(getJson("/api/filings?size=100", login("unit_sdu")).andExpect(status().isOk()).andReturn());
    assertThat(unitPage.path("items").findValuesAsText("id")).contains(String.valueOf(unitFiling))
        .doesNotContain(String.valueOf(sduFiling));
    assertThat(unitPage.path("items").findValuesAsText("universityName")).containsOnly("山东大学控制科学与工程学院");
    assertThat(detail(sduFiling, sdu).path("universityContact").path("phone").asText()).isEqualTo("13900000000");
    getJson("/api/filings/" + oucFiling, sdu).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(matchesPattern(CHINESE)));
  }

  @Test
  void twoOperatorsResubmittingTheSameReturnedFilingAtOnceOneWinsOneGets409() throws Exception {
    ensureUser("test_zone_jinan_2", "济南高新区经办人二", "GX370101", Role.ZONE_OPERATOR);
    MockHttpSession first = login("zone_jinan");
    MockHttpSession second = login("test_zone_jinan_2");
    long id = createAndSubmit(first, "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    decideOverHttp(id, "cityReview", login("city_jinan"), "RETURN", "请补充材料");
    assertThat(filing(id).status).isEqualTo(FilingStatus.RETURNED);

    List<MvcResult> results = atOnce(List.of(
        () -> postJson("/api/filings/" + id + "/submit", first, form("U001")).andReturn(),
        () -> postJson("/api/filings/" + id + "/submit", second, form("U001")).andReturn()));
    List<Integer> statuses = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (MvcResult result : results) {
      statuses.add(result.getResponse().getStatus());
      bodies.add(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(statuses).as(bodies.toString()).containsExactlyInAnyOrder(200, 409);
    assertThat(detail(id, first).path("opinions").findValuesAsText("action"))
        .containsExactly("SUBMIT", "APPROVE", "RETURN", "RESUBMIT");
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(taskService.createTaskQuery().processInstanceId(filing(id).processInstanceId).list())
        .extracting(t -> t.getTaskDefinitionKey()).containsExactly("cityReview");
  }

  // ------------------------------------------------------------------ withdrawal (撤回)

  @Test
  void initiatorWithdrawsWhileTheCounterpartStillConfirms() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);

    postJson("/api/filings/" + id + "/withdraw", zone, Map.of("reason", "合作方案需与高校重新商议"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.statusLabel").value("已撤回"))
        .andExpect(jsonPath("$.editable").value(false))
        .andExpect(jsonPath("$.currentTasks.length()").value(0));
    JsonNode withdrawn = detail(id, zone);
    assertThat(withdrawn.path("opinions").findValuesAsText("action")).containsExactly("SUBMIT", "WITHDRAW");
    assertThat(withdrawn.path("opinions").get(1).path("opinion").asText()).isEqualTo("合作方案需与高校重新商议");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(filing(id).processInstanceId).count())
        .isZero();
    // the university's task is gone with it
    assertThat(todoItem(login("univ_sdu"), id, "counterpartConfirm")).isNull();
    // and a second withdrawal is a conflict
    assertCleanChineseError(postJson("/api/filings/" + id + "/withdraw", zone, Map.of()).andReturn(), 409);
  }

  @Test
  void withdrawingAfterTheCityReviewStartedIs409AndChangesNothing() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    String cityTask = taskId(id, "cityReview");

    assertCleanChineseError(postJson("/api/filings/" + id + "/withdraw", zone, Map.of("reason", "撤回")).andReturn(),
        409);
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(taskId(id, "cityReview")).isEqualTo(cityTask);
    assertThat(detail(id, zone).path("opinions").findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE");
  }

  @Test
  void onlyTheInitiatorMayWithdrawAndOnlyASubmittedFiling() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    // the counterpart can see it but not withdraw it; another zone cannot even see it
    assertCleanChineseError(postJson("/api/filings/" + id + "/withdraw", login("univ_sdu"), Map.of()).andReturn(),
        403);
    assertCleanChineseError(postJson("/api/filings/" + id + "/withdraw", login("zone_qingdao"), Map.of()).andReturn(),
        404);
    assertCleanChineseError(postJson("/api/filings/" + id + "/withdraw", zone,
        Map.of("reason", "长".repeat(501))).andReturn(), 400);
    long draft = createDraft(zone, form("U001"));
    // a draft was never submitted: nothing to withdraw
    assertCleanChineseError(postJson("/api/filings/" + draft + "/withdraw", zone, Map.of()).andReturn(), 409);
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);
    assertThat(filing(draft).status).isEqualTo(FilingStatus.DRAFT);
  }
}
