package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.audit.AuditEventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** 三员分立 of roles: the security administrator assigns them, within limits that keep the duties apart. */
class RoleAssignmentApiTest extends IntegrationTest {
  ApiClient api;
  MockHttpSession admin;
  MockHttpSession security;
  String run;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, json);
    admin = api.login("sysadmin");
    security = api.login("secadmin");
    run = ApiClient.unique().toLowerCase();
  }

  private long id(String username) {
    return userMapper.findByUsername(username).id;
  }

  private long platformAccount(String username) throws Exception {
    MvcResult created = mvc.perform(api.withJson(post("/api/admin/users"), admin, Map.of("username", username,
        "displayName", "平台账号" + run, "orgId", orgId("PLATFORM"), "password", "Start#2026a"))).andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    return api.read(created).get("id").asLong();
  }

  private MvcResult assign(MockHttpSession session, long userId, String... roles) throws Exception {
    return mvc.perform(api.withJson(put("/api/security/users/" + userId + "/roles"), session,
        Map.of("roles", List.of(roles)))).andReturn();
  }

  private static String text(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theSecurityAdministratorListsAccountsWithTheirRolesAndAssignsThem() throws Exception {
    mvc.perform(get("/api/security/users").param("q", "zone_jinan").session(security))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].roles[0]").value("ZONE_OPERATOR"))
        .andExpect(jsonPath("$.items[0].roleLabels[0]").value("高新区经办人"));
    mvc.perform(get("/api/security/roles").session(security)).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(Role.values().length));

    long account = platformAccount("p_" + run);
    MvcResult granted = assign(security, account, "AUDIT_ADMIN");
    assertThat(granted.getResponse().getStatus()).as(text(granted)).isEqualTo(200);
    assertThat(api.read(granted).get("roles").toString()).isEqualTo("[\"AUDIT_ADMIN\"]");
    // an empty set takes every role away again; the account stays, without roles
    MvcResult revoked = assign(security, account);
    assertThat(api.read(revoked).get("roles").toString()).isEqualTo("[]");

    // every assignment is in the audit trail, labelled in Chinese, with the roles given
    MvcResult audit = mvc.perform(get("/api/audit/events").param("event", AuditEventType.USER_ROLES.name())
        .param("size", "100").session(api.login("auditadmin"))).andExpect(status().isOk()).andReturn();
    List<JsonNode> rows = new java.util.ArrayList<>();
    api.read(audit).get("items").forEach(rows::add);
    assertThat(rows).filteredOn(r -> r.get("target").asText().equals("user:" + account)).hasSize(2)
        .allSatisfy(r -> {
          assertThat(r.get("eventLabel").asText()).isEqualTo("分配角色");
          assertThat(r.get("username").asText()).isEqualTo("secadmin");
        })
        .anySatisfy(r -> assertThat(r.get("detail").asText()).contains("审计管理员"));
  }

  @Test
  void anAccountWithoutRolesTakesNoPartInTheBusiness() throws Exception {
    // an account of 济南高新区 the system administrator made, not yet given a role: it signs in, but sees nothing
    String username = "r_" + run;
    MvcResult created = mvc.perform(api.withJson(post("/api/admin/users"), admin, Map.of("username", username,
        "displayName", "待分配角色" + run, "orgId", user("zone_jinan").orgId(), "password", "Start#2026a")))
        .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    MockHttpSession pending = api.login(username, "Start#2026a");
    mvc.perform(get("/api/auth/me").session(pending)).andExpect(status().isOk())
        .andExpect(jsonPath("$.roles.length()").value(0));
    for (String url : List.of("/api/filings", "/api/tasks", "/api/notifications", "/api/annual-reports",
        "/api/registry/universities", "/api/metrics/coverage", "/api/matchmaking/unpaired")) {
      assertThat(mvc.perform(get(url).session(pending)).andReturn().getResponse().getStatus()).as(url).isEqualTo(403);
    }
    assertThat(cn.sd.pairing.filing.FilingScope.of(user(username)).kind())
        .isEqualTo(cn.sd.pairing.filing.FilingScope.NONE);

    // given a role, the signed-in account must sign in again (at once, not at its next sign-in) and then has it
    long id = user(username).id();
    assertThat(assign(security, id, "ZONE_OPERATOR").getResponse().getStatus()).isEqualTo(200);
    mvc.perform(get("/api/auth/me").session(pending)).andExpect(status().isUnauthorized());
    MockHttpSession again = api.login(username, "Start#2026a");
    mvc.perform(get("/api/auth/me").session(again)).andExpect(jsonPath("$.roles[0]").value("ZONE_OPERATOR"));
    mvc.perform(get("/api/filings").session(again)).andExpect(status().isOk());
    // and when the role is taken away again, that session ends too
    assertThat(assign(security, id).getResponse().getStatus()).isEqualTo(200);
    mvc.perform(get("/api/filings").session(again)).andExpect(status().isUnauthorized());
  }

  @Test
  void nobodyElseAssignsRoles() throws Exception {
    long target = id("zone_qingdao");
    for (String other : List.of("sysadmin", "auditadmin", "zone_jinan", "city_jinan", "prov_st", "monitor")) {
      MvcResult refused = assign(api.login(other), target, "ZONE_OPERATOR");
      assertThat(refused.getResponse().getStatus()).as(other).isEqualTo(403);
      assertThat(mvc.perform(get("/api/security/users").session(api.login(other))).andReturn().getResponse()
          .getStatus()).as(other).isEqualTo(403);
    }
  }

  @Test
  void theDutiesOfTheThreeAdministratorsCannotBeMerged() throws Exception {
    long self = id("secadmin");
    // not itself: neither system nor audit administrator on top, nor any change of its own roles
    for (String[] roles : new String[][] {{"SYSTEM_ADMIN"}, {"SECURITY_ADMIN", "SYSTEM_ADMIN"}, {"AUDIT_ADMIN"}, {}}) {
      MvcResult refused = assign(security, self, roles);
      assertThat(refused.getResponse().getStatus()).as(text(refused)).isEqualTo(403);
      assertThat(text(refused)).contains("不能修改本人的角色");
    }
    // no account holds two of the three, nor one of them beside another role
    long account = platformAccount("q_" + run);
    for (String[] roles : new String[][] {{"SYSTEM_ADMIN", "SECURITY_ADMIN"}, {"SECURITY_ADMIN", "AUDIT_ADMIN"},
        {"SYSTEM_ADMIN", "AUDIT_ADMIN"}, {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"}}) {
      MvcResult refused = assign(security, account, roles);
      assertThat(refused.getResponse().getStatus()).as(text(refused)).isEqualTo(400);
      assertThat(text(refused)).contains("三员分立");
    }
    MvcResult auditorToo = assign(security, id("auditadmin"), "AUDIT_ADMIN", "SYSTEM_ADMIN");
    assertThat(auditorToo.getResponse().getStatus()).isEqualTo(400);
    MvcResult reviewerAdmin = assign(security, id("city_jinan"), "CITY_REVIEWER", "SYSTEM_ADMIN");
    assertThat(reviewerAdmin.getResponse().getStatus()).isEqualTo(400);
    // an administrator role only for the platform's own accounts (none of them is in a review group)
    MvcResult zoneAdmin = assign(security, id("zone_qingdao"), "SYSTEM_ADMIN");
    assertThat(zoneAdmin.getResponse().getStatus()).isEqualTo(400);
    assertThat(text(zoneAdmin)).contains("只能授予平台运维的用户");
    // nothing changed on the way
    assertThat(userMapper.findRoles(self)).containsExactly(Role.SECURITY_ADMIN);
    assertThat(userMapper.findRoles(id("auditadmin"))).containsExactly(Role.AUDIT_ADMIN);
    assertThat(userMapper.findRoles(id("city_jinan"))).containsExactly(Role.CITY_REVIEWER);
    assertThat(userMapper.findRoles(account)).isEmpty();
  }

  @Test
  void theLastSystemAdministratorKeepsTheRole() throws Exception {
    long sysadmin = id("sysadmin");
    assertThat(userMapper.search(new UserFilter(null, null, null, null, Role.SYSTEM_ADMIN, true), 0, 10))
        .as("the demo data has one enabled system administrator").hasSize(1);
    MvcResult refused = assign(security, sysadmin, "AUDIT_ADMIN");
    assertThat(refused.getResponse().getStatus()).as(text(refused)).isEqualTo(409);
    assertThat(text(refused)).contains("唯一的系统管理员");
    assertThat(userMapper.findRoles(sysadmin)).containsExactly(Role.SYSTEM_ADMIN);
  }
}
