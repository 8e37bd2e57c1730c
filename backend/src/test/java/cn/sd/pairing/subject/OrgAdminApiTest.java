package cn.sd.pairing.subject;

import cn.sd.pairing.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.security.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Registry administration through the API, as the system administrator. */
class OrgAdminApiTest extends IntegrationTest {
  ApiClient api;
  MockHttpSession admin;
  String run;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, json);
    admin = api.login("sysadmin");
    run = ApiClient.unique();
  }

  private Map<String, Object> zone(String code) {
    Map<String, Object> form = new HashMap<>();
    form.put("type", "ZONE");
    form.put("code", code);
    form.put("name", "测试高新区" + code);
    form.put("cityCode", "370100");
    form.put("level", "NATIONAL");
    form.put("industries", List.of("新一代信息技术", "生物医药"));
    return form;
  }

  private Map<String, Object> university(String code) {
    Map<String, Object> form = new HashMap<>();
    form.put("type", "UNIVERSITY");
    form.put("code", code);
    form.put("name", "测试大学" + code);
    form.put("cityCode", "370200");
    form.put("disciplines", List.of("海洋科学", "材料科学"));
    return form;
  }

  private Map<String, Object> unit(String code, long parentId) {
    Map<String, Object> form = new HashMap<>();
    form.put("type", "UNIT");
    form.put("code", code);
    form.put("name", "测试学院" + code);
    form.put("parentId", parentId);
    form.put("disciplines", List.of("控制科学与工程"));
    return form;
  }

  private JsonNode create(Map<String, Object> form) throws Exception {
    MvcResult result = mvc.perform(api.withJson(post("/api/admin/orgs"), admin, form))
        .andExpect(status().isCreated()).andReturn();
    return api.read(result);
  }

  private JsonNode expectFieldError(int status, Map<String, Object> form, String field, String messagePart)
      throws Exception {
    return expectFieldError(post("/api/admin/orgs"), status, form, field, messagePart);
  }

  private JsonNode expectFieldError(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req,
      int status, Map<String, Object> form, String field, String messagePart) throws Exception {
    MvcResult result = mvc.perform(api.withJson(req, admin, form)).andReturn();
    JsonNode body = api.read(result);
    assertThat(result.getResponse().getStatus()).as(body.toString()).isEqualTo(status);
    assertThat(body.get("message").asText()).isNotBlank();
    List<String> fields = new ArrayList<>();
    body.get("fieldErrors").forEach(f -> fields.add(f.get("field").asText() + ":" + f.get("message").asText()));
    assertThat(fields).as(body.toString()).anyMatch(f -> f.startsWith(field + ":") && f.contains(messagePart));
    return body;
  }

  @Test
  void createsReadsAndUpdatesZonesUniversitiesAndUnits() throws Exception {
    JsonNode zone = create(zone("gx" + run)); // codes are kept upper-case
    assertThat(zone.get("code").asText()).isEqualTo("GX" + run);
    assertThat(zone.get("type").asText()).isEqualTo("ZONE");
    assertThat(zone.get("typeLabel").asText()).isEqualTo("高新区");
    assertThat(zone.get("level").asText()).isEqualTo("NATIONAL");
    assertThat(zone.get("levelLabel").asText()).isEqualTo("国家级");
    assertThat(zone.get("cityName").asText()).isEqualTo("济南市");
    assertThat(zone.get("industries").toString()).isEqualTo("[\"新一代信息技术\",\"生物医药\"]");
    assertThat(zone.get("enabled").asBoolean()).isTrue();
    assertThat(zone.get("editable").asBoolean()).isTrue();
    long zoneId = zone.get("id").asLong();

    mvc.perform(get("/api/admin/orgs/" + zoneId).session(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("测试高新区gx" + run))
        .andExpect(jsonPath("$.industries[1]").value("生物医药"));

    Map<String, Object> changed = zone("GX" + run + "B");
    changed.put("name", "  改名后的高新区" + run + "  ");
    changed.put("level", "省级");
    changed.put("industries", List.of("智能装备", " ", "智能装备", "新材料"));
    mvc.perform(api.withJson(put("/api/admin/orgs/" + zoneId), admin, changed))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("GX" + run + "B"))
        .andExpect(jsonPath("$.name").value("改名后的高新区" + run))
        .andExpect(jsonPath("$.level").value("PROVINCIAL"))
        .andExpect(jsonPath("$.levelLabel").value("省级"))
        .andExpect(jsonPath("$.industries.length()").value(2))
        .andExpect(jsonPath("$.industries[0]").value("智能装备"));

    JsonNode univ = create(university("U" + run));
    long univId = univ.get("id").asLong();
    assertThat(univ.get("disciplines").toString()).isEqualTo("[\"海洋科学\",\"材料科学\"]");
    assertThat(univ.get("level").isNull()).isTrue();

    Map<String, Object> unitForm = unit("U" + run + "-01", univId);
    unitForm.put("cityCode", "370100"); // ignored: a unit lies where its university lies
    JsonNode unit = create(unitForm);
    assertThat(unit.get("cityCode").asText()).isEqualTo("370200");
    assertThat(unit.get("parentId").asLong()).isEqualTo(univId);
    assertThat(unit.get("parentCode").asText()).isEqualTo("U" + run);
    assertThat(unit.get("parentName").asText()).isEqualTo("测试大学U" + run);
    assertThat(unit.get("typeLabel").asText()).isEqualTo("内设机构/团队");

    // the university moves to another city: its unit moves along
    Map<String, Object> moved = university("U" + run);
    moved.put("cityCode", "370300");
    mvc.perform(api.withJson(put("/api/admin/orgs/" + univId), admin, moved))
        .andExpect(status().isOk()).andExpect(jsonPath("$.cityName").value("淄博市"));
    mvc.perform(get("/api/admin/orgs/" + unit.get("id").asLong()).session(admin))
        .andExpect(jsonPath("$.cityCode").value("370300"));

    // units of a university
    mvc.perform(get("/api/admin/orgs").session(admin).param("parentId", String.valueOf(univId)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("U" + run + "-01"));
  }

  @Test
  void listsWithSearchFiltersAndPages() throws Exception {
    create(zone("GXA" + run));
    create(zone("GXB" + run));
    Map<String, Object> qingdao = zone("GXC" + run);
    qingdao.put("cityCode", "370200");
    long qingdaoId = create(qingdao).get("id").asLong();
    create(university("UA" + run));

    // q matches the code, case-insensitively, and the name
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", "gxa" + run.toLowerCase()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("GXA" + run));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run))
        .andExpect(jsonPath("$.total").value(4));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("type", "ZONE"))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("type", "ZONE", "UNIVERSITY"))
        .andExpect(jsonPath("$.total").value(4));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("type", "UNIVERSITY,UNIT"))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("cityCode", "370200"))
        .andExpect(jsonPath("$.total").value(2));
    // a LIKE wildcard typed by the user matches literally
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", "%" + run))
        .andExpect(jsonPath("$.total").value(0));

    mvc.perform(api.withJson(post("/api/admin/orgs/" + qingdaoId + "/disable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("enabled", "false"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(qingdaoId));
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("enabled", "true"))
        .andExpect(jsonPath("$.total").value(3));

    // paging: ordered by code, total stays the same on every page
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", run).param("size", "2").param("page", "2"))
        .andExpect(jsonPath("$.total").value(4))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].code").value("GXC" + run))
        .andExpect(jsonPath("$.items[1].code").value("UA" + run));
    mvc.perform(get("/api/admin/orgs").session(admin).param("size", "101"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/admin/orgs").session(admin).param("page", "0"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/admin/orgs").session(admin).param("type", "NOPE"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void citiesAndSeededReviewerBodiesAreListedButReadOnly() throws Exception {
    mvc.perform(get("/api/admin/cities").session(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == '370100')].name").value("济南市"));

    MvcResult bureaus = mvc.perform(get("/api/admin/orgs").session(admin).param("type", "CITY_BUREAU")
        .param("cityCode", "370100")).andExpect(status().isOk()).andReturn();
    JsonNode bureau = api.read(bureaus).get("items").get(0);
    assertThat(bureau.get("typeLabel").asText()).isEqualTo("市科技局");
    assertThat(bureau.get("editable").asBoolean()).isFalse();
    long bureauId = bureau.get("id").asLong();
    mvc.perform(get("/api/admin/orgs").session(admin).param("type", "PROVINCE_ST", "PROVINCE_EDU"))
        .andExpect(jsonPath("$.total").value(2));

    Map<String, Object> form = new HashMap<>();
    form.put("code", bureau.get("code").asText());
    form.put("name", "改不了");
    form.put("cityCode", "370100");
    mvc.perform(api.withJson(put("/api/admin/orgs/" + bureauId), admin, form))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(OrgAdminService.PRESET_READ_ONLY));
    mvc.perform(api.withJson(post("/api/admin/orgs/" + bureauId + "/disable"), admin, null))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/admin/orgs/" + bureauId).session(admin))
        .andExpect(jsonPath("$.enabled").value(true));
  }

  @Test
  void unknownOrganisationIs404() throws Exception {
    mvc.perform(get("/api/admin/orgs/999999999").session(admin))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value("机构不存在"));
    mvc.perform(api.withJson(put("/api/admin/orgs/999999999"), admin, zone("GX" + run)))
        .andExpect(status().isNotFound());
    mvc.perform(api.withJson(post("/api/admin/orgs/999999999/enable"), admin, null))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyFieldIsValidatedWithAChineseMessageNamingIt() throws Exception {
    Map<String, Object> f;

    f = zone("GX" + run);
    f.remove("type");
    expectFieldError(400, f, "type", "机构类型不能为空");
    f = zone("GX" + run);
    f.put("type", "CITY_BUREAU");
    expectFieldError(400, f, "type", "不能新建");
    f = zone("GX" + run);
    f.put("type", "SCHOOL");
    expectFieldError(400, f, "type", "机构类型只能是");

    f = zone("GX" + run);
    f.remove("code");
    expectFieldError(400, f, "code", "机构代码不能为空");
    f = zone("G");
    expectFieldError(400, f, "code", "机构代码只能由字母、数字");
    f = zone("高新" + run);
    expectFieldError(400, f, "code", "机构代码只能由字母、数字");
    f = zone("GX" + run + "0123456789012345678901234");
    expectFieldError(400, f, "code", "2–32位");

    f = zone("GX" + run);
    f.put("name", "   ");
    expectFieldError(400, f, "name", "机构名称不能为空");
    f = zone("GX" + run);
    f.put("name", "区".repeat(129));
    expectFieldError(400, f, "name", "机构名称长度");

    f = zone("GX" + run);
    f.remove("cityCode");
    expectFieldError(400, f, "cityCode", "所在城市不能为空");
    f = zone("GX" + run);
    f.put("cityCode", "999999");
    expectFieldError(400, f, "cityCode", "所在城市代码“999999”不存在");

    f = zone("GX" + run);
    f.remove("level");
    expectFieldError(400, f, "level", "高新区级别不能为空");
    f = zone("GX" + run);
    f.put("level", "CITY");
    expectFieldError(400, f, "level", "高新区级别只能是");
    f = university("U" + run);
    f.put("level", "NATIONAL");
    expectFieldError(400, f, "level", "只有高新区需要填写级别");

    f = zone("GX" + run);
    f.put("industries", List.of("产".repeat(33)));
    expectFieldError(400, f, "industries", "主导产业");
    f = zone("GX" + run);
    f.put("industries", IntStream.range(0, 21).mapToObj(i -> "产业" + i).toList());
    expectFieldError(400, f, "industries", "主导产业最多填写20项");
    f = zone("GX" + run);
    f.put("industries", List.of("新材料;生物医药"));
    expectFieldError(400, f, "industries", "主导产业的每一项不能包含分号");
    f = university("U" + run);
    f.put("industries", List.of("新材料"));
    expectFieldError(400, f, "industries", "只有高新区需要填写主导产业");
    f = zone("GX" + run);
    f.put("disciplines", List.of("数学"));
    expectFieldError(400, f, "disciplines", "高新区不填写优势学科");
    f = university("U" + run);
    f.put("disciplines", List.of("学".repeat(33)));
    expectFieldError(400, f, "disciplines", "优势学科");

    long zoneId = create(zone("GX" + run)).get("id").asLong();
    f = unit("U" + run + "-01", 1L);
    f.remove("parentId");
    expectFieldError(400, f, "parentId", "所属高校不能为空");
    expectFieldError(400, unit("U" + run + "-01", 999999999L), "parentId", "所属高校不存在");
    expectFieldError(400, unit("U" + run + "-01", zoneId), "parentId", "所属高校不存在");
    f = zone("GX" + run + "X");
    f.put("parentId", zoneId);
    expectFieldError(400, f, "parentId", "只有内设机构/团队需要填写所属高校");

    // several problems at once are all reported
    f = new HashMap<>(Map.of("type", "ZONE"));
    JsonNode body = expectFieldError(400, f, "code", "机构代码不能为空");
    assertThat(body.get("fieldErrors").size()).isEqualTo(4); // code, name, cityCode, level

    // unique code, case-insensitively → 409 on field code
    body = expectFieldError(409, zone("gx" + run.toLowerCase()), "code", "已被");
    assertThat(body.get("message").asText()).contains("GX" + run);
    long univId = create(university("U" + run)).get("id").asLong();
    expectFieldError(put("/api/admin/orgs/" + univId), 409, university("GX" + run), "code", "已被");
    // the type is fixed once created
    expectFieldError(put("/api/admin/orgs/" + univId), 400, zone("U" + run), "type", "机构类型创建后不能修改");
  }

  @Test
  void disabledUniversityLeavesThePickersAndItsUnitsCannotBeAddedOrEnabled() throws Exception {
    JsonNode univ = create(university("U" + run));
    long univId = univ.get("id").asLong();
    long unitId = create(unit("U" + run + "-01", univId)).get("id").asLong();
    MockHttpSession zoneOperator = api.login("zone_jinan");

    mvc.perform(get("/api/registry/universities").session(zoneOperator).param("q", "测试大学U" + run))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));

    mvc.perform(api.withJson(post("/api/admin/orgs/" + univId + "/disable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
    mvc.perform(get("/api/registry/universities").session(zoneOperator).param("q", "测试大学U" + run))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    // disabling twice is harmless
    mvc.perform(api.withJson(post("/api/admin/orgs/" + univId + "/disable"), admin, null))
        .andExpect(status().isOk());

    expectFieldError(400, unit("U" + run + "-02", univId), "parentId", "已停用");
    mvc.perform(api.withJson(post("/api/admin/orgs/" + unitId + "/disable"), admin, null))
        .andExpect(status().isOk());
    mvc.perform(api.withJson(post("/api/admin/orgs/" + unitId + "/enable"), admin, null))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("所属高校已停用，请先启用高校"));

    mvc.perform(api.withJson(post("/api/admin/orgs/" + univId + "/enable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
    mvc.perform(get("/api/registry/universities").session(zoneOperator).param("q", "测试大学U" + run))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(api.withJson(post("/api/admin/orgs/" + unitId + "/enable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
  }
}
