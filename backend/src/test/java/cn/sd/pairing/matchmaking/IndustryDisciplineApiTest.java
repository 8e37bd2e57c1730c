package cn.sd.pairing.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.security.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** The system administrator keeps the industry → discipline mapping; nobody else may. */
@Transactional
class IndustryDisciplineApiTest extends IntegrationTest {
  private static final String URL = "/api/admin/industry-disciplines";
  ApiClient api;
  MockHttpSession admin;
  String run;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, json);
    admin = login("sysadmin");
    run = ApiClient.unique();
  }

  private MvcResult create(int status, String industry, String discipline) throws Exception {
    return mvc.perform(api.withJson(post(URL), admin, Map.of("industry", industry, "discipline", discipline)))
        .andExpect(status().is(status)).andReturn();
  }

  private void expectFieldError(String industry, String discipline, String field, String message) throws Exception {
    JsonNode body = api.read(create(400, industry, discipline));
    assertThat(body.path("fieldErrors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(body.path("fieldErrors").get(0).path("message").asText()).isEqualTo(message);
  }

  @Test
  void adminAddsListsAndDeletesRows() throws Exception {
    String industry = "测试产业" + run;
    JsonNode row = api.read(create(201, " " + industry + " ", "材料科学"));
    assertThat(row.path("industry").asText()).isEqualTo(industry);
    assertThat(row.path("discipline").asText()).isEqualTo("材料科学");
    long id = row.path("id").asLong();

    JsonNode list = api.read(mvc.perform(get(URL).session(admin)).andExpect(status().isOk()).andReturn());
    assertThat(list.findValuesAsText("industry")).contains(industry, "新一代信息技术", "新材料");

    JsonNode duplicate = api.read(create(409, industry, "材料科学"));
    assertThat(duplicate.path("message").asText()).isEqualTo("“" + industry + " ↔ 材料科学”已存在");

    mvc.perform(delete(URL + "/" + id).session(admin).with(csrf()))
        .andExpect(status().isNoContent());
    JsonNode again = api.read(mvc.perform(delete(URL + "/" + id).session(admin).with(csrf()))
        .andExpect(status().isNotFound()).andReturn());
    assertThat(again.path("message").asText()).isEqualTo("对应关系不存在或已删除");
  }

  @Test
  void badRowsAreRefusedFieldByField() throws Exception {
    expectFieldError("  ", "材料科学", "industry", "主导产业不能为空");
    expectFieldError("新材料", "", "discipline", "优势学科不能为空");
    expectFieldError("新材料；高端装备", "材料科学", "industry", "每行只能填写一个主导产业，不能含分号、逗号或顿号");
    expectFieldError("新材料", "甲".repeat(33), "discipline", "优势学科不能超过32个字符");
  }

  @Test
  void termsComeFromTheRegistryAndNameUnmappedIndustries() throws Exception {
    JsonNode terms = api.read(mvc.perform(get(URL + "/terms").session(admin)).andExpect(status().isOk()).andReturn());
    assertThat(terms.path("industries").toString()).contains("新一代信息技术", "高端铝材");
    assertThat(terms.path("disciplines").toString()).contains("材料科学", "控制科学与工程");
    // the seed maps every demo industry
    assertThat(terms.path("unmappedIndustries").toString()).doesNotContain("新一代信息技术", "高端铝材");
  }

  @Test
  void onlyTheSystemAdministratorMayTouchTheMapping() throws Exception {
    for (String user : new String[] {"prov_st", "monitor", "secadmin", "zone_jinan"}) {
      mvc.perform(get(URL).session(login(user))).andExpect(status().isForbidden());
      mvc.perform(api.withJson(post(URL), login(user), Map.of("industry", "新材料", "discipline", "化学")))
          .andExpect(status().isForbidden());
    }
  }
}
