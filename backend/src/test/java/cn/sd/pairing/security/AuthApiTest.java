package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class AuthApiTest extends IntegrationTest {

  @Test
  void anonymousGetsA401InChinese() throws Exception {
    MvcResult result = mvc.perform(get("/api/filings"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.message").value("请先登录"))
        .andReturn();
    assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
  }

  @Test
  void writesWithoutCsrfAreRefused() throws Exception {
    mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content(toJson(Map.of("username", "zone_jinan", "password", PASSWORD))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));

    MockHttpSession session = login("zone_jinan");
    mvc.perform(post("/api/filings").session(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
    mvc.perform(post("/api/filings").session(session).with(csrf().useInvalidToken())
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void wrongPasswordOrUnknownUserIs401WithOneMessage() throws Exception {
    for (Map<String, String> login : new Map[] {
        Map.of("username", "zone_jinan", "password", "wrong-password"),
        Map.of("username", "no_such_user", "password", PASSWORD)}) {
      MvcResult result = mvc.perform(post("/api/auth/login").with(csrf())
              .contentType(MediaType.APPLICATION_JSON).content(toJson(login)))
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.status").value(401))
          .andExpect(jsonPath("$.message").value("用户名或密码错误"))
          .andReturn();
      assertThat(result.getRequest().getSession(false) == null
          || result.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
    }
  }

  @Test
  void blankCredentialsAre400() throws Exception {
    mvc.perform(post("/api/auth/login").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"\",\"password\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[*].field").value(
            org.hamcrest.Matchers.containsInAnyOrder("username", "password")));
  }

  @Test
  void loginReturnsTheCurrentUserAndTheSessionCarriesIt() throws Exception {
    MvcResult result = mvc.perform(post("/api/auth/login").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(toJson(Map.of("username", "city_jinan", "password", PASSWORD))))
        .andExpect(status().isOk())
        .andReturn();
    JsonNode me = body(result);
    assertThat(me.path("username").asText()).isEqualTo("city_jinan");
    assertThat(me.path("displayName").asText()).isEqualTo("济南市科技局审核员");
    assertThat(me.path("orgName").asText()).isEqualTo("济南市科学技术局");
    assertThat(me.path("orgType").asText()).isEqualTo("CITY_BUREAU");
    assertThat(me.path("roles").toString()).isEqualTo("[\"CITY_REVIEWER\"]");
    assertThat(me.has("passwordHash")).isFalse();
    assertThat(result.getResponse().getContentAsString()).doesNotContain("$2a$");

    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(get("/api/auth/me").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("city_jinan"));

    mvc.perform(post("/api/auth/logout").session(session).with(csrf())).andExpect(status().isNoContent());
    mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
  }
}
