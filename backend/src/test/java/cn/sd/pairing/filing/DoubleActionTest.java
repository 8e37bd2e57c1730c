package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The same action twice at the same moment, on two threads against the running app: a
 * double-clicked submit or approval has exactly one effect, and of two edits of one draft based on
 * the same version the second is refused (409) instead of silently overwriting the first.
 */
class DoubleActionTest extends ApiTest {

  @Test
  void twoEditsOfOneDraftFromTheSameVersionAtOnceTheSecondGets409() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    int version = detail(id, zone).path("version").asInt();
    Map<String, Object> mine = form("U001");
    mine.put("version", version);
    mine.put("targets2026", "甲的目标");
    Map<String, Object> theirs = form("U001");
    theirs.put("version", version);
    theirs.put("targets2026", "乙的目标");

    List<MvcResult> results = atOnce(List.of(
        () -> putJson("/api/filings/" + id, zone, mine).andReturn(),
        () -> putJson("/api/filings/" + id, zone, theirs).andReturn()));

    List<Integer> statuses = statuses(results);
    assertThat(statuses).as(bodies(results).toString()).containsExactlyInAnyOrder(200, 409);
    MvcResult loser = results.get(statuses.indexOf(409));
    assertThat(body(loser).path("message").asText()).isEqualTo(FilingService.STALE);
    String winner = statuses.get(0) == 200 ? "甲的目标" : "乙的目标";
    Filing saved = filing(id);
    assertThat(saved.version).isEqualTo(version + 1);
    assertThat(saved.targets2026).isEqualTo(winner);
  }

  @Test
  void aDoubleClickedSubmitStartsOneProcessAndRecordsOneSubmission() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    uploadPdf(id, zone, "AGREEMENT");
    Map<String, Object> form = form("U001");
    form.put("version", detail(id, zone).path("version").asInt());

    List<MvcResult> results = atOnce(List.of(
        () -> postJson("/api/filings/" + id + "/submit", zone, form).andReturn(),
        () -> postJson("/api/filings/" + id + "/submit", zone, form).andReturn()));

    List<Integer> statuses = statuses(results);
    assertThat(statuses).as(bodies(results).toString()).containsExactlyInAnyOrder(200, 409);
    assertThat(body(results.get(statuses.indexOf(409))).path("message").asText()).matches(CHINESE);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(String.valueOf(id)).count()).as("process instances of the filing").isEqualTo(1);
    assertThat(filing(id).processInstanceId).isNotNull();
    assertThat(detail(id, zone).path("opinions").findValuesAsText("action")).containsExactly("SUBMIT");
    assertThat(filing(id).status).isEqualTo(FilingStatus.CONFIRMING);
  }

  @Test
  void aDoubleClickedApprovalCompletesTheTaskOnceAndRecordsOneOpinion() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession university = login("univ_sdu");
    long id = createAndSubmit(zone, "U001");
    String taskId = taskId(id, "counterpartConfirm");

    List<MvcResult> results = atOnce(List.of(
        () -> complete(taskId, university, "APPROVE", "同意").andReturn(),
        () -> complete(taskId, university, "APPROVE", "同意").andReturn()));

    List<Integer> statuses = statuses(results);
    assertThat(statuses).as(bodies(results).toString()).containsExactlyInAnyOrder(200, 409);
    assertThat(body(results.get(statuses.indexOf(409))).path("message").asText()).matches(CHINESE);
    String processId = filing(id).processInstanceId;
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processId)
        .taskDefinitionKey("counterpartConfirm").count()).as("history entries of the step").isEqualTo(1);
    assertThat(detail(id, zone).path("opinions").findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE");
    waitForJobs(processId);
    assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(taskService.createTaskQuery().processInstanceId(processId).list())
        .extracting(t -> t.getTaskDefinitionKey()).containsExactly("cityReview");

    // clicked once more later: the same 409, still one effect
    MvcResult late = complete(taskId, university, "APPROVE", "同意").andReturn();
    assertThat(late.getResponse().getStatus()).isEqualTo(409);
    assertThat(body(late).path("message").asText()).isEqualTo("该任务已办理完毕，请勿重复提交");
    assertThat(detail(id, zone).path("opinions").findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE");
  }

  private static List<Integer> statuses(List<MvcResult> results) {
    return results.stream().map(r -> r.getResponse().getStatus()).toList();
  }

  private static List<String> bodies(List<MvcResult> results) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (MvcResult r : results) {
      bodies.add(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
    return bodies;
  }
}
