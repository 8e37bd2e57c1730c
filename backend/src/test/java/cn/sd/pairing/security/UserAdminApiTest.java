package cn.sd.pairing.security;

import cn.sd.pairing.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Account administration through the API: accounts by the system administrator, roles by the security administrator. */
class UserAdminApiTest extends IntegrationTest {
  static final String PASSWORD = "Start#2026a";

  ApiClient api;
  MockHttpSession admin;
  MockHttpSession security;
  String run;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, json);
    admin = api.login("sysadmin");
    security = api.login("secadmin");
    run = ApiClient.unique();
  }

  private long createOrg(String type, String code, Long parentId) throws Exception {
    Map<String, Object> form = new HashMap<>();
    form.put("type", type);
    form.put("code", code);
    form.put("name", "用户测试机构" + code);
    form.put("cityCode", "370100");
    if (type.equals("ZONE")) {
      form.put("level", "PROVINCIAL");
    }
    form.put("parentId", parentId);
    MvcResult result = mvc.perform(api.withJson(post("/api/admin/orgs"), admin, form))
        .andExpect(status().isCreated()).andReturn();
    return api.read(result).get("id").asLong();
  }

  private long orgIdByCode(String code) throws Exception {
    MvcResult result = mvc.perform(get("/api/admin/orgs").session(admin).param("q", code)).andReturn();
    for (JsonNode item : api.read(result).get("items")) {
      if (item.get("code").asText().equals(code)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no org " + code);
  }

  private Map<String, Object> userForm(String username, long orgId) {
    Map<String, Object> form = new HashMap<>();
    form.put("username", username);
    form.put("displayName", "测试用户" + run);
    form.put("orgId", orgId);
    form.put("password", PASSWORD);
    return form;
  }

  /** An account created by the system administrator, then given its roles by the security administrator. */
  private JsonNode createUser(Map<String, Object> form, String... roles) throws Exception {
    JsonNode created = createUser(form);
    return roles.length == 0 ? created : assignRoles(created.get("id").asLong(), roles);
  }

  private JsonNode assignRoles(long userId, String... roles) throws Exception {
    MvcResult result = mvc.perform(api.withJson(put("/api/security/users/" + userId + "/roles"), security,
        Map.of("roles", List.of(roles)))).andReturn();
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(200);
    return api.read(result);
  }

  private JsonNode createUser(Map<String, Object> form) throws Exception {
    MvcResult result = mvc.perform(api.withJson(post("/api/admin/users"), admin, form)).andReturn();
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(201);
    return api.read(result);
  }

  private JsonNode expectFieldError(MockHttpServletRequestBuilder request, int status, Object body, String field,
      String messagePart) throws Exception {
    return expectFieldError(admin, request, status, body, field, messagePart);
  }

  private JsonNode expectFieldError(MockHttpSession session, MockHttpServletRequestBuilder request, int status,
      Object body, String field, String messagePart) throws Exception {
    MvcResult result = mvc.perform(api.withJson(request, session, body)).andReturn();
    JsonNode response = api.read(result);
    assertThat(result.getResponse().getStatus()).as(response.toString()).isEqualTo(status);
    List<String> fields = new ArrayList<>();
    response.get("fieldErrors").forEach(f -> fields.add(f.get("field").asText() + ":" + f.get("message").asText()));
    assertThat(fields).as(response.toString()).anyMatch(f -> f.startsWith(field + ":") && f.contains(messagePart));
    return response;
  }

  @Test
  void createsListsUpdatesAndResetsAUserWithoutEverShowingTheHash() throws Exception {
    long zoneId = createOrg("ZONE", "GXU" + run, null);
    String username = "zone_" + run.toLowerCase();
    // roles sent by the system administrator are not taken: the account starts without any
    Map<String, Object> withRoles = userForm(username, zoneId);
    withRoles.put("roles", List.of("ZONE_OPERATOR"));
    JsonNode user = createUser(withRoles);
    long userId = user.get("id").asLong();
    assertThat(user.get("roles").toString()).isEqualTo("[]");
    user = assignRoles(userId, "ZONE_OPERATOR");
    assertThat(user.get("username").asText()).isEqualTo(username);
    assertThat(user.get("orgName").asText()).isEqualTo("用户测试机构GXU" + run);
    assertThat(user.get("orgType").asText()).isEqualTo("ZONE");
    assertThat(user.get("roles").toString()).isEqualTo("[\"ZONE_OPERATOR\"]");
    assertThat(user.get("roleLabels").toString()).isEqualTo("[\"高新区经办人\"]");
    assertThat(user.get("enabled").asBoolean()).isTrue();
    assertThat(user.toString()).doesNotContainIgnoringCase("password").doesNotContain("$2a$");

    // the new account logs in and is a zone operator of its zone
    MockHttpSession session = api.login(username, PASSWORD);
    mvc.perform(get("/api/auth/me").session(session))
        .andExpect(jsonPath("$.orgId").value(zoneId)).andExpect(jsonPath("$.roles[0]").value("ZONE_OPERATOR"));

    // list: search by username or name, filter by organisation and role; never a hash
    MvcResult list = mvc.perform(get("/api/admin/users").session(admin).param("q", run.toLowerCase()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].username").value(username)).andReturn();
    assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .doesNotContainIgnoringCase("password").doesNotContain("$2a$");
    mvc.perform(get("/api/admin/users").session(admin).param("orgId", String.valueOf(zoneId)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/admin/users").session(admin).param("q", "测试用户" + run).param("role", "CITY_REVIEWER"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/admin/users").session(admin).param("orgType", "PLATFORM").param("size", "1"))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].orgType").value("PLATFORM"));
    MvcResult all = mvc.perform(get("/api/admin/users").session(admin).param("size", "100")).andReturn();
    assertThat(all.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("$2a$");

    // update: name and organisation; a role that would not fit the new organisation must go first
    long univId = createOrg("UNIVERSITY", "UU" + run, null);
    Map<String, Object> update = Map.of("displayName", "改名用户" + run, "orgId", univId,
        "roles", List.of("UNIVERSITY_OPERATOR"));
    expectFieldError(put("/api/admin/users/" + userId), 400, update, "orgId", "请先由安全管理员调整角色");
    assignRoles(userId);
    mvc.perform(api.withJson(put("/api/admin/users/" + userId), admin, update))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("改名用户" + run))
        .andExpect(jsonPath("$.orgId").value(univId))
        .andExpect(jsonPath("$.roles.length()").value(0));
    assignRoles(userId, "UNIVERSITY_OPERATOR");
    mvc.perform(get("/api/admin/users/" + userId).session(admin))
        .andExpect(jsonPath("$.orgType").value("UNIVERSITY"));

    // reset password: the old one stops working, the new one works
    mvc.perform(api.withJson(post("/api/admin/users/" + userId + "/reset-password"), admin,
        Map.of("password", "Fresh!2026b"))).andExpect(status().isNoContent());
    assertThat(api.tryLogin(username, PASSWORD).getResponse().getStatus()).isEqualTo(401);
    mvc.perform(get("/api/auth/me").session(api.login(username, "Fresh!2026b")))
        .andExpect(jsonPath("$.roles[0]").value("UNIVERSITY_OPERATOR"));
    expectFieldError(post("/api/admin/users/" + userId + "/reset-password"), 400, Map.of("password", "short"),
        "password", "密码至少8位");

    mvc.perform(get("/api/admin/users/999999999").session(admin)).andExpect(status().isNotFound());
  }

  @Test
  void everyFieldIsValidatedWithAChineseMessageNamingIt() throws Exception {
    long zoneId = createOrg("ZONE", "GXV" + run, null);
    long univId = createOrg("UNIVERSITY", "UV" + run, null);
    long unitId = createOrg("UNIT", "UV" + run + "-01", univId);
    String name = "v_" + run.toLowerCase();
    Map<String, Object> f;

    f = userForm(name, zoneId);
    f.put("username", " ");
    expectFieldError(post("/api/admin/users"), 400, f, "username", "用户名不能为空");
    for (String bad : List.of("Zone_" + run, "ab", "9abc", "a b c", "用户" + run, "a".repeat(33))) {
      f = userForm(bad, zoneId);
      expectFieldError(post("/api/admin/users"), 400, f, "username", "用户名须以小写字母开头");
    }
    f = userForm("zone_jinan", zoneId);
    expectFieldError(post("/api/admin/users"), 409, f, "username", "用户名“zone_jinan”已被使用");

    f = userForm(name, zoneId);
    f.remove("displayName");
    expectFieldError(post("/api/admin/users"), 400, f, "displayName", "姓名不能为空");
    f = userForm(name, zoneId);
    f.put("displayName", "名".repeat(33));
    expectFieldError(post("/api/admin/users"), 400, f, "displayName", "姓名不能超过32个字符");

    f = userForm(name, zoneId);
    f.remove("orgId");
    expectFieldError(post("/api/admin/users"), 400, f, "orgId", "所属机构不能为空");
    expectFieldError(post("/api/admin/users"), 400, userForm(name, 999999999L), "orgId",
        "所属机构不存在");

    // roles, assigned by the security administrator, must fit the account's organisation
    long zoneUser = createUser(userForm(name + "_z", zoneId)).get("id").asLong();
    long univUser = createUser(userForm(name + "_u", univId)).get("id").asLong();
    long platform = orgIdByCode("PLATFORM");
    long provinceSt = orgIdByCode("PROV-ST");
    long provinceEdu = orgIdByCode("PROV-EDU");
    long platformUser = createUser(userForm(name + "_p", platform)).get("id").asLong();
    long provinceEduUser = createUser(userForm(name + "_e", provinceEdu)).get("id").asLong();
    long provinceStUser = createUser(userForm(name + "_s", provinceSt)).get("id").asLong();
    String roles = "/api/security/users/%d/roles";
    expectFieldError(security, put(roles.formatted(zoneUser)), 400, Map.of(), "roles", "请选择角色");
    expectFieldError(security, put(roles.formatted(zoneUser)), 400, Map.of("roles", List.of("SUPERUSER")), "roles",
        "未知角色：SUPERUSER");
    for (Object[] bad : new Object[][] {
        {univUser, "ZONE_OPERATOR", "角色“高新区经办人”只能授予高新区的用户"},
        {zoneUser, "UNIVERSITY_OPERATOR", "只能授予高校的用户"},
        {univUser, "UNIT_OPERATOR", "只能授予内设机构/团队的用户"},
        {zoneUser, "CITY_REVIEWER", "只能授予市科技局的用户"},
        {provinceEduUser, "PROVINCE_ST_REVIEWER", "只能授予省科技厅的用户"},
        {provinceStUser, "PROVINCE_EDU_REVIEWER", "只能授予省教育厅的用户"},
        {zoneUser, "PROVINCE_MONITOR", "只能授予省科技厅或省教育厅的用户"},
        {zoneUser, "SYSTEM_ADMIN", "只能授予平台运维的用户"}}) {
      expectFieldError(security, put(roles.formatted((Long) bad[0])), 400, Map.of("roles", List.of(bad[1])), "roles",
          (String) bad[2]);
    }
    expectFieldError(security, put(roles.formatted(platformUser)), 400,
        Map.of("roles", List.of("SYSTEM_ADMIN", "AUDIT_ADMIN")), "roles", "三员分立");

    for (String[] bad : new String[][] {
        {"Ab1!", "密码至少8位"},
        {"abcdefgh1", "至少三类"},
        {"ABCDEFGH!", "至少三类"},
        {"Abc 1234!", "不能包含空格"},
        {"Abc密码1234", "只能包含英文字母"},
        {"X" + name + "1!", "密码不能包含用户名"},
        {"Aa1!" + "x".repeat(61), "密码不能超过64位"}}) {
      f = userForm(name, zoneId);
      f.put("password", bad[0]);
      expectFieldError(post("/api/admin/users"), 400, f, "password", bad[1]);
    }
    f = userForm(name, zoneId);
    f.remove("password");
    expectFieldError(post("/api/admin/users"), 400, f, "password", "密码不能为空");

    // every role that fits its organisation type is accepted
    createUser(userForm(name + "_1", zoneId), "ZONE_OPERATOR");
    createUser(userForm(name + "_2", univId), "UNIVERSITY_OPERATOR");
    createUser(userForm(name + "_3", unitId), "UNIT_OPERATOR");
    createUser(userForm(name + "_4", orgIdByCode("CB370100")), "CITY_REVIEWER");
    createUser(userForm(name + "_5", provinceSt), "PROVINCE_ST_REVIEWER", "PROVINCE_MONITOR");
    createUser(userForm(name + "_6", provinceEdu), "PROVINCE_EDU_REVIEWER", "PROVINCE_MONITOR");
    createUser(userForm(name + "_7", platform), "AUDIT_ADMIN");

    // the update checks the same way
    long userId = createUser(userForm(name, zoneId), "ZONE_OPERATOR").get("id").asLong();
    expectFieldError(put("/api/admin/users/" + userId), 400,
        Map.of("displayName", "x", "orgId", univId), "orgId", "“高新区经办人”不适用于高校");
    expectFieldError(put("/api/admin/users/" + userId), 400,
        Map.of("displayName", "", "orgId", zoneId), "displayName", "姓名不能为空");
  }

  @Test
  void disabledUserCannotLogInAndLosesAnOpenSession() throws Exception {
    long zoneId = createOrg("ZONE", "GXW" + run, null);
    String username = "w_" + run.toLowerCase();
    long userId = createUser(userForm(username, zoneId), "ZONE_OPERATOR").get("id").asLong();
    MockHttpSession session = api.login(username, PASSWORD);

    mvc.perform(api.withJson(post("/api/admin/users/" + userId + "/disable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
    mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
    MvcResult refused = api.tryLogin(username, PASSWORD);
    assertThat(refused.getResponse().getStatus()).isEqualTo(401);
    assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("账号已停用");
    mvc.perform(get("/api/admin/users").session(admin).param("q", username).param("enabled", "false"))
        .andExpect(jsonPath("$.total").value(1));

    mvc.perform(api.withJson(post("/api/admin/users/" + userId + "/enable"), admin, null))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
    api.login(username, PASSWORD);
  }

  @Test
  void usersOfADisabledOrganisationCannotLogIn() throws Exception {
    long zoneId = createOrg("ZONE", "GXX" + run, null);
    String username = "x_" + run.toLowerCase();
    createUser(userForm(username, zoneId), "ZONE_OPERATOR");
    MockHttpSession session = api.login(username, PASSWORD);

    mvc.perform(api.withJson(post("/api/admin/orgs/" + zoneId + "/disable"), admin, null))
        .andExpect(status().isOk());
    mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
    assertThat(api.tryLogin(username, PASSWORD).getResponse().getStatus()).isEqualTo(401);
    mvc.perform(get("/api/admin/users").session(admin).param("q", username))
        .andExpect(jsonPath("$.items[0].enabled").value(true))
        .andExpect(jsonPath("$.items[0].orgEnabled").value(false));
    // no new accounts in a disabled organisation
    expectFieldError(post("/api/admin/users"), 400, userForm(username + "_2", zoneId), "orgId",
        "已停用");

    mvc.perform(api.withJson(post("/api/admin/orgs/" + zoneId + "/enable"), admin, null))
        .andExpect(status().isOk());
    api.login(username, PASSWORD);
  }

  @Test
  void theAdministratorCannotLockThemselvesOut() throws Exception {
    MvcResult me = mvc.perform(get("/api/auth/me").session(admin)).andReturn();
    long adminId = api.read(me).get("id").asLong();
    long platform = api.read(me).get("orgId").asLong();
    mvc.perform(api.withJson(post("/api/admin/users/" + adminId + "/disable"), admin, null))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("不能停用当前登录的账号"));
    // roles in the system administrator's edit are ignored: it cannot change its own (or anyone's) roles
    mvc.perform(api.withJson(put("/api/admin/users/" + adminId), admin,
            Map.of("displayName", "系统管理员", "orgId", platform, "roles", List.of("AUDIT_ADMIN"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.roles[0]").value("SYSTEM_ADMIN"))
        .andExpect(jsonPath("$.roles.length()").value(1));
    mvc.perform(get("/api/auth/me").session(admin)).andExpect(status().isOk());
  }

  @Test
  void rolesComeWithChineseLabelsAndTheirOrganisationTypes() throws Exception {
    MvcResult result = mvc.perform(get("/api/admin/roles").session(admin)).andExpect(status().isOk()).andReturn();
    Map<String, JsonNode> roles = new HashMap<>();
    api.read(result).forEach(r -> roles.put(r.get("code").asText(), r));
    assertThat(roles).hasSize(Role.values().length);
    assertThat(roles.get("ZONE_OPERATOR").get("label").asText()).isEqualTo("高新区经办人");
    assertThat(roles.get("ZONE_OPERATOR").get("orgTypes").toString()).isEqualTo("[\"ZONE\"]");
    assertThat(roles.get("CITY_REVIEWER").get("label").asText()).isEqualTo("市科技局初审");
    assertThat(roles.get("PROVINCE_MONITOR").get("orgTypes").toString())
        .isEqualTo("[\"PROVINCE_ST\",\"PROVINCE_EDU\"]");
    assertThat(roles.get("PROVINCE_MONITOR").get("orgTypeLabels").toString()).isEqualTo("[\"省科技厅\",\"省教育厅\"]");
    assertThat(roles.get("SYSTEM_ADMIN").get("label").asText()).isEqualTo("系统管理员");
    assertThat(roles.get("AUDIT_ADMIN").get("orgTypes").toString()).isEqualTo("[\"PLATFORM\"]");
  }
}
