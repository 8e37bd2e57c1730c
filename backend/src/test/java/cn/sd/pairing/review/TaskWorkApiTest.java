package cn.sd.pairing.review;

import java.time.OffsetDateTime;
import java.util.Comparator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.security.AppUser;
import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** 已办, 签收/取消签收, 转办 and 抄送 over HTTP, with the real engine. */
class TaskWorkApiTest extends ApiTest {
  private static final String COLLEAGUE = "city_jinan_b";
  private static final String DISABLED = "city_jinan_off";

  private AppUser colleague() {
    return ensureUser(COLLEAGUE, "济南市科技局审核员乙", "CB370100", Role.CITY_REVIEWER);
  }

  private AppUser disabledColleague() {
    AppUser user = ensureUser(DISABLED, "济南市科技局停用人员", "CB370100", Role.CITY_REVIEWER);
    userMapper.setEnabled(user.id, false, LocalDateTime.now(clock));
    return user;
  }

  /** A fresh reviewer of 济南市科技局 per call, so its 已办 list holds only what this test did. */
  private AppUser freshCityReviewer() {
    String name = "cj" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return ensureUser(name, "济南市科技局新审核员", "CB370100", Role.CITY_REVIEWER);
  }

  /** A zone→山东大学 filing confirmed by the university: waits at 市科技局初审. */
  private long atCityReview() {
    long id = submitted("zone_jinan", "U001");
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.CITY_REVIEW);
    return id;
  }

  private long userId(String username) {
    return userMapper.findByUsername(username).id;
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.path(name).asText()));
    return values;
  }

  private JsonNode ok(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
    MvcResult result = actions.andReturn();
    if (result.getResponse().getStatus() / 100 != 2) {
      throw new AssertionError(result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] bytes = result.getResponse().getContentAsByteArray();
    return bytes.length == 0 ? null : json.readTree(bytes);
  }

  private JsonNode timelineEntries(long filingId, MockHttpSession session) throws Exception {
    return ok(getJson("/api/filings/" + filingId + "/timeline", session)).path("entries");
  }

  private List<JsonNode> notificationsAbout(MockHttpSession session, long filingId) throws Exception {
    List<JsonNode> found = new ArrayList<>();
    ok(getJson("/api/notifications?size=100", session)).path("items").forEach(n -> {
      if (n.path("filingId").asLong() == filingId) {
        found.add(n);
      }
    });
    return found;
  }

  // ------------------------------------------------------------------ 已办

  @Test
  void theDoneListShowsWhatTheCallerCompletedNewestFirstWithFilingAndOpinionAndPages() throws Exception {
    AppUser reviewer = freshCityReviewer();
    MockHttpSession session = login(reviewer.username);
    assertThat(ok(getJson("/api/tasks/done", session)).path("total").asLong()).isZero();

    long first = atCityReview();
    long second = atCityReview();
    long third = atCityReview();
    decideOverHttp(first, "cityReview", session, "APPROVE", null);
    decideOverHttp(second, "cityReview", session, "RETURN", "请补充合作协议");
    decideOverHttp(third, "cityReview", session, "APPROVE", "同意报送");

    // newest first; MariaDB keeps whole seconds, so decisions made within one second may come in any order
    JsonNode page1 = ok(getJson("/api/tasks/done?page=1&size=2", session));
    assertThat(page1.path("total").asLong()).isEqualTo(3);
    assertThat(page1.path("items")).hasSize(2);
    JsonNode page2 = ok(getJson("/api/tasks/done?page=2&size=2", session));
    assertThat(page2.path("total").asLong()).isEqualTo(3);
    assertThat(page2.path("items")).hasSize(1);
    assertThat(ok(getJson("/api/tasks/done?page=3&size=2", session)).path("items")).isEmpty();
    List<JsonNode> all = new ArrayList<>();
    page1.path("items").forEach(all::add);
    page2.path("items").forEach(all::add);
    assertThat(all).extracting(item -> item.path("filingId").asLong()).containsExactlyInAnyOrder(first, second, third);
    assertThat(all).extracting(item -> OffsetDateTime.parse(item.path("endedAt").asText()))
        .isSortedAccordingTo(Comparator.reverseOrder());

    JsonNode approved = all.stream().filter(item -> item.path("filingId").asLong() == third).findFirst().orElseThrow();
    assertThat(approved.path("taskKey").asText()).isEqualTo("cityReview");
    assertThat(approved.path("name").asText()).isEqualTo("市科技局初审");
    assertThat(approved.path("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(approved.path("universityName").asText()).isEqualTo("山东大学");
    assertThat(approved.path("action").asText()).isEqualTo("APPROVE");
    assertThat(approved.path("actionLabel").asText()).isEqualTo("同意");
    assertThat(approved.path("opinion").asText()).isEqualTo("同意报送");
    assertThat(approved.path("filingStatus").asText()).isEqualTo("PROVINCE_REVIEW");
    JsonNode returned = all.stream().filter(item -> item.path("filingId").asLong() == second).findFirst().orElseThrow();
    assertThat(returned.path("action").asText()).isEqualTo("RETURN");
    assertThat(returned.path("opinion").asText()).isEqualTo("请补充合作协议");
    assertThat(returned.path("filingStatus").asText()).isEqualTo("RETURNED");
    assertThat(returned.path("filingStatusLabel").asText()).isEqualTo("退回修改");

    // filters: step, process, keyword
    assertThat(ok(getJson("/api/tasks/done?taskKey=cityReview", session)).path("total").asLong()).isEqualTo(3);
    assertThat(ok(getJson("/api/tasks/done?taskKey=provinceStReview", session)).path("total").asLong()).isZero();
    assertThat(ok(getJson("/api/tasks/done?process=FILING", session)).path("total").asLong()).isEqualTo(3);
    assertThat(ok(getJson("/api/tasks/done?process=TERMINATION", session)).path("total").asLong()).isZero();
    assertThat(ok(getJson("/api/tasks/done?q=山东大学", session)).path("total").asLong()).isEqualTo(3);
    assertThat(ok(getJson("/api/tasks/done?q=青岛", session)).path("items")).isEmpty();

    // the colleague's list is not the caller's
    assertThat(field(ok(getJson("/api/tasks/done?size=100", login("city_jinan"))).path("items"), "filingId"))
        .doesNotContain(String.valueOf(first), String.valueOf(second), String.valueOf(third));
    getJson("/api/tasks/done?size=0", session).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    getJson("/api/tasks/done?size=101", session).andExpect(status().isBadRequest());
  }

  // ------------------------------------------------------------------ 待办: pages and filters

  @Test
  void theTodoListPagesNewestFirstWithCountsAndFilters() throws Exception {
    long first = atCityReview();
    long second = atCityReview();
    long third = atCityReview();
    MockHttpSession city = login("city_jinan");

    // pages of one: every task once, newest first, the same total on every page
    JsonNode head = ok(getJson("/api/tasks?size=1", city));
    long total = head.path("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(3);
    List<JsonNode> all = todoItems(city);
    assertThat(all).hasSize((int) total);
    assertThat(all).extracting(item -> item.path("id").asText()).doesNotHaveDuplicates();
    assertThat(all).extracting(item -> OffsetDateTime.parse(item.path("createdAt").asText()))
        .isSortedAccordingTo(Comparator.reverseOrder());
    JsonNode last = ok(getJson("/api/tasks?size=1&page=" + total, city));
    assertThat(last.path("items")).hasSize(1);
    assertThat(last.path("items").get(0).path("id").asText()).isEqualTo(all.get(all.size() - 1).path("id").asText());
    assertThat(ok(getJson("/api/tasks?size=1&page=" + (total + 1), city)).path("items")).isEmpty();
    JsonNode mine = todoItem(city, third, "cityReview");
    assertThat(mine.path("formKey").asText()).isEqualTo("decision");
    assertThat(mine.path("decisions").toString()).isEqualTo("[\"APPROVE\",\"RETURN\",\"REJECT\"]");
    assertThat(mine.path("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
    assertThat(mine.path("universityName").asText()).isEqualTo("山东大学");
    assertThat(mine.path("cityName").asText()).isEqualTo("济南市");

    // the steps with their counts; the step filter keeps them and narrows the total
    JsonNode byStep = ok(getJson("/api/tasks?taskKey=cityReview&size=100", city));
    long cityReviews = 0;
    for (JsonNode step : byStep.path("steps")) {
      if (step.path("taskKey").asText().equals("cityReview")) {
        cityReviews = step.path("count").asLong();
        assertThat(step.path("name").asText()).isEqualTo("市科技局初审");
      }
    }
    assertThat(byStep.path("total").asLong()).isEqualTo(cityReviews).isGreaterThanOrEqualTo(3);
    assertThat(field(byStep.path("items"), "taskKey")).containsOnly("cityReview");
    assertThat(field(byStep.path("items"), "filingId"))
        .contains(String.valueOf(first), String.valueOf(second), String.valueOf(third));
    assertThat(ok(getJson("/api/tasks?process=FILING&size=100", city)).path("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(field(ok(getJson("/api/tasks?process=CHANGE&size=100", city)).path("items"), "filingId"))
        .doesNotContain(String.valueOf(first));

    // keyword on zone, university, city and filing number; wildcards match literally
    assertThat(field(ok(getJson("/api/tasks?q=山东大学&size=100", city)).path("items"), "filingId"))
        .contains(String.valueOf(third));
    assertThat(field(ok(getJson("/api/tasks?q=济南市&size=100", city)).path("items"), "filingId"))
        .contains(String.valueOf(third));
    assertThat(ok(getJson("/api/tasks?q=不存在的高新区", city)).path("total").asLong()).isZero();
    assertThat(ok(getJson("/api/tasks?q=%25", city)).path("total").asLong()).isZero();

    // overdue: a due date in the past counts, in the total and with the filter; the due range filter
    var task = taskService.createTaskQuery().taskId(taskId(second, "cityReview")).singleResult();
    task.setDueDate(java.util.Date.from(java.time.Instant.parse("2026-01-05T02:00:00Z")));
    taskService.saveTask(task);
    JsonNode overdue = ok(getJson("/api/tasks?overdue=true&size=100", city));
    assertThat(field(overdue.path("items"), "filingId")).contains(String.valueOf(second))
        .doesNotContain(String.valueOf(third));
    assertThat(overdue.path("items")).allMatch(item -> item.path("overdue").asBoolean());
    assertThat(overdue.path("overdue").asLong()).isEqualTo(overdue.path("total").asLong());
    assertThat(ok(getJson("/api/tasks?size=1", city)).path("overdue").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(field(ok(getJson("/api/tasks?dueFrom=2026-01-05&dueTo=2026-01-05&size=100", city)).path("items"),
        "filingId")).contains(String.valueOf(second)).doesNotContain(String.valueOf(third));
    assertThat(field(ok(getJson("/api/tasks?dueFrom=2026-01-06&dueTo=2026-01-31&size=100", city)).path("items"),
        "filingId")).doesNotContain(String.valueOf(second));

    // another city sees none of them; bad parameters are 400 in Chinese
    assertThat(field(ok(getJson("/api/tasks?size=100", login("city_qingdao"))).path("items"), "filingId"))
        .doesNotContain(String.valueOf(first), String.valueOf(second), String.valueOf(third));
    getJson("/api/tasks?size=101", city).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    getJson("/api/tasks?page=0", city).andExpect(status().isBadRequest());
    getJson("/api/tasks?process=NOPE", city).andExpect(status().isBadRequest());
    getJson("/api/tasks?dueFrom=5.1.2026", city).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("dueFrom"));
    getJson("/api/tasks?dueFrom=2026-02-01&dueTo=2026-01-01", city).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("dueTo"));
  }

  @Test
  void oneOpenTaskIsReadByIdWhenItIsOfferedToTheCaller() throws Exception {
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    JsonNode task = ok(getJson("/api/tasks/" + taskId, login("city_jinan")));
    assertThat(task.path("filingId").asLong()).isEqualTo(id);
    assertThat(task.path("formKey").asText()).isEqualTo("decision");
    assertThat(task.path("decisions").toString()).isEqualTo("[\"APPROVE\",\"RETURN\",\"REJECT\"]");
    assertThat(task.path("assignee").isNull()).isTrue();
    getJson("/api/tasks/" + taskId, login("city_qingdao")).andExpect(status().isForbidden());
    getJson("/api/tasks/no-such-task", login("city_jinan")).andExpect(status().isNotFound());
    decideOverHttp(id, "cityReview", login("city_jinan"), "APPROVE", null);
    getJson("/api/tasks/" + taskId, login("city_jinan")).andExpect(status().isConflict());
  }

  // ------------------------------------------------------------------ 签收 / 取消签收

  @Test
  void claimAndUnclaimAmongCandidatesAndAClaimedTaskIsNotCompletedByAnother() throws Exception {
    colleague();
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MockHttpSession me = login("city_jinan");
    MockHttpSession other = login(COLLEAGUE);

    assertThat(todoItem(me, id, "cityReview").path("assignee").isNull()).isTrue();
    JsonNode claimed = ok(postJson("/api/tasks/" + taskId + "/claim", me, Map.of()));
    assertThat(claimed.path("assignee").asText()).isEqualTo("city_jinan");
    assertThat(claimed.path("assigneeName").asText()).isEqualTo("济南市科技局审核员");
    // claiming again is harmless
    ok(postJson("/api/tasks/" + taskId + "/claim", me, Map.of()));

    JsonNode seenByColleague = todoItem(other, id, "cityReview");
    assertThat(seenByColleague).as("a claimed task stays in the colleague's list, with its 签收人").isNotNull();
    assertThat(seenByColleague.path("assigneeName").asText()).isEqualTo("济南市科技局审核员");
    postJson("/api/tasks/" + taskId + "/claim", other, Map.of()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.containsString("济南市科技局审核员")))
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    postJson("/api/tasks/" + taskId + "/unclaim", other, Map.of()).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    complete(taskId, other, "APPROVE", null).andExpect(status().isConflict());

    // not a candidate of the task
    postJson("/api/tasks/" + taskId + "/claim", login("city_qingdao"), Map.of()).andExpect(status().isForbidden());
    postJson("/api/tasks/" + taskId + "/claim", login("univ_sdu"), Map.of()).andExpect(status().isForbidden());
    postJson("/api/tasks/no-such-task/claim", me, Map.of()).andExpect(status().isNotFound());

    JsonNode released = ok(postJson("/api/tasks/" + taskId + "/unclaim", me, Map.of()));
    assertThat(released.path("assignee").isNull()).isTrue();
    assertThat(ok(postJson("/api/tasks/" + taskId + "/claim", other, Map.of())).path("assignee").asText())
        .isEqualTo(COLLEAGUE);
    complete(taskId, me, "APPROVE", null).andExpect(status().isConflict());
    decideOverHttp(id, "cityReview", other, "APPROVE", null);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    postJson("/api/tasks/" + taskId + "/claim", other, Map.of()).andExpect(status().isConflict());
    postJson("/api/tasks/" + taskId + "/unclaim", other, Map.of()).andExpect(status().isConflict());
  }

  // ------------------------------------------------------------------ 转办

  @Test
  void transferToAColleagueThenOnlyTheColleagueCompletesAndTheHistoryShowsIt() throws Exception {
    AppUser colleague = colleague();
    AppUser disabled = disabledColleague();
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MockHttpSession me = login("city_jinan");

    JsonNode colleagues = ok(getJson("/api/tasks/" + taskId + "/colleagues", me));
    assertThat(field(colleagues, "username")).contains(COLLEAGUE).doesNotContain("city_jinan", DISABLED,
        "city_qingdao");
    assertThat(colleagues.get(0).path("orgName").asText()).isEqualTo("济南市科学技术局");

    ok(postJson("/api/tasks/" + taskId + "/claim", me, Map.of()));
    JsonNode transferred = ok(postJson("/api/tasks/" + taskId + "/transfer", me,
        Map.of("toUserId", colleague.id, "reason", "本人出差，请代为审核")));
    assertThat(transferred.path("assignee").asText()).isEqualTo(COLLEAGUE);
    assertThat(transferred.path("assigneeName").asText()).isEqualTo("济南市科技局审核员乙");

    complete(taskId, me, "APPROVE", null).andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    MockHttpSession other = login(COLLEAGUE);
    List<JsonNode> told = notificationsAbout(other, id);
    assertThat(told).anySatisfy(n -> {
      assertThat(n.path("title").asText()).startsWith("转办：").contains("济南市科技局审核员");
      assertThat(n.path("taskId").asText()).isEqualTo(taskId);
    });
    decideOverHttp(id, "cityReview", other, "APPROVE", null);
    assertThat(statusOf(id)).isEqualTo(FilingStatus.PROVINCE_REVIEW);
    assertThat(field(ok(getJson("/api/tasks/done?size=100", other)).path("items"), "id")).contains(taskId);
    assertThat(field(ok(getJson("/api/tasks/done?size=100", me)).path("items"), "id")).doesNotContain(taskId);

    // the timeline: the step with its decision by the colleague, and the transfer as its own line
    JsonNode entries = timelineEntries(id, login("zone_jinan"));
    JsonNode transfer = null;
    JsonNode step = null;
    for (JsonNode e : entries) {
      if ("TRANSFER".equals(e.path("action").asText())) {
        transfer = e;
      }
      if ("STEP".equals(e.path("kind").asText()) && "cityReview".equals(e.path("activityId").asText())) {
        step = e;
      }
    }
    assertThat(transfer).isNotNull();
    assertThat(transfer.path("kind").asText()).isEqualTo("EVENT");
    assertThat(transfer.path("activityId").asText()).isEqualTo("cityReview");
    assertThat(transfer.path("actionLabel").asText()).isEqualTo("转办");
    assertThat(transfer.path("opinion").asText()).contains("济南市科技局审核员乙").contains("本人出差，请代为审核");
    assertThat(transfer.path("userName").asText()).isEqualTo("济南市科技局审核员");
    assertThat(step).isNotNull();
    assertThat(step.path("action").asText()).isEqualTo("APPROVE");
    assertThat(step.path("userName").asText()).isEqualTo("济南市科技局审核员乙");
    // a finished task cannot be transferred any more
    postJson("/api/tasks/" + taskId + "/transfer", other, Map.of("toUserId", userId("city_jinan"), "reason", "x"))
        .andExpect(status().isConflict());
    assertThat(disabled.id).isPositive();
  }

  @Test
  void transferIsRefusedToOtherOrganisationsDisabledOrUnfitUsersAndWithoutReason() throws Exception {
    colleague();
    AppUser disabled = disabledColleague();
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MockHttpSession me = login("city_jinan");
    String url = "/api/tasks/" + taskId + "/transfer";

    postJson(url, me, Map.of("toUserId", userId("city_qingdao"), "reason", "转给青岛")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    postJson(url, me, Map.of("toUserId", userId("prov_st"), "reason", "转给省厅")).andExpect(status().isForbidden());
    postJson(url, me, Map.of("toUserId", disabled.id, "reason", "转给停用人员")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("toUserId"))
        .andExpect(jsonPath("$.fieldErrors[0].message").value(Matchers.containsString("停用")));
    postJson(url, me, Map.of("toUserId", userId("city_jinan"), "reason", "自己")).andExpect(status().isBadRequest());
    postJson(url, me, Map.of("toUserId", 987654321L, "reason", "不存在")).andExpect(status().isBadRequest());
    postJson(url, me, Map.of("toUserId", userId(COLLEAGUE))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("reason"));
    postJson(url, me, Map.of("toUserId", userId(COLLEAGUE), "reason", "   ")).andExpect(status().isBadRequest());
    // not a candidate of the task, an unknown task
    postJson(url, login("city_qingdao"), Map.of("toUserId", userId(COLLEAGUE), "reason", "越权"))
        .andExpect(status().isForbidden());
    postJson("/api/tasks/no-such-task/transfer", me, Map.of("toUserId", userId(COLLEAGUE), "reason", "x"))
        .andExpect(status().isNotFound());
    getJson("/api/tasks/" + taskId + "/colleagues", login("city_qingdao")).andExpect(status().isForbidden());
    // a task claimed by the colleague cannot be transferred by another
    ok(postJson("/api/tasks/" + taskId + "/claim", login(COLLEAGUE), Map.of()));
    postJson(url, me, Map.of("toUserId", userId(COLLEAGUE), "reason", "再转")).andExpect(status().isConflict());
    assertThat(task(id, "cityReview").getAssignee()).isEqualTo(COLLEAGUE);

    // a user of the same organisation without the step's role: 省级监测 at 省科技厅审核
    decideOverHttp(id, "cityReview", login(COLLEAGUE), "APPROVE", null);
    String stTask = taskId(id, "provinceStReview");
    postJson("/api/tasks/" + stTask + "/transfer", login("prov_st"),
        Map.of("toUserId", userId("monitor"), "reason", "转给监测")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("toUserId"));
    assertThat(field(ok(getJson("/api/tasks/" + stTask + "/colleagues", login("prov_st"))), "username"))
        .doesNotContain("monitor", "prov_st");
  }

  // ------------------------------------------------------------------ 抄送

  @Test
  void ccNotifiesTheChosenUsersAndIsShownInTheTimeline() throws Exception {
    colleague();
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MockHttpSession me = login("city_jinan");

    JsonNode candidates = ok(getJson("/api/tasks/" + taskId + "/cc-candidates", me));
    assertThat(field(candidates, "username")).contains("prov_st", "prov_edu", "zone_jinan", "univ_sdu", COLLEAGUE)
        .doesNotContain("city_jinan", "city_qingdao", "zone_qingdao", "sysadmin");

    long provSt = userId("prov_st");
    long zone = userId("zone_jinan");
    postJson("/api/tasks/" + taskId + "/cc", me, Map.of("userIds", List.of(provSt, zone), "note", "请关注该结对"))
        .andExpect(status().isNoContent());

    for (String username : List.of("prov_st", "zone_jinan")) {
      assertThat(notificationsAbout(login(username), id)).as(username).anySatisfy(n -> {
        assertThat(n.path("title").asText()).startsWith("抄送：").contains("请关注该结对");
        assertThat(n.path("taskId").isNull()).isTrue();
      });
    }
    assertThat(notificationsAbout(login("prov_edu"), id)).noneSatisfy(
        n -> assertThat(n.path("title").asText()).startsWith("抄送："));

    JsonNode cc = null;
    for (JsonNode e : timelineEntries(id, me)) {
      if ("CC".equals(e.path("action").asText())) {
        cc = e;
      }
    }
    assertThat(cc).isNotNull();
    assertThat(cc.path("kind").asText()).isEqualTo("EVENT");
    assertThat(cc.path("activityId").asText()).isEqualTo("cityReview");
    assertThat(cc.path("actionLabel").asText()).isEqualTo("抄送");
    assertThat(cc.path("opinion").asText()).contains("省科技厅高新区处审核员").contains("济南高新区经办人")
        .contains("请关注该结对");
    // the CC does not decide the step: it stays open and the decision later fills the step's line
    assertThat(task(id, "cityReview")).isNotNull();
    decideOverHttp(id, "cityReview", me, "APPROVE", null);
    JsonNode opinions = detail(id, me).path("opinions");
    assertThat(field(opinions, "action")).contains("CC", "APPROVE");
  }

  @Test
  void ccIsRefusedOutsideTheCircleForStrangersUnknownAndFinishedTasks() throws Exception {
    long id = atCityReview();
    String taskId = taskId(id, "cityReview");
    MockHttpSession me = login("city_jinan");
    String url = "/api/tasks/" + taskId + "/cc";

    postJson(url, me, Map.of("userIds", List.of(userId("city_qingdao")))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("userIds"))
        .andExpect(jsonPath("$.fieldErrors[0].message").value(Matchers.matchesPattern(CHINESE)));
    postJson(url, me, Map.of("userIds", List.of())).andExpect(status().isBadRequest());
    postJson(url, me, Map.of("userIds", List.of(userId("city_jinan")))).andExpect(status().isBadRequest());
    postJson(url, login("city_qingdao"), Map.of("userIds", List.of(userId("prov_st"))))
        .andExpect(status().isForbidden());
    getJson("/api/tasks/" + taskId + "/cc-candidates", login("zone_qingdao")).andExpect(status().isForbidden());
    postJson("/api/tasks/no-such-task/cc", me, Map.of("userIds", List.of(userId("prov_st"))))
        .andExpect(status().isNotFound());
    decideOverHttp(id, "cityReview", me, "APPROVE", null);
    postJson(url, me, Map.of("userIds", List.of(userId("prov_st")))).andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(Matchers.matchesPattern(CHINESE)));
    assertThat(field(detail(id, me).path("opinions"), "action")).doesNotContain("CC");
  }
}
