package cn.sd.pairing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.filing.FilingStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpSession;

/**
 * Deadlines (时限) of the review steps on the real engine: each review task has a due date
 * five working days out, and a non-interrupting boundary timer on that date. The engine clock
 * is moved past it (ClockUtil; reset in finally and after every test), the job executor fires
 * the timer, the reminder (催办) goes to the reviewers and the initiator, the step stays open
 * and counts as overdue in the to-do list and the timeline.
 */
class OverdueReminderTest extends ApiTest {
  @Autowired ConfigurableApplicationContext context;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertionsAndClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance process(long filingId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(filing(filingId).processInstanceId)
        .singleResult();
  }

  private List<String> notifications(MockHttpSession session, long filingId) throws Exception {
    JsonNode page = body(getJson("/api/notifications?size=100", session).andExpect(status().isOk()).andReturn());
    List<String> titles = new ArrayList<>();
    page.path("items").forEach(n -> {
      if (n.path("filingId").asLong() == filingId) {
        titles.add(n.path("title").asText());
      }
    });
    return titles;
  }

  private JsonNode timelineEntry(JsonNode timeline, String kind, String activityId) {
    JsonNode found = null;
    for (JsonNode e : timeline.path("entries")) {
      if (e.path("kind").asText().equals(kind) && e.path("activityId").asText().equals(activityId)) {
        found = e;
      }
    }
    return found;
  }

  /** Moves the engine clock to just after the date (the job executor reads the same clock). */
  private static void moveEngineClockPast(Date due) {
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
  }

  private static long workingDaysBetween(LocalDate from, LocalDate toInclusive) {
    long days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }

  @Test
  void cityReviewIsDueAtTheEndOfTheFifthWorkingDayAndItsTimerWaitsForThatDate() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    Task city = task(id, "cityReview");

    ZonedDateTime due = city.getDueDate().toInstant().atZone(ClockConfig.ZONE);
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ClockConfig.ZONE).toLocalDate();
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
    assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(workingDaysBetween(today, due.toLocalDate())).as("due %s, created %s", due, today).isEqualTo(5);
    assertThat(workingDaysBetween(today, due.toLocalDate().minusDays(1))).isEqualTo(4);

    // the reminder is a timer job on exactly that date, not executable before it
    Job timer = managementService.createJobQuery().processInstanceId(filing(id).processInstanceId).timers()
        .singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(city.getDueDate());
    assertThat(managementService.createJobQuery().processInstanceId(filing(id).processInstanceId).executable().count())
        .isZero();
    assertThat(todoItem(login("city_jinan"), id, "cityReview").path("overdue").asBoolean()).isFalse();
  }

  @Test
  void pastTheDueDateTheReminderFiresTheStepStaysOpenAndCountsAsOverdue() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession city = login("city_jinan");
    long id = createAndSubmit(zone, "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    ProcessInstance instance = process(id);
    Task cityTask = task(id, "cityReview");

    try {
      moveEngineClockPast(cityTask.getDueDate());
      waitForJobs(instance.getId()); // the job executor fires the boundary timer

      BpmnAwareTests.assertThat(instance).hasPassed("cityOverdue", "cityRemind", "cityRemindEnd")
          .isWaitingAt("cityReview").isNotEnded();
      assertThat(task(id, "cityReview").getId()).as("non-interrupting: the same task").isEqualTo(cityTask.getId());
      assertThat(filing(id).status).isEqualTo(FilingStatus.CITY_REVIEW);
      assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count())
          .as("a date timer fires once").isZero();

      // the to-do list reports it overdue
      JsonNode item = todoItem(city, id, "cityReview");
      assertThat(item.path("overdue").asBoolean()).isTrue();
      assertThat(OffsetDateTime.parse(item.path("dueAt").asText()).toInstant())
          .isEqualTo(cityTask.getDueDate().toInstant());

      // so does the timeline, with the reminder as its own line
      JsonNode timeline = body(getJson("/api/filings/" + id + "/timeline", zone).andExpect(status().isOk())
          .andReturn());
      JsonNode step = timelineEntry(timeline, "STEP", "cityReview");
      assertThat(step.path("overdue").asBoolean()).isTrue();
      assertThat(step.path("endedAt").isNull()).isTrue();
      JsonNode reminder = timelineEntry(timeline, "REMINDER", "cityOverdue");
      assertThat(reminder).isNotNull();
      assertThat(reminder.path("stepName").asText()).isEqualTo("超期催办");
      assertThat(timeline.path("entries").findValuesAsText("kind")).doesNotContain("END");
      List<String> active = new ArrayList<>();
      timeline.path("activeActivityIds").forEach(a -> active.add(a.asText()));
      assertThat(active).containsExactly("cityReview");

      // 催办: the city's reviewers and the initiating zone are told
      assertThat(notifications(city, id)).first().asString()
          .isEqualTo("催办：市科技局初审已超过办理时限（济南高新技术产业开发区 与 山东大学）");
      assertThat(notifications(zone, id)).containsExactly("您的备案在“市科技局初审”环节已超期，系统已催办");
      assertThat(notifications(login("city_qingdao"), id)).isEmpty();

      // the late decision is still taken, and the step stays marked overdue
      decideOverHttp(id, "cityReview", city, "APPROVE", "同意（逾期办理）");
      assertThat(filing(id).status).isEqualTo(FilingStatus.PROVINCE_REVIEW);
      JsonNode after = body(getJson("/api/filings/" + id + "/timeline", zone).andReturn());
      assertThat(timelineEntry(after, "STEP", "cityReview").path("overdue").asBoolean()).isTrue();
      assertThat(timelineEntry(after, "STEP", "provinceStReview").path("overdue").asBoolean()).isFalse();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void bothProvincialRemindersFireAndTheFilingCanStillBeApproved() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    MockHttpSession st = login("prov_st");
    MockHttpSession edu = login("prov_edu");
    long id = createAndSubmit(zone, "U001");
    decideOverHttp(id, "counterpartConfirm", login("univ_sdu"), "APPROVE", null);
    decideOverHttp(id, "cityReview", login("city_jinan"), "APPROVE", null);
    ProcessInstance instance = process(id);
    Date stDue = task(id, "provinceStReview").getDueDate();
    assertThat(task(id, "provinceEduReview").getDueDate()).isEqualTo(stDue);

    try {
      moveEngineClockPast(stDue);
      waitForJobs(instance.getId());

      BpmnAwareTests.assertThat(instance).hasPassed("stOverdue", "stRemind", "eduOverdue", "eduRemind")
          .hasNotPassed("cityOverdue").isWaitingAt("provinceStReview", "provinceEduReview");
      assertThat(todoItem(st, id, "provinceStReview").path("overdue").asBoolean()).isTrue();
      assertThat(todoItem(edu, id, "provinceEduReview").path("overdue").asBoolean()).isTrue();
      assertThat(notifications(st, id)).first().asString().isEqualTo(
          "催办：省科技厅审核已超过办理时限（济南高新技术产业开发区 与 山东大学）");
      assertThat(notifications(edu, id)).first().asString().isEqualTo(
          "催办：省教育厅会审已超过办理时限（济南高新技术产业开发区 与 山东大学）");
      assertThat(notifications(zone, id)).containsExactlyInAnyOrder(
          "您的备案在“省科技厅审核”环节已超期，系统已催办", "您的备案在“省教育厅会审”环节已超期，系统已催办");

      decideOverHttp(id, "provinceEduReview", edu, "APPROVE", null);
      decideOverHttp(id, "provinceStReview", st, "APPROVE", null);
      BpmnAwareTests.assertThat(instance).hasPassed("approveFiling", "approved").isEnded();
      assertThat(filing(id).status).isEqualTo(FilingStatus.APPROVED);
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * pairing.review.holidays and due-working-days as the application binds them (its own
   * conversion service turns "yyyy-MM-dd,yyyy-MM-dd" into dates): a configured holiday is not a
   * working day.
   */
  @Test
  void holidaysAndWorkingDaysAreConfigurable() {
    MapPropertySource config = new MapPropertySource("test-review-deadlines", Map.of(
        "pairing.review.holidays", "2026-10-01, 2026-10-02,2026-10-05,2026-10-06,2026-10-07",
        "pairing.review.due-working-days", "3"));
    context.getEnvironment().getPropertySources().addFirst(config);
    try {
      ReviewDeadlines deadlines = context.getAutowireCapableBeanFactory().createBean(ReviewDeadlines.class);
      // Wednesday 30 September: 8, 9 and 12 October are the three working days
      assertThat(deadlines.dueAfter(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 12));
      assertThat(deadlines.dueAfter(LocalDate.of(2026, 11, 19))).isEqualTo(LocalDate.of(2026, 11, 24));
    } finally {
      context.getEnvironment().getPropertySources().remove(config.getName());
    }
    // the application's own bean keeps the defaults: five days, no holidays
    ReviewDeadlines running = context.getBean(ReviewDeadlines.class);
    assertThat(running.dueAfter(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 7));
  }
}
