package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Lockout, forced and expired password changes, password history, the TOTP second factor, the login rate limit. */
class SignInRulesTest extends IntegrationTest {
  @Autowired IdentityProperties properties;
  @Autowired JdbcTemplate jdbc;

  private String freshUser(Role role, String orgCode) {
    String name = "signin_" + ApiClient.unique().toLowerCase();
    ensureUser(name, "登录测试", orgCode, role);
    return name;
  }

  private MvcResult attempt(String username, String password, String address, MockHttpSession session)
      throws Exception {
    var request = post("/api/auth/login").with(csrf()).with(r -> { r.setRemoteAddr(address); return r; })
        .contentType(MediaType.APPLICATION_JSON)
        .content(toJson(Map.of("username", username, "password", password)));
    return mvc.perform(session == null ? request : request.session(session)).andReturn();
  }

  private MvcResult send(String path, MockHttpSession session, Object body) throws Exception {
    return mvc.perform(post(path).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content(toJson(body))).andReturn();
  }

  @Test
  void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() throws Exception {
    String name = freshUser(Role.ZONE_OPERATOR, "GX370101");
    for (int i = 1; i <= 4; i++) {
      MvcResult r = attempt(name, "Wrong@2026x", "10.20.0.1", null);
      assertThat(r.getResponse().getStatus()).isEqualTo(401);
      assertThat(body(r).path("message").asText()).isEqualTo("用户名或密码错误");
    }
    MvcResult fifth = attempt(name, "Wrong@2026x", "10.20.0.1", null);
    assertThat(body(fifth).path("message").asText()).contains("已锁定");
    MvcResult right = attempt(name, PASSWORD, "10.20.0.1", null);
    assertThat(right.getResponse().getStatus()).isEqualTo(401);
    assertThat(body(right).path("message").asText()).contains("已锁定");
    LocalDateTime until = userMapper.findByUsername(name).lockedUntil;
    assertThat(until).isBetween(LocalDateTime.now(clock).plusMinutes(29), LocalDateTime.now(clock).plusMinutes(31));

    jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?", LocalDateTime.now(clock).minusMinutes(1), name);
    assertThat(attempt(name, PASSWORD, "10.20.0.1", null).getResponse().getStatus()).isEqualTo(200);
    assertThat(userMapper.findByUsername(name).failedLogins).isZero();
  }

  @Test
  void outsideDemoModeASeededPasswordMustBeChangedFirstAndRecentPasswordsNotReused() throws Exception {
    String name = freshUser(Role.ZONE_OPERATOR, "GX370101");
    properties.setEnforcePasswordChange(true);
    try {
      MvcResult login = attempt(name, PASSWORD, "10.20.0.2", null);
      assertThat(body(login).path("next").asText()).isEqualTo("PASSWORD_CHANGE");
      assertThat(body(login).has("username")).isFalse();
      MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
      mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
      mvc.perform(get("/api/filings").session(session)).andExpect(status().isUnauthorized());

      MvcResult weak = send("/api/auth/password", session, Map.of("oldPassword", PASSWORD, "newPassword", "abcdefgh"));
      assertThat(weak.getResponse().getStatus()).isEqualTo(400);
      assertThat(body(weak).path("fieldErrors").get(0).path("field").asText()).isEqualTo("newPassword");
      MvcResult same = send("/api/auth/password", session, Map.of("oldPassword", PASSWORD, "newPassword", PASSWORD));
      assertThat(body(same).path("fieldErrors").get(0).path("message").asText()).contains("最近5次");
      MvcResult done = send("/api/auth/password", session, Map.of("oldPassword", PASSWORD, "newPassword", "New1@pass"));
      assertThat(done.getResponse().getStatus()).isEqualTo(200);
      assertThat(body(done).path("username").asText()).isEqualTo(name);
      mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isOk());

      // the next sign-in needs no step; earlier passwords stay barred
      assertThat(body(attempt(name, "New1@pass", "10.20.0.2", null)).path("next").isNull()).isTrue();
      MvcResult again = send("/api/auth/password", session, Map.of("oldPassword", "New1@pass", "newPassword", PASSWORD));
      assertThat(again.getResponse().getStatus()).isEqualTo(400);
      assertThat(body(again).path("fieldErrors").get(0).path("message").asText()).contains("最近5次");

      // 91 days later the password has expired
      jdbc.update("UPDATE app_user SET password_changed_at = ? WHERE username = ?",
          LocalDateTime.now(clock).minusDays(91), name);
      assertThat(body(attempt(name, "New1@pass", "10.20.0.2", null)).path("next").asText())
          .isEqualTo("PASSWORD_CHANGE");
    } finally {
      properties.setEnforcePasswordChange(null);
    }
    // demo mode (the default of this suite): no step
    assertThat(body(attempt(name, "New1@pass", "10.20.0.2", null)).path("next").isNull()).isTrue();
  }

  @Test
  void theSecurityAdministratorRequiresTotpForARoleAndItsUsersEnrolThenEnterCodes() throws Exception {
    String name = freshUser(Role.PROVINCE_MONITOR, "PROV-ST");
    MockHttpSession secadmin = login("secadmin");
    mvc.perform(put("/api/security/settings").session(login("sysadmin")).with(csrf())
        .contentType(MediaType.APPLICATION_JSON).content("{\"totpRequiredRoles\":[]}")).andExpect(status().isForbidden());
    try {
      mvc.perform(put("/api/security/settings").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
              .content("{\"totpRequiredRoles\":[\"PROVINCE_MONITOR\"]}"))
          .andExpect(status().isOk()).andExpect(jsonPath("$.totpRequiredRoles[0]").value("PROVINCE_MONITOR"));
      MvcResult login = attempt(name, PASSWORD, "10.20.0.3", null);
      assertThat(body(login).path("next").asText()).isEqualTo("TOTP_ENROL");
      MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
      MvcResult setup = mvc.perform(post("/api/auth/totp/setup").session(session).with(csrf()))
          .andExpect(status().isOk()).andReturn();
      JsonNode enrolment = body(setup);
      String secret = enrolment.path("secret").asText();
      assertThat(enrolment.path("qrDataUri").asText()).startsWith("data:image/png;base64,");
      assertThat(enrolment.path("uri").asText()).startsWith("otpauth://totp/");
      assertThat(send("/api/auth/totp/enrol", session, Map.of("code", "000000")).getResponse().getStatus())
          .isEqualTo(400);
      MvcResult enrolled = send("/api/auth/totp/enrol", session, Map.of("code", code(secret)));
      assertThat(body(enrolled).path("username").asText()).isEqualTo(name);

      MvcResult second = attempt(name, PASSWORD, "10.20.0.3", null);
      assertThat(body(second).path("next").asText()).isEqualTo("TOTP");
      MockHttpSession pending = (MockHttpSession) second.getRequest().getSession(false);
      mvc.perform(get("/api/auth/me").session(pending)).andExpect(status().isUnauthorized());
      assertThat(send("/api/auth/totp/verify", pending, Map.of("code", wrong(code(secret)))).getResponse().getStatus())
          .isEqualTo(400);
      MvcResult verified = send("/api/auth/totp/verify", pending, Map.of("code", code(secret)));
      assertThat(body(verified).path("username").asText()).isEqualTo(name);
      mvc.perform(get("/api/auth/me").session(pending)).andExpect(status().isOk());
    } finally {
      mvc.perform(put("/api/security/settings").session(secadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
          .content("{\"totpRequiredRoles\":[]}")).andExpect(status().isOk());
    }
  }

  @Test
  void aStepCannotBeSkippedOrTakenWithoutAPendingSignIn() throws Exception {
    MvcResult r = mvc.perform(post("/api/auth/totp/verify").with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"code\":\"123456\"}")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(401);
    MvcResult p = mvc.perform(post("/api/auth/password").with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content(toJson(Map.of("oldPassword", PASSWORD, "newPassword", "New1@pass")))).andReturn();
    assertThat(p.getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  void oneAddressGets429AfterTwentyFailedSignInsInAMinute() throws Exception {
    for (int i = 0; i < properties.getLoginAttemptsPerMinute(); i++) {
      assertThat(attempt("nobody_" + i, "Wrong@2026x", "10.20.9.9", null).getResponse().getStatus()).isEqualTo(401);
    }
    MvcResult blocked = attempt("zone_jinan", PASSWORD, "10.20.9.9", null);
    assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
    assertThat(body(blocked).path("message").asText()).matches(CHINESE);
    // another address is not affected
    assertThat(attempt("zone_jinan", PASSWORD, "10.20.9.10", null).getResponse().getStatus()).isEqualTo(200);
  }

  private static String code(String secret) throws Exception {
    return new DefaultCodeGenerator().generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
  }

  private static String wrong(String code) {
    return code.equals("123456") ? "654321" : "123456";
  }

  @Test
  void userMapperNeverSendsSecretsToTheAdministrationApi() throws Exception {
    MvcResult r = mvc.perform(get("/api/admin/users").param("q", "zone_jinan").session(login("sysadmin")))
        .andExpect(status().isOk()).andReturn();
    assertThat(r.getResponse().getContentAsString()).doesNotContain("totp").doesNotContain("passwordHash");
  }
}
