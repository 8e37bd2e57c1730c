package cn.sd.pairing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.filing.FilingOpinion;
import cn.sd.pairing.filing.FilingOpinionMapper;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** /api/tasks over HTTP: the reviewers' journey, and every way a decision can be refused. */
class ReviewApiTest extends ApiTest {
  @Autowired FilingOpinionMapper opinionMapper;
  @Autowired HistoryService historyService;

  private List<FilingOpinion> opinions(long filingId, OpinionAction action) {
    return opinionMapper.findByFiling(filingId).stream().filter(o -> o.action == action).toList();
  }

  @Test
  void fullJourneyZoneSubmitsCityAndProvinceApproveZoneSeesTheNumber() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createAndSubmit(zone, "U001");
    JsonNode submitted = detail(id, zone);
    assertThat(submitted.path("status").asText()).isEqualTo("CITY_REVIEW");
    assertThat(submitted.path("statusLabel").asText()).isEqualTo("市科技局初审中");

    MockHttpSession city = login("city_jinan");
    JsonNode todo = body(getJson("/api/tasks", city).andExpect(status().isOk()).andReturn());
    JsonNode cityTask = null;
    for (JsonNode t : todo) {
      if (t.path("filingId").asLong() == id) {
        cityTask = t;
      }
    }
    assertThat(cityTask).as("the 济南 bureau's to-do list offers the new filing").isNotNull();
    assertThat(cityTask.path("taskKey").asText()).isEqualTo("cityReview");
    assertThat(cityTask.path("name").asText()).isEqualTo("市科技局初审");
    assertThat(cityTask.path("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(cityTask.path("universityName").asText()).isEqualTo("山东大学");
    // not offered to the other city, nor to the province yet
    assertThat(body(getJson("/api/tasks", login("city_qingdao")).andReturn()).findValuesAsText("id"))
        .doesNotContain(cityTask.path("id").asText());

    complete(cityTask.path("id").asText(), city, "APPROVE", "材料齐全，同意报送省科技厅。")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"));

    // the engine's history names the real reviewer (EngineUserFilter + assignee)
    String cityTaskId = cityTask.path("id").asText();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(cityTaskId).singleResult().getAssignee())
        .isEqualTo("city_jinan");
    assertThat(historyService.createUserOperationLogQuery().taskId(cityTaskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
        .isNotEmpty().extracting(UserOperationLogEntry::getUserId).containsOnly("city_jinan");

    MockHttpSession province = login("prov_st");
    String provinceTask = currentTaskId(id, province);
    complete(provinceTask, province, "APPROVE", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"));

    JsonNode approved = detail(id, zone);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("statusLabel").asText()).isEqualTo("备案通过");
    Matcher no = FILING_NO.matcher(approved.path("filingNo").asText());
    assertThat(no.matches()).as(approved.path("filingNo").asText()).isTrue();
    assertThat(Integer.parseInt(no.group(1))).isEqualTo(LocalDate.now(clock).getYear());
    assertThat(approved.path("approvedAt").asText()).isNotBlank();
    assertThat(approved.path("editable").asBoolean()).isFalse();
    assertThat(approved.path("currentTasks").size()).isZero();
    assertThat(approved.path("opinions").findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "APPROVE");
    assertThat(approved.path("opinions").findValuesAsText("stepName"))
        .containsExactly("提交备案", "市科技局初审", "省科技厅审核");
    assertThat(approved.path("opinions").get(1).path("opinion").asText()).isEqualTo("材料齐全，同意报送省科技厅。");
    assertThat(approved.path("opinions").get(1).path("orgName").asText()).isEqualTo("济南市科学技术局");

    // the zone's list shows the number too
    JsonNode list = body(getJson("/api/filings?status=APPROVED&size=100", zone).andReturn());
    JsonNode summary = null;
    for (JsonNode item : list.path("items")) {
      if (item.path("id").asLong() == id) {
        summary = item;
      }
    }
    assertThat(summary).isNotNull();
    assertThat(summary.path("filingNo").asText()).isEqualTo(approved.path("filingNo").asText());
  }

  @Test
  void returnRoundTripShowsTheOpinionAndReentersTheReturningStep() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession city = login("city_jinan");
    MockHttpSession province = login("prov_st");
    long id = createAndSubmit(zone, "U001");

    complete(currentTaskId(id, city), city, "APPROVE", null).andExpect(status().isOk());
    String opinion = "请补充双方合作协议的签署页，并明确利益共享方式。";
    complete(currentTaskId(id, province), province, "RETURN", "  " + opinion + "  ")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RETURNED"));

    JsonNode returned = detail(id, zone);
    assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.path("statusLabel").asText()).isEqualTo("退回修改");
    assertThat(returned.path("editable").asBoolean()).isTrue();
    JsonNode last = returned.path("opinions").get(returned.path("opinions").size() - 1);
    assertThat(last.path("action").asText()).isEqualTo("RETURN");
    assertThat(last.path("actionLabel").asText()).isEqualTo("退回修改");
    assertThat(last.path("opinion").asText()).isEqualTo(opinion);
    assertThat(last.path("stepName").asText()).isEqualTo("省科技厅审核");
    assertThat(last.path("orgName").asText()).isEqualTo("山东省科学技术厅");
    assertThat(last.path("userName").asText()).isEqualTo("省科技厅高新区处审核员");

    // the revise task is not a review task: a zone operator cannot "approve" it
    String reviseTask = detail(id, zone).path("currentTasks").get(0).path("id").asText();
    complete(reviseTask, zone, "APPROVE", null).andExpect(status().isConflict());
    // nor can the province decide on it
    complete(reviseTask, province, "APPROVE", null).andExpect(status().isForbidden());

    var form = form("U001");
    form.put("keyTasks", List.of("INDUSTRY_LAYOUT", "TRANSFER", "TALENT"));
    postJson("/api/filings/" + id + "/submit", zone, form)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROVINCE_REVIEW"))
        .andExpect(jsonPath("$.keyTasks.length()").value(3));
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);

    // back at the province, not at the city
    assertThat(detail(id, province).path("currentTasks").get(0).path("name").asText()).isEqualTo("省科技厅审核");
    assertThat(body(getJson("/api/tasks", city).andReturn()).findValuesAsText("filingId"))
        .doesNotContain(String.valueOf(id));
    complete(currentTaskId(id, province), province, "APPROVE", "同意备案").andExpect(status().isOk());

    JsonNode done = detail(id, zone);
    assertThat(done.path("status").asText()).isEqualTo("APPROVED");
    assertThat(done.path("opinions").findValuesAsText("action"))
        .containsExactly("SUBMIT", "APPROVE", "RETURN", "RESUBMIT", "APPROVE");
    assertThat(done.path("opinions").findValuesAsText("opinion")).contains(opinion);
  }

  @Test
  void anotherCitysReviewerIsForbidden() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    String taskId = openTask(id).getId();
    MvcResult result = complete(taskId, login("city_qingdao"), "APPROVE", null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)))
        .andReturn();
    assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
    // the province cannot jump the city step either
    complete(taskId, login("prov_st"), "APPROVE", null).andExpect(status().isForbidden());
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(opinions(id, OpinionAction.APPROVE)).isEmpty();
    assertThat(openTask(id).getId()).isEqualTo(taskId);
  }

  @Test
  void unknownTaskIs404AndAFinishedTaskIs409() throws Exception {
    MockHttpSession city = login("city_jinan");
    complete("no-such-task-" + System.nanoTime(), city, "APPROVE", null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));

    long id = createAndSubmit(login("zone_jinan"), "U001");
    String taskId = currentTaskId(id, city);
    complete(taskId, city, "APPROVE", null).andExpect(status().isOk());
    complete(taskId, city, "APPROVE", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));
    complete(taskId, city, "RETURN", "再退一次").andExpect(status().isConflict());
    assertThat(opinions(id, OpinionAction.APPROVE)).hasSize(1);
    assertThat(opinions(id, OpinionAction.RETURN)).isEmpty();
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
  }

  @Test
  void returnNeedsAnOpinionAndADecisionIsRequired() throws Exception {
    MockHttpSession city = login("city_jinan");
    long id = createAndSubmit(login("zone_jinan"), "U001");
    String taskId = currentTaskId(id, city);
    for (String blank : new String[] {null, "", "   "}) {
      MvcResult result = complete(taskId, city, "RETURN", blank)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.fieldErrors[0].field").value("opinion"))
          .andReturn();
      assertThat(body(result).path("fieldErrors").get(0).path("message").asText()).matches(CHINESE);
    }
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"opinion\":\"没有结论\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("decision"));
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"decision\":\"MAYBE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));
    postJson("/api/tasks/" + taskId + "/complete", city, "{\"decision\":\"RETURN\",\"opinion\":\""
        + "长".repeat(1001) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("opinion"));

    // nothing happened
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(openTask(id).getId()).isEqualTo(taskId);
    assertThat(openTask(id).getAssignee()).isNull();
    assertThat(opinions(id, OpinionAction.RETURN)).isEmpty();
  }

  @Test
  void twoReviewersCompletingTheSameTaskAtOnceOneWinsOneGets409() throws Exception {
    ensureUser("test_city_jinan_2", "济南市科技局审核员二", "CB370100", Role.CITY_REVIEWER);
    MockHttpSession first = login("city_jinan");
    MockHttpSession second = login("test_city_jinan_2");
    long id = createAndSubmit(login("zone_jinan"), "U001");
    String taskId = openTask(id).getId();

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    try {
      List<Future<MvcResult>> calls = new ArrayList<>();
      for (MockHttpSession session : List.of(first, second)) {
        calls.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return complete(taskId, session, "APPROVE", "同意").andReturn();
        }));
      }
      for (Future<MvcResult> call : calls) {
        MvcResult result = call.get(60, TimeUnit.SECONDS);
        statuses.add(result.getResponse().getStatus());
        bodies.add(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(statuses).as(bodies.toString()).containsExactlyInAnyOrder(200, 409);
    assertThat(bodies.get(statuses.indexOf(409))).containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
    assertThat(opinions(id, OpinionAction.APPROVE)).as("exactly one APPROVE opinion").hasSize(1);
    assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(taskService.createTaskQuery().processInstanceId(filing(id).processInstanceId).list())
        .extracting(t -> t.getTaskDefinitionKey()).containsExactly("provinceReview");
  }
}
