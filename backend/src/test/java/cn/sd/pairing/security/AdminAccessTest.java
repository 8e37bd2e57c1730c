package cn.sd.pairing.security;

import cn.sd.pairing.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registry and account administration belong to the system administrator alone. */
class AdminAccessTest extends IntegrationTest {
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(mvc, json);
  }

  /** Every administration endpoint, with a body where it needs one. */
  private List<MockHttpServletRequestBuilder> adminRequests() throws Exception {
    Map<String, Object> org = Map.of("type", "ZONE", "code", "GXDENIED", "name", "不应创建", "cityCode", "370100",
        "level", "NATIONAL");
    Map<String, Object> user = Map.of("username", "denied_user", "displayName", "不应创建", "orgId", 1,
        "password", "Denied@2026x");
    MockMultipartFile file = new MockMultipartFile("file", "zones.csv", "text/csv",
        "code,name,level,city_code,leading_industries\nGXDENIED,不应创建,国家级,370100,\n".getBytes(StandardCharsets.UTF_8));
    String orgJson = toJson(org);
    String userJson = toJson(user);
    return List.of(
        get("/api/admin/cities"),
        get("/api/admin/orgs"),
        get("/api/admin/orgs/1"),
        post("/api/admin/orgs").contentType(MediaType.APPLICATION_JSON).content(orgJson),
        put("/api/admin/orgs/1").contentType(MediaType.APPLICATION_JSON).content(orgJson),
        post("/api/admin/orgs/1/disable"),
        post("/api/admin/orgs/1/enable"),
        multipart("/api/admin/orgs/import").file(file).param("type", "ZONE"),
        get("/api/admin/orgs/import-template").param("type", "ZONE"),
        get("/api/admin/roles"),
        get("/api/admin/users"),
        get("/api/admin/users/1"),
        post("/api/admin/users").contentType(MediaType.APPLICATION_JSON).content(userJson),
        put("/api/admin/users/1").contentType(MediaType.APPLICATION_JSON).content(userJson),
        post("/api/admin/users/1/disable"),
        post("/api/admin/users/1/enable"),
        post("/api/admin/users/1/reset-password").contentType(MediaType.APPLICATION_JSON)
            .content("{\"password\":\"Denied@2026x\"}"));
  }

  @Test
  void anonymousCallersGet401() throws Exception {
    for (MockHttpServletRequestBuilder request : adminRequests()) {
      MvcResult result = mvc.perform(request.with(csrf())).andReturn();
      assertThat(result.getResponse().getStatus()).as(describe(result)).isEqualTo(401);
      assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请先登录");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zone_jinan", "city_jinan", "univ_sdu", "prov_st", "monitor", "secadmin", "auditadmin"})
  void everyoneButTheSystemAdministratorGets403(String username) throws Exception {
    MockHttpSession session = api.login(username);
    for (MockHttpServletRequestBuilder request : adminRequests()) {
      MvcResult result = mvc.perform(request.session(session).with(csrf())).andReturn();
      assertThat(result.getResponse().getStatus()).as(username + " " + describe(result)).isEqualTo(403);
    }
    // and nothing was created on the way
    MockHttpSession admin = api.login("sysadmin");
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", "GXDENIED"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/admin/users").session(admin).param("q", "denied_user"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void theSystemAdministratorIsLetIn() throws Exception {
    MockHttpSession admin = api.login("sysadmin");
    mvc.perform(get("/api/admin/orgs").session(admin)).andExpect(status().isOk());
    mvc.perform(get("/api/admin/users").session(admin)).andExpect(status().isOk());
    mvc.perform(get("/api/admin/roles").session(admin)).andExpect(status().isOk());
    mvc.perform(get("/api/admin/cities").session(admin)).andExpect(status().isOk());
  }

  @Test
  void writesWithoutCsrfTokenAreRefused() throws Exception {
    MockHttpSession admin = api.login("sysadmin");
    mvc.perform(post("/api/admin/orgs/1/disable").session(admin)).andExpect(status().isForbidden());
  }

  private static String describe(MvcResult result) {
    return result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
  }
}
