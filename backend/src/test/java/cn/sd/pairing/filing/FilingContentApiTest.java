package cn.sd.pairing.filing;

import cn.sd.pairing.review.Decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a filing holds (备案内容) over HTTP: every field family round-trips and is validated with a
 * Chinese message on its exact path; the optimistic lock; drafts by university and unit operators;
 * the registry pickers of the form.
 */
class FilingContentApiTest extends ApiTest {

  /** field → message of a 400 answer. */
  private static Map<String, String> errors(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
    Map<String, String> errors = new LinkedHashMap<>();
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.getResponse().getContentAsByteArray())
        .path("fieldErrors").forEach(f -> errors.put(f.path("field").asText(), f.path("message").asText()));
    errors.values().forEach(message -> assertThat(message).matches(CHINESE));
    return errors;
  }

  /** The answer to creating a draft from form("U001") changed by the edit. */
  private MvcResult createWith(Consumer<Map<String, Object>> edit) throws Exception {
    Map<String, Object> form = form("U001");
    edit.accept(form);
    return postJson("/api/filings", login("zone_jinan"), form).andReturn();
  }

  private static String text(int length) {
    return "字".repeat(length);
  }

  @Test
  void everyPartOfTheContentRoundTripsAndListsAreReplacedOnSave() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    JsonNode created = detail(id, zone);
    assertThat(created.path("version").asInt()).isZero();
    assertThat(created.path("zoneLevel").asText()).isEqualTo("NATIONAL");
    assertThat(created.path("zoneLevelLabel").asText()).isEqualTo("国家级");
    assertThat(created.path("cityName").asText()).isEqualTo("济南市");
    assertThat(created.path("subjectType").asText()).isEqualTo("UNIVERSITY");
    assertThat(created.path("subjectTypeLabel").asText()).isEqualTo("高校");
    assertThat(created.path("parentUniversityId").isNull()).isTrue();
    assertThat(created.path("initiatorName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(created.path("zoneIndustries").toString()).isEqualTo("[\"新一代信息技术\",\"智能装备\"]");
    assertThat(created.path("subjectDisciplines").toString()).isEqualTo("[\"控制科学与工程\"]");
    assertThat(created.path("mechanismDecision").asText()).isEqualTo("区校联席会议每季度召开一次，共商重大事项");
    assertThat(created.path("mechanismBenefit").asText()).isEqualTo("成果转化收益按协议比例分配");
    assertThat(created.path("projects")).hasSize(1);
    JsonNode project = created.path("projects").get(0);
    assertThat(project.path("name").asText()).isEqualTo("智能传感器联合攻关");
    assertThat(project.path("field").asText()).isEqualTo("智能装备");
    assertThat(project.path("leadEnterprise").asText()).isEqualTo("某链主企业");
    assertThat(project.path("budgetWan").decimalValue()).isEqualByComparingTo("300.50");
    JsonNode platform = created.path("platforms").get(0);
    assertThat(platform.path("type").asText()).isEqualTo("PILOT_BASE");
    assertThat(platform.path("typeLabel").asText()).isEqualTo("中试基地");
    assertThat(platform.path("note").asText()).isEqualTo("共建共用");
    assertThat(created.path("talent").toString())
        .isEqualTo("{\"vicePresidents\":2,\"industryProfessors\":3,\"secondments\":1,\"twoWayPostings\":4}");
    assertThat(created.path("targets2026").asText()).startsWith("建成联合中试基地");
    assertThat(created.path("targets2028").asText()).startsWith("转化成果");
    assertThat(created.path("attachments")).isEmpty();

    // a save replaces the lists as a whole, in the order given; texts are trimmed; the version moves on
    Map<String, Object> changed = form("U001");
    changed.put("version", 0);
    changed.put("projects", List.of(project("  项目甲  ", null, null, 0), project("项目乙", "新材料", null, "12345678901.25")));
    changed.put("platforms", List.of(platform("LAB", "联合实验室", null), platform("POC_CENTER", "概念验证中心", null),
        platform("SPECIAL_COLLEGE", "卓越工程师学院", "人工智能方向")));
    changed.put("zoneIndustries", List.of(" 生物医药 ", "", "生物医药", "新材料"));
    changed.put("talent", Map.of("vicePresidents", 10000));
    JsonNode saved = body(putJson("/api/filings/" + id, zone, changed).andExpect(status().isOk()).andReturn());
    assertThat(saved.path("version").asInt()).isEqualTo(1);
    assertThat(saved.path("projects").findValuesAsText("name")).containsExactly("项目甲", "项目乙");
    assertThat(saved.path("projects").get(1).path("budgetWan").decimalValue())
        .isEqualByComparingTo(new BigDecimal("12345678901.25"));
    assertThat(saved.path("platforms").findValuesAsText("typeLabel"))
        .containsExactly("实验室", "概念验证中心", "专业特色学院/卓越工程师学院");
    assertThat(saved.path("zoneIndustries").toString()).isEqualTo("[\"生物医药\",\"新材料\"]");
    assertThat(saved.path("talent").toString())
        .isEqualTo("{\"vicePresidents\":10000,\"industryProfessors\":0,\"secondments\":0,\"twoWayPostings\":0}");

    Map<String, Object> emptied = form("U001");
    emptied.put("projects", List.of());
    emptied.remove("platforms");
    JsonNode empty = body(putJson("/api/filings/" + id, zone, emptied).andExpect(status().isOk()).andReturn());
    assertThat(empty.path("projects")).isEmpty();
    assertThat(empty.path("platforms")).isEmpty();
    assertThat(empty.path("version").asInt()).isEqualTo(2);
    assertThat(filingMapper.findProjects(id)).isEmpty();
  }

  @Test
  void industriesAndDisciplinesDefaultToTheRegistryWhenNotGiven() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    Map<String, Object> form = form("U001");
    form.remove("zoneIndustries");
    form.remove("subjectDisciplines");
    long id = createDraft(zone, form);
    JsonNode detail = detail(id, zone);
    assertThat(detail.path("zoneIndustries").toString()).isEqualTo("[\"新一代信息技术\",\"生物医药\",\"智能装备\"]");
    assertThat(detail.path("subjectDisciplines").toString())
        .isEqualTo("[\"材料科学\",\"数学\",\"临床医学\",\"控制科学与工程\"]");

    // an explicit empty list stays empty, and a submission then asks for them
    form.put("zoneIndustries", List.of());
    form.put("subjectDisciplines", List.of());
    uploadPdf(id, zone, "AGREEMENT");
    Map<String, String> errors = errors(postJson("/api/filings/" + id + "/submit", zone, form).andReturn());
    assertThat(errors).containsOnlyKeys("zoneIndustries", "subjectDisciplines");
    assertThat(errors.get("zoneIndustries")).isEqualTo("请至少填写一项高新区主导产业");
  }

  @Test
  void industryAndDisciplineTagsAreCheckedPerItem() throws Exception {
    Map<String, String> tooMany = errors(createWith(f -> f.put("zoneIndustries",
        IntStream.range(0, 21).mapToObj(i -> "产业" + i).toList())));
    assertThat(tooMany).containsOnlyKeys("zoneIndustries");
    assertThat(tooMany.get("zoneIndustries")).isEqualTo("主导产业最多填写20项");

    Map<String, String> items = errors(createWith(f -> {
      f.put("zoneIndustries", List.of("新材料", text(33)));
      f.put("subjectDisciplines", List.of("数学；物理"));
    }));
    assertThat(items).containsOnlyKeys("zoneIndustries[1]", "subjectDisciplines[0]");
    assertThat(items.get("zoneIndustries[1]")).isEqualTo("每项主导产业不能超过32个字");
    assertThat(items.get("subjectDisciplines[0]")).isEqualTo("优势学科不能包含分号");
  }

  @Test
  void mechanismsAndTargetsAreLimitedTo2000CharactersAndRequiredOnSubmit() throws Exception {
    Map<String, String> tooLong = errors(createWith(f -> {
      for (String field : List.of("mechanismDecision", "mechanismProject", "mechanismTalent", "mechanismBenefit",
          "targets2026", "targets2028")) {
        f.put(field, text(2001));
      }
    }));
    assertThat(tooLong).containsOnlyKeys("mechanismDecision", "mechanismProject", "mechanismTalent",
        "mechanismBenefit", "targets2026", "targets2028");
    assertThat(tooLong.get("mechanismTalent")).isEqualTo("人才共用机制不能超过2000个字");
    assertThat(tooLong.get("targets2028")).isEqualTo("2028年底目标不能超过2000个字");
    // exactly 2000 is fine
    assertThat(createWith(f -> f.put("mechanismDecision", text(2000))).getResponse().getStatus()).isEqualTo(201);

    // a draft may leave them empty; a submission may not (blank counts as empty)
    MockHttpSession zone = login("zone_jinan");
    Map<String, Object> blank = form("U001");
    for (String field : List.of("mechanismDecision", "mechanismProject", "mechanismTalent", "mechanismBenefit")) {
      blank.put(field, "   ");
    }
    blank.remove("targets2026");
    blank.put("targets2028", "");
    long id = createDraft(zone, blank);
    uploadPdf(id, zone, "AGREEMENT");
    Map<String, String> missing = errors(postJson("/api/filings/" + id + "/submit", zone, blank).andReturn());
    assertThat(missing).containsOnlyKeys("mechanismDecision", "mechanismProject", "mechanismTalent",
        "mechanismBenefit", "targets2026", "targets2028");
    assertThat(missing.get("mechanismDecision")).isEqualTo("请填写决策共商机制");
    assertThat(missing.get("mechanismProject")).isEqualTo("请填写项目共研机制");
    assertThat(missing.get("mechanismTalent")).isEqualTo("请填写人才共用机制");
    assertThat(missing.get("mechanismBenefit")).isEqualTo("请填写利益共享机制");
    assertThat(missing.get("targets2026")).isEqualTo("请填写2026年底目标");
    assertThat(filing(id).status).isEqualTo(FilingStatus.DRAFT);
  }

  @Test
  void projectsAreCheckedRowByRow() throws Exception {
    Map<String, String> rows = errors(createWith(f -> f.put("projects", List.of(
        project("合格项目", "新材料", "链主", "10"),
        project("  ", text(51), text(101), "1"),
        project("预算为负", null, null, "-0.01"),
        project(text(101), null, null, "1.005"),
        project("预算过大", null, null, "1234567890123")))));
    assertThat(rows).containsOnlyKeys("projects[1].name", "projects[1].field", "projects[1].leadEnterprise",
        "projects[2].budgetWan", "projects[3].name", "projects[3].budgetWan", "projects[4].budgetWan");
    assertThat(rows.get("projects[1].name")).isEqualTo("请填写项目名称");
    assertThat(rows.get("projects[1].field")).isEqualTo("所属领域不能超过50个字");
    assertThat(rows.get("projects[1].leadEnterprise")).isEqualTo("链主企业不能超过100个字");
    assertThat(rows.get("projects[2].budgetWan")).isEqualTo("项目预算不能为负数");
    assertThat(rows.get("projects[3].name")).isEqualTo("项目名称不能超过100个字");
    assertThat(rows.get("projects[3].budgetWan")).contains("2位小数");

    Map<String, String> tooMany = errors(createWith(f -> f.put("projects",
        IntStream.range(0, 51).mapToObj(i -> project("项目" + i, null, null, null)).toList())));
    assertThat(tooMany).containsOnlyKeys("projects");
    assertThat(tooMany.get("projects")).isEqualTo("合作项目最多填写50项");

    // a budget that is no number at all is named too
    Map<String, String> notANumber = errors(createWith(f -> f.put("projects",
        List.of(project("甲", null, null, "1"), project("乙", null, null, "一百万")))));
    assertThat(notANumber).containsOnlyKeys("projects[1].budgetWan");
  }

  @Test
  void platformsAreCheckedRowByRow() throws Exception {
    Map<String, String> rows = errors(createWith(f -> f.put("platforms", List.of(
        platform("MUSEUM", "博物馆", null),
        platform("LAB", "", null),
        platform("TRAINING_BASE", "实训基地", text(501)),
        platform(null, text(101), null)))));
    assertThat(rows).containsOnlyKeys("platforms[0].type", "platforms[1].name", "platforms[2].note",
        "platforms[3].type", "platforms[3].name");
    assertThat(rows.get("platforms[0].type")).startsWith("平台类型只能是实验室");
    assertThat(rows.get("platforms[1].name")).isEqualTo("请填写平台名称");
    assertThat(rows.get("platforms[2].note")).isEqualTo("平台说明不能超过500个字");
    assertThat(rows.get("platforms[3].type")).isEqualTo("请选择平台类型");
    assertThat(rows.get("platforms[3].name")).isEqualTo("平台名称不能超过100个字");

    Map<String, String> tooMany = errors(createWith(f -> f.put("platforms",
        IntStream.range(0, 31).mapToObj(i -> platform("LAB", "实验室" + i, null)).toList())));
    assertThat(tooMany).containsOnlyKeys("platforms");
    assertThat(tooMany.get("platforms")).isEqualTo("共建平台最多填写30项");
  }

  @Test
  void talentCountsAreWholeNumbersFrom0To10000() throws Exception {
    Map<String, String> range = errors(createWith(f -> f.put("talent",
        Map.of("vicePresidents", -1, "industryProfessors", 10001, "secondments", 0, "twoWayPostings", 10000))));
    assertThat(range).containsOnlyKeys("talent.vicePresidents", "talent.industryProfessors");
    assertThat(range.get("talent.vicePresidents")).isEqualTo("科技副总人数应为0–10000的整数");
    assertThat(range.get("talent.industryProfessors")).isEqualTo("产业教授人数应为0–10000的整数");

    Map<String, String> fraction = errors(createWith(f -> f.put("talent", Map.of("secondments", 1.5))));
    assertThat(fraction).containsOnlyKeys("talent.secondments");
    Map<String, String> word = errors(createWith(f -> f.put("talent", Map.of("twoWayPostings", "三"))));
    assertThat(word).containsOnlyKeys("talent.twoWayPostings");
  }

  @Test
  void aSaveBasedOnAnOlderVersionIs409AndChangesNothing() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    Map<String, Object> first = form("U001");
    first.put("version", 0);
    first.put("targets2026", "第一位经办人的目标");
    putJson("/api/filings/" + id, zone, first).andExpect(status().isOk());
    Filing afterFirst = filing(id);
    assertThat(afterFirst.version).isEqualTo(1);

    // a second operator still holds version 0
    Map<String, Object> stale = form("U001");
    stale.put("version", 0);
    stale.put("targets2026", "第二位经办人的目标");
    stale.put("projects", List.of());
    for (MvcResult result : List.of(putJson("/api/filings/" + id, zone, stale).andReturn(),
        postJson("/api/filings/" + id + "/submit", zone, stale).andReturn())) {
      assertThat(result.getResponse().getStatus()).isEqualTo(409);
      assertThat(body(result).path("message").asText()).isEqualTo("该备案已被他人修改，请刷新后重试");
    }
    Filing now = filing(id);
    assertThat(now.version).isEqualTo(1);
    assertThat(now.targets2026).isEqualTo("第一位经办人的目标");
    assertThat(now.updatedAt).isEqualTo(afterFirst.updatedAt);
    assertThat(filingMapper.findProjects(id)).hasSize(1);

    // with the current version the save goes through
    stale.put("version", 1);
    assertThat(body(putJson("/api/filings/" + id, zone, stale).andExpect(status().isOk()).andReturn())
        .path("version").asInt()).isEqualTo(2);
  }

  @Test
  void aUniversityOperatorFilesForItsUniversityOrItsUnitAndPicksTheZone() throws Exception {
    MockHttpSession sdu = login("univ_sdu");
    Map<String, Object> form = form("U001");
    form.remove("universityId");
    form.put("zoneId", orgId("GX370101"));
    long id = createDraft(sdu, form);
    JsonNode draft = detail(id, sdu);
    assertThat(draft.path("universityName").asText()).isEqualTo("山东大学");
    assertThat(draft.path("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(draft.path("initiatorName").asText()).isEqualTo("山东大学");
    assertThat(draft.path("initiatorType").asText()).isEqualTo("UNIVERSITY");
    assertThat(draft.path("editable").asBoolean()).isTrue();
    assertThat(filing(id).initiatorOrgId).isEqualTo(orgId("U001"));
    // the zone does not see the university's draft
    getJson("/api/filings/" + id, login("zone_jinan")).andExpect(status().isNotFound());

    // one of its units as the subject
    Map<String, Object> forUnit = new LinkedHashMap<>(form);
    forUnit.put("universityId", orgId("U001-01"));
    long unitFiling = createDraft(sdu, forUnit);
    JsonNode unit = detail(unitFiling, sdu);
    assertThat(unit.path("subjectType").asText()).isEqualTo("UNIT");
    assertThat(unit.path("subjectTypeLabel").asText()).isEqualTo("内设机构/团队");
    assertThat(unit.path("parentUniversityId").asLong()).isEqualTo(orgId("U001"));
    assertThat(unit.path("parentUniversityName").asText()).isEqualTo("山东大学");

    // another university, no zone, a zone that is no zone: field errors
    Map<String, Object> other = new LinkedHashMap<>(form);
    other.put("universityId", orgId("U002"));
    other.remove("zoneId");
    Map<String, String> errors = errors(postJson("/api/filings", sdu, other).andReturn());
    assertThat(errors).containsOnlyKeys("universityId", "zoneId");
    assertThat(errors.get("zoneId")).isEqualTo("请选择结对高新区");
    other.put("universityId", orgId("U001"));
    other.put("zoneId", orgId("U002"));
    assertThat(errors(postJson("/api/filings", sdu, other).andReturn())).containsOnlyKeys("zoneId");

    // submitted with its agreement, the filing waits for the zone's confirmation and the zone sees it
    uploadPdf(id, sdu, "AGREEMENT");
    postJson("/api/filings/" + id + "/submit", sdu, form).andExpect(status().isOk());
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);
    assertThat(detail(id, login("zone_jinan")).path("universityName").asText()).isEqualTo("山东大学");
    assertThat(detail(id, login("city_jinan")).path("initiatorName").asText()).isEqualTo("山东大学");
  }

  @Test
  void aUnitOperatorFilesForItsOwnUnitAndItsUniversitySeesTheSubmittedFiling() throws Exception {
    MockHttpSession unit = login("unit_sdu");
    Map<String, Object> form = form("U002"); // the subject is forced to the unit itself
    form.put("zoneId", orgId("GX370201"));
    form.remove("subjectDisciplines");
    long id = createDraft(unit, form);
    JsonNode draft = detail(id, unit);
    assertThat(draft.path("universityId").asLong()).isEqualTo(orgId("U001-01"));
    assertThat(draft.path("universityName").asText()).isEqualTo("山东大学控制科学与工程学院");
    assertThat(draft.path("parentUniversityName").asText()).isEqualTo("山东大学");
    assertThat(draft.path("zoneName").asText()).isEqualTo("青岛高新技术产业开发区");
    assertThat(draft.path("subjectDisciplines").toString()).isEqualTo("[\"控制科学与工程\"]");
    MockHttpSession sdu = login("univ_sdu");
    getJson("/api/filings/" + id, sdu).andExpect(status().isNotFound());

    uploadPdf(id, unit, "AGREEMENT");
    uploadPdf(id, unit, "CONSENT");
    postJson("/api/filings/" + id + "/submit", unit, form).andExpect(status().isOk());
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);
    // the legal-entity university sees its unit's filing, with the contacts unmasked
    JsonNode seen = detail(id, sdu);
    assertThat(seen.path("universityContact").path("phone").asText()).isEqualTo("13900000000");
    assertThat(seen.path("editable").asBoolean()).isFalse();
    List<String> listed = body(getJson("/api/filings?size=100", sdu).andReturn()).path("items")
        .findValuesAsText("id");
    assertThat(listed).contains(String.valueOf(id));
    assertThat(detail(id, login("city_qingdao")).path("subjectType").asText()).isEqualTo("UNIT");
  }

  @Test
  void onceSubmittedTheFilingKeepsItsParties() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    postJson("/api/tasks/" + taskId(id, "cityReview") + "/complete", login("city_jinan"),
        Map.of("decision", "RETURN", "opinion", "请补充")).andExpect(status().isOk());
    Map<String, Object> other = form("U002");
    assertThat(errors(putJson("/api/filings/" + id, zone, other).andReturn())).containsOnlyKeys("universityId");
    putJson("/api/filings/" + id, zone, form("U001")).andExpect(status().isOk());
  }

  @Test
  void registryPickersListZonesAndSubjectsWithTheirFacts() throws Exception {
    MockHttpSession session = login("univ_sdu");
    JsonNode zones = body(getJson("/api/registry/zones?q=济南", session).andExpect(status().isOk()).andReturn());
    JsonNode jinan = null;
    for (JsonNode z : zones) {
      assertThat(z.path("name").asText()).contains("济南");
      if ("GX370101".equals(z.path("code").asText())) {
        jinan = z;
      }
    }
    assertThat(jinan).isNotNull();
    assertThat(jinan.path("cityName").asText()).isEqualTo("济南市");
    assertThat(jinan.path("level").asText()).isEqualTo("NATIONAL");
    assertThat(jinan.path("levelLabel").asText()).isEqualTo("国家级");
    assertThat(jinan.path("industries").toString()).isEqualTo("[\"新一代信息技术\",\"生物医药\",\"智能装备\"]");

    JsonNode all = body(getJson("/api/registry/zones", session).andReturn());
    assertThat(all.findValuesAsText("code")).contains("GX370101", "GX370201");

    JsonNode subjects = body(getJson("/api/registry/subjects?q=控制科学", session).andExpect(status().isOk())
        .andReturn());
    JsonNode unit = null;
    for (JsonNode s : subjects) {
      if ("U001-01".equals(s.path("code").asText())) {
        unit = s;
      }
    }
    assertThat(unit).isNotNull();
    assertThat(unit.path("type").asText()).isEqualTo("UNIT");
    assertThat(unit.path("typeLabel").asText()).isEqualTo("内设机构/团队");
    assertThat(unit.path("parentId").asLong()).isEqualTo(orgId("U001"));
    assertThat(unit.path("parentName").asText()).isEqualTo("山东大学");
    assertThat(unit.path("disciplines").toString()).isEqualTo("[\"控制科学与工程\"]");

    // one university and its units, the university first; the parent's name finds the units too
    JsonNode ofSdu = body(getJson("/api/registry/subjects?universityId=" + orgId("U001"), session).andReturn());
    List<String> codes = new ArrayList<>(ofSdu.findValuesAsText("code"));
    assertThat(codes.get(0)).isEqualTo("U001");
    assertThat(codes).contains("U001-01");
    // (other tests may have added units to 山东大学: every one listed must be one of its own)
    for (JsonNode subject : ofSdu) {
      if (!"U001".equals(subject.path("code").asText())) {
        assertThat(subject.path("parentId").asLong()).as(subject.path("code").asText()).isEqualTo(orgId("U001"));
      }
    }
    assertThat(body(getJson("/api/registry/subjects?q=山东大学", session).andReturn()).findValuesAsText("code"))
        .contains("U001", "U001-01");
    // wildcards match literally, zones are no subjects
    assertThat(body(getJson("/api/registry/subjects?q=%25", session).andReturn())).isEmpty();
    assertThat(body(getJson("/api/registry/subjects?q=高新技术产业开发区", session).andReturn())).isEmpty();
    // the old picker is still there
    assertThat(body(getJson("/api/registry/universities?q=山东大学", session).andReturn()).findValuesAsText("code"))
        .contains("U001").doesNotContain("U001-01");
  }
}
