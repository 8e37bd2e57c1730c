package cn.sd.pairing.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.TestFiles;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The change filing API around the process: Chinese errors on the field at fault, the units a change may add and the
 * consent document they need, the documents, drafts, and who may see and do what.
 */
class ChangeApiTest extends ChangeTest {

  private static Map<String, String> errors(JsonNode body) {
    Map<String, String> byField = new LinkedHashMap<>();
    body.get("fieldErrors").forEach(e -> byField.put(e.get("field").asText(), e.get("message").asText()));
    return byField;
  }

  private JsonNode uploadTo(long filingId, long changeId, String user, String kind, int expected) throws Exception {
    MvcResult result = mvc.perform(multipart(changes(filingId) + "/" + changeId + "/attachments")
        .file(new MockMultipartFile("file", "法人单位同意书.pdf", "application/pdf", TestFiles.pdf()))
        .param("kind", kind).session(login(user)).with(csrf())).andReturn();
    return expect(result, expected);
  }

  /**
   * A unit/team of a university, with its own operator (made once, reused by later runs). It lies in a city of its
   * own, so matchmaking never suggests it to the demo zones.
   */
  private String unitOperator(String username, String universityCode) {
    if (userMapper.findByUsername(username) == null) {
      Org unit = new Org();
      unit.code = TestRegistry.code("T-");
      unit.name = "测试学院" + unit.code.substring(2, 8);
      unit.type = OrgType.UNIT;
      unit.parentId = orgId(universityCode);
      unit.cityCode = new TestRegistry(orgMapper, filingMapper).city("测试市");
      unit.createdAt = TestRegistry.now();
      unit.updatedAt = unit.createdAt;
      orgMapper.insert(unit);
      ensureUser(username, "测试学院经办人", unit.code, Role.UNIT_OPERATOR);
    }
    return username;
  }

  @Test
  void invalidChangesAreRefusedInChineseOnTheFieldAtFaultAndNothingIsWritten() throws Exception {
    long id = approved();
    // no content at all
    JsonNode empty = expect(postJson(changes(id), login("zone_jinan"), Map.of()).andReturn(), 400);
    assertThat(errors(empty)).containsEntry("content", "请填写变更后的备案内容");

    long changeId = createChange(id, "zone_jinan", changeForm(currentContent(id), List.of(), null)).get("id")
        .asLong();
    Map<String, Object> content = currentContent(id);
    content.put("keyTasks", List.of());
    content.put("zoneContact", new LinkedHashMap<>(Map.of("name", "王五", "phone", "1370000", "email", "wang")));
    content.put("endDate", "2026-01-01");
    content.put("projects", List.of(project("", null, null, "-5")));
    Map<String, Object> bad = changeForm(content, List.of(orgId("U002")), " ");
    JsonNode refused = expect(postJson(changes(id) + "/" + changeId + "/submit", login("zone_jinan"), bad)
        .andReturn(), 400);
    assertThat(refused.get("message").asText()).isEqualTo("变更申请不完整或有误，请按提示修改");
    Map<String, String> fields = errors(refused);
    assertThat(fields).containsEntry("content.keyTasks", "请至少选择一项重点任务")
        .containsEntry("content.zoneContact.phone", "手机号格式不正确，应为11位手机号")
        .containsEntry("content.zoneContact.email", "邮箱格式不正确")
        .containsEntry("content.endDate", "合作结束日期应晚于开始日期")
        .containsEntry("content.projects[0].name", "请填写项目名称")
        .containsEntry("content.projects[0].budgetWan", "项目预算不能为负数")
        .containsEntry("reason", "请填写变更原因")
        .containsEntry("addedUnitIds[0]", "所选单位不存在、已停用或不是内设机构/团队");
    fields.values().forEach(message -> assertThat(message).matches(CHINESE));
    // a value of the wrong type names its field too
    JsonNode unreadable = expect(putJson(changes(id) + "/" + changeId, login("zone_jinan"),
        "{\"content\":{\"keyTasks\":[\"NO_SUCH_TASK\"]}}").andReturn(), 400);
    assertThat(errors(unreadable)).containsKey("content.keyTasks[0]");
    // too long a reason, already on a draft save
    JsonNode longReason = expect(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .put(changes(id) + "/" + changeId).session(login("zone_jinan")).with(csrf())
        .contentType("application/json").content(toJson(changeForm(currentContent(id), List.of(), "长".repeat(501)))))
        .andReturn(), 400);
    assertThat(errors(longReason)).containsEntry("reason", "变更原因不能超过500字");
    // the same content as now is no change
    JsonNode same = expect(postJson(changes(id) + "/" + changeId + "/submit", login("zone_jinan"),
        changeForm(currentContent(id), List.of(), "无变化")).andReturn(), 400);
    assertThat(errors(same)).containsEntry("content", "变更后的内容与现备案内容相同，请修改需要变更的内容");
    // an end of the period in the past
    Map<String, Object> past = currentContent(id);
    past.put("startDate", "2020-01-01");
    past.put("endDate", "2021-01-01");
    JsonNode ended = expect(postJson(changes(id) + "/" + changeId + "/submit", login("zone_jinan"),
        changeForm(past, List.of(), "提前结束")).andReturn(), 400);
    assertThat(errors(ended)).containsEntry("content.endDate", "变更后的合作结束日期不能早于今天");
    // a stale version
    Map<String, Object> stale = changeForm(currentContent(id), List.of(), null);
    stale.put("version", 99);
    expect(putJson(changes(id) + "/" + changeId, login("zone_jinan"), stale).andReturn(), 409);

    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.DRAFT);
    assertThat(processOf(changeId)).isNull();
    assertThat(changeMapper.findSnapshot(changeId)).isNull();
    assertThat(filing(id).zoneContactName).isEqualTo("张三");
  }

  @Test
  void addingAUnitOfThePairingsUniversityNeedsItsConsentAndMakesItAParticipant() throws Exception {
    long id = approved();
    // a unit of 山东大学 of this test's own (the demo unit's view of filings stays as other tests expect it)
    String unitUser = unitOperator("h_change_unit_sdu", "U001");
    long unit = user(unitUser).orgId();
    String unitName = orgMapper.findById(unit).name;
    // it cannot see the pairing yet
    expect(getJson("/api/filings/" + id, login(unitUser)).andReturn(), 404);
    // units of another university, the subject itself and non-units are refused
    String otherUnit = unitOperator("h_change_unit_ouc", "U002");
    long otherUnitId = user(otherUnit).orgId();
    long changeId = createChange(id, "univ_sdu", changeForm(currentContent(id), List.of(), null)).get("id").asLong();
    JsonNode refused = expect(putJson(changes(id) + "/" + changeId, login("univ_sdu"),
        changeForm(currentContent(id), List.of(otherUnitId, orgId("U001")), null)).andReturn(), 400);
    assertThat(errors(refused)).containsEntry("addedUnitIds[0]", "只能新增本结对高校的内设机构/团队")
        .containsEntry("addedUnitIds[1]", "所选单位不存在、已停用或不是内设机构/团队");

    Map<String, Object> form = changeForm(currentContent(id), List.of(unit, unit), "控制学院团队加入结对");
    JsonNode withoutConsent = expect(postJson(changes(id) + "/" + changeId + "/submit", login("univ_sdu"), form)
        .andReturn(), 400);
    assertThat(errors(withoutConsent)).containsOnlyKeys("attachments.CONSENT");
    assertThat(errors(withoutConsent).get("attachments.CONSENT"))
        .isEqualTo("新增内设机构/团队参与结对，请上传所属高校出具的法人单位同意书（PDF）");
    // only the applicant uploads; a fake PDF is refused by its content
    uploadTo(id, changeId, "zone_jinan", "CONSENT", 403);
    JsonNode fake = expect(mvc.perform(multipart(changes(id) + "/" + changeId + "/attachments")
        .file(new MockMultipartFile("file", "同意书.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
        .param("kind", "CONSENT").session(login("univ_sdu")).with(csrf())).andReturn(), 400);
    assertThat(errors(fake)).containsKey("file");
    JsonNode consent = uploadTo(id, changeId, "univ_sdu", "CONSENT", 201);
    assertThat(consent.get("kindLabel").asText()).isEqualTo("法人单位同意书");
    assertThat(consent.get("downloadUrl").asText())
        .isEqualTo(changes(id) + "/" + changeId + "/attachments/" + consent.get("id").asLong() + "/content");

    JsonNode submitted = submitChange(id, changeId, "univ_sdu", form);
    assertThat(submitted.get("addedUnits")).hasSize(1);
    assertThat(submitted.get("addedUnits").get(0).get("name").asText()).isEqualTo(unitName);
    // the zone is the counterpart this time
    assertThat(notificationsOf("zone_jinan", id, "山东大学申请变更")).isEqualTo(1);
    // the reviewers read the consent document
    mvc.perform(get(consent.get("downloadUrl").asText()).session(login("city_jinan")))
        .andExpect(status().isOk());
    decideChange(changeId, "changeCityReview", "city_jinan", "APPROVE", null);
    decideChange(changeId, "changeProvinceReview", "prov_st", "APPROVE", null);

    // a participant now: the unit sees the pairing, its detail lists it, the consent joined the filing's documents
    JsonNode seen = detail(id, login(unitUser));
    assertThat(seen.get("participants")).hasSize(1);
    assertThat(seen.get("participants").get(0).get("name").asText()).isEqualTo(unitName);
    assertThat(seen.get("zoneContact").get("phone").asText()).as("a participant reads phones masked")
        .isEqualTo("138****0000");
    List<String> kinds = new ArrayList<>();
    detail(id, login("zone_jinan")).get("attachments").forEach(a -> kinds.add(a.get("kind").asText()));
    assertThat(kinds).containsExactly("AGREEMENT", "CONSENT");
    assertThat(notificationsOf(unitUser, id, "贵单位已作为参与单位加入")).isEqualTo(1);
    JsonNode record = body(getJson(changes(id), login(unitUser)).andReturn()).get("items").get(0);
    assertThat(record.get("addedUnits").get(0).get("id").asLong()).isEqualTo(unit);
    assertThat(record.get("changes")).isEmpty();
    // and cannot be added twice
    long next = createChange(id, "zone_jinan", changeForm(currentContent(id), List.of(), null)).get("id").asLong();
    JsonNode twice = expect(putJson(changes(id) + "/" + next, login("zone_jinan"),
        changeForm(currentContent(id), List.of(unit), null)).andReturn(), 400);
    assertThat(errors(twice)).containsEntry("addedUnitIds[0]", "该内设机构/团队已参与本结对");
  }

  @Test
  void draftsBelongToTheTwoPartiesAndOnlyTheApplicantEditsOrDiscardsThem() throws Exception {
    long id = approved();
    JsonNode draft = createChange(id, "zone_jinan", changeForm(currentContent(id), List.of(), null));
    long changeId = draft.get("id").asLong();
    assertThat(draft.get("editable").asBoolean()).isTrue();
    assertThat(draft.get("discardable").asBoolean()).isTrue();
    assertThat(draft.get("no").asInt()).isEqualTo(1);
    String url = changes(id) + "/" + changeId;

    // the other party sees the draft, read-only
    JsonNode other = body(getJson(url, login("univ_sdu")).andExpect(status().isOk()).andReturn());
    assertThat(other.get("editable").asBoolean()).isFalse();
    expect(putJson(url, login("univ_sdu"), changeForm(currentContent(id), List.of(), null)).andReturn(), 403);
    expect(postJson(url + "/submit", login("univ_sdu"), changeForm(currentContent(id), List.of(), "x")).andReturn(),
        403);
    expect(mvc.perform(delete(url).session(login("univ_sdu")).with(csrf())).andReturn(), 403);
    // reviewers and the monitor do not see drafts
    for (String user : List.of("city_jinan", "prov_st", "monitor")) {
      expect(getJson(url, login(user)).andReturn(), 404);
      expect(getJson(changes(id) + "/open", login(user)).andReturn(), 404);
      assertThat(body(getJson(changes(id), login(user)).andReturn()).get("items")).as(user).isEmpty();
    }

    // the applicant's documents and the discarded draft go together
    JsonNode doc = uploadTo(id, changeId, "zone_jinan", "OTHER", 201);
    expect(mvc.perform(delete(url + "/attachments/" + doc.get("id").asLong()).session(login("zone_jinan"))
        .with(csrf())).andReturn(), 204);
    uploadTo(id, changeId, "zone_jinan", "OTHER", 201);
    expect(mvc.perform(delete(url).session(login("zone_jinan")).with(csrf())).andReturn(), 204);
    expect(getJson(url, login("zone_jinan")).andReturn(), 404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_change_attachment WHERE change_id = ?", Long.class,
        changeId)).isZero();
    assertThat(body(getJson(changes(id), login("univ_sdu")).andReturn()).get("canApply").asBoolean()).isTrue();

    // once submitted: the reviewers see it, nobody may discard it, the applicant may no longer edit it
    long submitted = submittedChange(id, contactChanged(id), "联系人调整");
    String submittedUrl = changes(id) + "/" + submitted;
    for (String user : List.of("city_jinan", "prov_st", "monitor", "univ_sdu")) {
      JsonNode seen = body(getJson(submittedUrl, login(user)).andExpect(status().isOk()).andReturn());
      assertThat(seen.get("statusLabel").asText()).as(user).isEqualTo("市科技局初审中");
    }
    expect(mvc.perform(delete(submittedUrl).session(login("zone_jinan")).with(csrf())).andReturn(), 409);
    expect(putJson(submittedUrl, login("zone_jinan"), changeForm(contactChanged(id), List.of(), null)).andReturn(),
        409);
    uploadTo(id, submitted, "zone_jinan", "OTHER", 409);
  }

  private Map<String, Object> contactChanged(long id) throws Exception {
    Map<String, Object> content = currentContent(id);
    content.put("universityContact", new LinkedHashMap<>(Map.of("name", "赵六", "phone", "13600000000",
        "email", "zhao@sdu.edu.cn")));
    return content;
  }

  @Test
  void organisationsOutsideThePairingAreDenied() throws Exception {
    long id = approved();
    long changeId = submittedChange(id, contactChanged(id), "联系人调整");
    ensureUser("h6_univ_ouc", "中国海洋大学经办人", "U002", Role.UNIVERSITY_OPERATOR);
    String otherUnit = unitOperator("h_change_unit_ouc", "U002");
    // organisations that cannot see the pairing: 404 on every call, its existence stays unknown; the
    // administrators take no part in filings at all (403 before any record is looked at)
    for (String user : List.of("zone_qingdao", "h6_univ_ouc", otherUnit, "unit_sdu", "city_qingdao", "sysadmin",
        "secadmin", "auditadmin")) {
      int expected = user.endsWith("admin") ? 403 : 404;
      for (MvcResult result : List.of(
          getJson(changes(id), login(user)).andReturn(),
          getJson(changes(id) + "/" + changeId, login(user)).andReturn(),
          postJson(changes(id), login(user), changeForm(contactChanged(id), List.of(), null)).andReturn(),
          postJson(changes(id) + "/" + changeId + "/withdraw", login(user), Map.of()).andReturn())) {
        assertThat(result.getResponse().getStatus()).as(user + " " + result.getRequest().getRequestURI())
            .isEqualTo(expected);
        assertThat(body(result).get("message").asText()).matches(CHINESE);
      }
    }
    // those who see it but are no party: they may read the submitted change, not apply or act on it
    for (String user : List.of("city_jinan", "prov_st", "prov_edu", "monitor")) {
      JsonNode denied = expect(postJson(changes(id), login(user), changeForm(contactChanged(id), List.of(), null))
          .andReturn(), 403);
      assertThat(denied.get("message").asText()).isEqualTo("只有结对双方的经办人可以申请变更备案");
      expect(postJson(changes(id) + "/" + changeId + "/withdraw", login(user), Map.of()).andReturn(), 403);
      expect(postJson(changes(id) + "/" + changeId + "/submit", login(user),
          changeForm(contactChanged(id), List.of(), "x")).andReturn(), 403);
      JsonNode list = body(getJson(changes(id), login(user)).andExpect(status().isOk()).andReturn());
      assertThat(list.get("canApply").asBoolean()).as(user).isFalse();
      assertThat(list.get("items")).as(user).hasSize(1);
    }
    // a change of another filing is not found under this one
    long other = approved();
    expect(getJson(changes(other) + "/" + changeId, login("zone_jinan")).andReturn(), 404);
    // only the city of the zone and 省科技厅 decide its steps
    String cityTask = changeTask(changeId, "changeCityReview").getId();
    for (String user : List.of("city_qingdao", "prov_st", "zone_jinan", "univ_sdu", "monitor")) {
      expect(complete(cityTask, login(user), "APPROVE", null).andReturn(), 403);
    }
    assertThat(statusOfChange(changeId)).isEqualTo(ChangeStatus.CITY_REVIEW);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_change WHERE filing_id = ?", Long.class, id))
        .isEqualTo(1);
  }
}
