package cn.sd.pairing.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.common.TabularFile;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.security.ApiClient;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matchmaking through the API on registry facts made for the test: three new cities (home, a
 * neighbour, a far one), industries and disciplines whose names carry a per-run suffix, so no other
 * data can score; everything is rolled back. Expected scores: +10 per matched industry–discipline
 * pair, +6 same city, +3 neighbouring city, −1 per zone the legal-entity university pairs with.
 */
@Transactional
class MatchmakingApiTest extends IntegrationTest {
  @Autowired MatchmakingService matchmaking;
  @Autowired IndustryDisciplineService mappings;
  @Autowired JdbcTemplate jdbc;

  private String run;
  private String i1;
  private String i2;
  private String d1;
  private String d2;
  private String d3;
  private String nearName;
  private Org zone;       // home city, industries I1;I2: paired with P (approved), Q (under way), R (draft only)
  private Org bareZone;   // near city, no industries, under way with A
  private Org otherZone;  // far city, approved with A
  private Org offZone;    // disabled
  private TestRegistry registry;
  private long creator;

  @BeforeEach
  void scenario() {
    registry = new TestRegistry(orgMapper, filingMapper);
    creator = userMapper.findByUsername("zone_jinan").id;
    run = ApiClient.unique();
    i1 = "测试产业甲" + run;
    i2 = "测试产业乙" + run;
    d1 = "测试学科甲" + run;
    d2 = "测试学科乙" + run;
    d3 = "测试学科丙" + run;
    mappings.create(new IndustryDisciplineForm(i1, d1));
    mappings.create(new IndustryDisciplineForm(i1, d2));
    mappings.create(new IndustryDisciplineForm(i2, d3));
    String home = registry.city("推荐测试甲市");
    nearName = "推荐测试乙市";
    String near = registry.city(nearName);
    String far = registry.city("推荐测试丙市");
    jdbc.update("INSERT INTO city_neighbour (city_code, neighbour_code) VALUES (?, ?)", near, home);

    zone = org("Z", OrgType.ZONE, home, i1 + ";" + i2, null, true);
    bareZone = org("Z3", OrgType.ZONE, near, null, null, true);
    otherZone = org("Z2", OrgType.ZONE, far, i1, null, true);
    offZone = org("Z9", OrgType.ZONE, home, i1, null, false);

    Org a = org("A", OrgType.UNIVERSITY, far, d1 + ";" + d2, null, true);
    org("A-01", OrgType.UNIT, far, d3, a, true);
    org("B", OrgType.UNIVERSITY, home, d3, null, true);
    org("C", OrgType.UNIVERSITY, near, d1, null, true);
    org("D", OrgType.UNIVERSITY, near, d3, null, true);
    org("E", OrgType.UNIVERSITY, near, d3, null, true);
    org("F", OrgType.UNIVERSITY, home, null, null, true);   // no disciplines: only 同城
    org("G", OrgType.UNIVERSITY, far, null, null, true);    // no disciplines, far: no reason at all
    Org h = org("H", OrgType.UNIVERSITY, far, d1, null, false); // disabled
    org("H-01", OrgType.UNIT, far, d1, h, true);                 // unit of a disabled university
    Org p = org("P", OrgType.UNIVERSITY, home, d1, null, true);
    Org q = org("Q", OrgType.UNIVERSITY, near, d1 + ";" + d3, null, true);
    Org r = org("R", OrgType.UNIVERSITY, home, d2, null, true);

    registry.filing(zone, p, FilingStatus.APPROVED, creator);
    registry.filing(zone, q, FilingStatus.CITY_REVIEW, creator);
    registry.filing(zone, r, FilingStatus.DRAFT, creator);
    registry.filing(zone, r, FilingStatus.REJECTED, creator);
    registry.filing(otherZone, a, FilingStatus.APPROVED, creator);
    registry.filing(bareZone, a, FilingStatus.CONFIRMING, creator);
  }

  private String code(String suffix) {
    return "MM" + run + "-" + suffix;
  }

  private Org org(String suffix, OrgType type, String city, String terms, Org parent, boolean enabled) {
    Org org = new Org();
    org.code = code(suffix);
    org.name = "推荐测试" + suffix + run;
    org.type = type;
    org.cityCode = city;
    org.enabled = enabled;
    if (type == OrgType.ZONE) {
      org.zoneLevel = "PROVINCIAL";
      org.industries = terms;
    } else {
      org.disciplines = terms;
      org.parentId = parent == null ? null : parent.id;
    }
    org.createdAt = TestRegistry.now();
    org.updatedAt = org.createdAt;
    orgMapper.insert(org);
    return org;
  }

  private JsonNode getOk(String url, String username) throws Exception {
    MvcResult result = mvc.perform(get(url).session(login(username))).andExpect(status().isOk()).andReturn();
    return body(result);
  }

  private JsonNode expect(int status, String url, String username) throws Exception {
    MvcResult result = mvc.perform(get(url).session(login(username))).andExpect(status().is(status)).andReturn();
    JsonNode body = body(result);
    assertThat(body.path("message").asText()).matches(CHINESE);
    return body;
  }

  private static List<String> codes(JsonNode suggestions) {
    List<String> codes = new ArrayList<>();
    suggestions.forEach(s -> codes.add(s.path("code").asText()));
    return codes;
  }

  private static List<String> reasons(JsonNode suggestion) {
    List<String> texts = new ArrayList<>();
    suggestion.path("reasons").forEach(r -> texts.add(r.path("text").asText()));
    return texts;
  }

  private JsonNode byCode(JsonNode suggestions, String code) {
    for (JsonNode s : suggestions) {
      if (s.path("code").asText().equals(code)) {
        return s;
      }
    }
    throw new AssertionError(code + " not suggested");
  }

  @Test
  void ranksByFitPlaceAndLoadWithReasonsAndTiesByCode() throws Exception {
    JsonNode answer = getOk("/api/matchmaking/zones/" + zone.id + "/suggestions?limit=20", "prov_st");
    assertThat(answer.path("zoneName").asText()).isEqualTo(zone.name);
    assertThat(answer.path("paired").asBoolean()).isTrue();
    JsonNode list = answer.path("suggestions");
    // P (approved) and Q (under way) are already paired; R's draft and rejected filing do not count;
    // H is disabled, H-01 belongs to a disabled university, G has no reason at all
    assertThat(codes(list)).containsExactly(code("A"), code("B"), code("R"), code("C"), code("D"), code("E"),
        code("A-01"), code("F"));
    List<Integer> scores = new ArrayList<>();
    list.forEach(s -> scores.add(s.path("score").asInt()));
    assertThat(scores).containsExactly(18, 16, 16, 13, 13, 13, 8, 6);

    assertThat(reasons(byCode(list, code("A")))).containsExactly(
        "主导产业 " + i1 + " ↔ 优势学科 " + d1, "主导产业 " + i1 + " ↔ 优势学科 " + d2, "已结对 1 个、在审结对 1 个高新区");
    assertThat(reasons(byCode(list, code("B")))).containsExactly("主导产业 " + i2 + " ↔ 优势学科 " + d3, "同城");
    assertThat(reasons(byCode(list, code("C")))).containsExactly(
        "主导产业 " + i1 + " ↔ 优势学科 " + d1, "邻市（" + nearName + "）");
    JsonNode unit = byCode(list, code("A-01"));
    assertThat(reasons(unit)).containsExactly("主导产业 " + i2 + " ↔ 优势学科 " + d3, "所属高校已结对 1 个、在审结对 1 个高新区");
    assertThat(unit.path("type").asText()).isEqualTo("UNIT");
    assertThat(unit.path("parentName").asText()).isEqualTo("推荐测试A" + run);
    assertThat(reasons(byCode(list, code("F")))).containsExactly("同城");
    JsonNode load = byCode(list, code("A")).path("reasons").get(2);
    assertThat(load.path("kind").asText()).isEqualTo("LOAD");
    assertThat(load.path("points").asInt()).isEqualTo(-2);

    // the limit cuts the same order
    JsonNode top2 = getOk("/api/matchmaking/zones/" + zone.id + "/suggestions?limit=2", "monitor");
    assertThat(codes(top2.path("suggestions"))).containsExactly(code("A"), code("B"));
  }

  @Test
  void aZoneWithoutIndustriesGetsNeighboursOnlyAndAppearsAmongTheUnpaired() throws Exception {
    JsonNode answer = getOk("/api/matchmaking/zones/" + bareZone.id + "/suggestions?limit=20", "prov_edu");
    assertThat(answer.path("paired").asBoolean()).isFalse();
    assertThat(answer.path("industries").size()).isZero();
    JsonNode list = answer.path("suggestions");
    // same city (near) first: C, D, E (6), Q (6 − 1: under way with the first zone); then the
    // neighbouring home city (3): B, F, R, and P (3 − 1); A is under way with this zone
    assertThat(codes(list)).containsExactly(code("C"), code("D"), code("E"), code("Q"), code("B"), code("F"),
        code("R"), code("P"));
    assertThat(reasons(byCode(list, code("C")))).containsExactly("同城");
    assertThat(reasons(byCode(list, code("Q")))).containsExactly("同城", "在审结对 1 个高新区");
    assertThat(reasons(byCode(list, code("P")))).containsExactly("邻市（推荐测试甲市）", "已结对 1 个高新区");

    JsonNode unpaired = getOk("/api/matchmaking/unpaired", "monitor");
    List<String> zones = new ArrayList<>();
    unpaired.forEach(z -> zones.add(z.path("zoneCode").asText()));
    assertThat(zones).contains(code("Z3")).doesNotContain(code("Z"), code("Z2"), code("Z9"));
    JsonNode mine = null;
    for (JsonNode z : unpaired) {
      if (z.path("zoneCode").asText().equals(code("Z3"))) {
        mine = z;
      }
    }
    assertThat(codes(mine.path("suggestions"))).containsExactly(code("C"), code("D"), code("E"));
  }

  @Test
  void exportListsUnpairedZonesWithTopThreeUnderChineseHeaders() throws Exception {
    MvcResult result = mvc.perform(get("/api/matchmaking/unpaired/export").session(login("prov_st")))
        .andExpect(status().isOk()).andReturn();
    assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
    assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
    TabularFile.Table table = TabularFile.read(result.getResponse().getContentAsByteArray(), 100_000);
    assertThat(table.header()).containsExactly("序号", "高新区代码", "高新区名称", "所在城市", "级别", "主导产业",
        "推荐1", "推荐1得分", "推荐1理由", "推荐2", "推荐2得分", "推荐2理由", "推荐3", "推荐3得分", "推荐3理由");
    TabularFile.Row row = table.rows().stream().filter(r -> r.cell(1).equals(code("Z3"))).findFirst().orElseThrow();
    assertThat(row.cell(3)).isEqualTo(nearName);
    assertThat(row.cell(4)).isEqualTo("省级");
    assertThat(row.cell(6)).isEqualTo("推荐测试C" + run);
    assertThat(row.cell(7)).isEqualTo("6");
    assertThat(row.cell(8)).isEqualTo("同城");
    assertThat(row.cell(9)).isEqualTo("推荐测试D" + run);
    assertThat(row.cell(12)).isEqualTo("推荐测试E" + run);
    assertThat(table.rows()).noneMatch(r -> r.cell(1).equals(code("Z")));
  }

  @Test
  void citiesAndZonesSeeOnlyTheirScopeOthersAreRefused() throws Exception {
    String url = "/api/matchmaking/zones/" + zone.id + "/suggestions";
    expect(403, url, "city_jinan");
    expect(403, url, "zone_jinan");
    for (String outsider : List.of("univ_sdu", "unit_sdu", "sysadmin", "secadmin", "auditadmin")) {
      expect(403, url, outsider);
      expect(403, "/api/matchmaking/unpaired", outsider);
      expect(403, "/api/matchmaking/unpaired/export", outsider);
    }
    long jinanZone = orgId("GX370101");
    assertThat(getOk("/api/matchmaking/zones/" + jinanZone + "/suggestions", "zone_jinan").path("zoneCode").asText())
        .isEqualTo("GX370101");
    assertThat(getOk("/api/matchmaking/zones/" + jinanZone + "/suggestions", "city_jinan").path("zoneCode").asText())
        .isEqualTo("GX370101");
    expect(403, "/api/matchmaking/zones/" + orgId("GX370201") + "/suggestions", "city_jinan");

    JsonNode cityList = getOk("/api/matchmaking/unpaired", "city_jinan");
    cityList.forEach(z -> assertThat(z.path("cityCode").asText()).isEqualTo("370100"));
    JsonNode zoneList = getOk("/api/matchmaking/unpaired", "zone_jinan");
    zoneList.forEach(z -> assertThat(z.path("zoneId").asLong()).isEqualTo(jinanZone));

    mvc.perform(get(url)).andExpect(status().isUnauthorized());
  }

  @Test
  void unknownDisabledOrNonZoneIdsAre404AndBadLimits400() throws Exception {
    expect(404, "/api/matchmaking/zones/" + Long.MAX_VALUE + "/suggestions", "prov_st");
    expect(404, "/api/matchmaking/zones/" + offZone.id + "/suggestions", "prov_st");
    expect(404, "/api/matchmaking/zones/" + orgId("U001") + "/suggestions", "prov_st");
    expect(404, "/api/matchmaking/zones/abc/suggestions", "prov_st");
    expect(400, "/api/matchmaking/zones/99999999999999999999/suggestions", "prov_st");
    expect(400, "/api/matchmaking/zones/" + zone.id + "/suggestions?limit=0", "prov_st");
    expect(400, "/api/matchmaking/zones/" + zone.id + "/suggestions?limit=51", "prov_st");
    expect(400, "/api/matchmaking/zones/" + zone.id + "/suggestions?limit=x", "prov_st");
  }
}
