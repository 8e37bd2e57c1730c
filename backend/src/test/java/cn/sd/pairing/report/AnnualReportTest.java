package cn.sd.pairing.report;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.review.Decision;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the annual report tests: approved pairings through the real filing process, their report cycles, the
 * engine clock moved to open reports and reach due dates, and the report API as the browser calls it.
 */
public abstract class AnnualReportTest extends ApiTest {
  @Autowired protected AnnualReportMapper reportMapper;
  @Autowired protected JdbcTemplate jdbc;

  /**
   * A filing of the zone operator with the university, taken through confirmation, the city and both provincial
   * reviews; its cooperation period ends on {@code periodEnd}.
   */
  protected long approvedPairing(String zoneUser, String universityCode, String universityUser, String cityUser,
      LocalDate periodEnd) {
    long id = submitted(zoneUser, universityCode);
    // test data: the period the pairing was filed with (the qualification copies it on approval)
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", periodEnd, id);
    decide(id, "counterpartConfirm", universityUser, Decision.APPROVE);
    decide(id, "cityReview", cityUser, Decision.APPROVE);
    decide(id, "provinceEduReview", "prov_edu", Decision.APPROVE);
    decide(id, "provinceStReview", "prov_st", Decision.APPROVE);
    return id;
  }

  /** A zone_jinan–山东大学 pairing approved now, its period ending well after the next years' reports. */
  protected long approvedJinan() {
    return approvedPairing("zone_jinan", "U001", "univ_sdu", "city_jinan", LocalDate.now(clock).plusYears(5));
  }

  /** The year the filing was approved: its first report year. */
  protected int approvalYear(long filingId) {
    return filing(filingId).approvedAt.getYear();
  }

  /** The pairing's report cycle (running or ended). */
  protected ProcessInstance cycle(long filingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(filingId)).singleResult();
  }

  protected String cycleId(long filingId) {
    return jdbc.queryForObject("SELECT process_instance_id FROM annual_report_cycle WHERE filing_id = ?",
        String.class, filingId);
  }

  /** Sets the engine clock to a Beijing time (IntegrationTest resets it after each test). */
  protected static void at(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(ReportCalendar.toDate(beijing));
  }

  /** Moves the engine clock to just after the window for {@code year} opened and lets the cycles' timers run. */
  protected void openReports(int year, long... filingIds) {
    at(LocalDateTime.of(year + 1, 1, 1, 0, 0, 5));
    for (long id : filingIds) {
      waitForJobs(cycleId(id));
    }
  }

  protected AnnualReport report(long filingId, int year) {
    return reportMapper.findByFiling(filingId).stream().filter(r -> r.reportYear == year).findFirst()
        .orElseThrow(() -> new AssertionError("filing " + filingId + " has no report of " + year));
  }

  /** The open task of a step of the pairing's report cycle, or null. */
  protected Task reportTask(long filingId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(cycleId(filingId)).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** A complete report form: every figure, a contract value when there are transfers, and the narrative. */
  protected static Map<String, Object> figures(int started, int finished, int breakthroughs, int transfers,
      String contractValue, int scenarios, int platforms, int vicePresidents, int professors, String funding) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("projectsStarted", started);
    form.put("projectsFinished", finished);
    form.put("breakthroughs", breakthroughs);
    form.put("transfers", transfers);
    form.put("contractValueWan", contractValue);
    form.put("scenarios", scenarios);
    form.put("platformsBuilt", platforms);
    form.put("vicePresidents", vicePresidents);
    form.put("industryProfessors", professors);
    form.put("fundingWan", funding);
    form.put("narrative", "联合攻关取得阶段性进展，中试基地投入运行。");
    return form;
  }

  /** POST /api/annual-reports/{id}/submit as the user → 200; the report after it. */
  protected JsonNode submitReport(long reportId, String user, Map<String, Object> form) throws Exception {
    waitForJobs(reportMapper.findById(reportId).processInstanceId);
    JsonNode result = body(postJson("/api/annual-reports/" + reportId + "/submit", login(user), form)
        .andExpect(status().isOk()).andReturn());
    waitForJobs(reportMapper.findById(reportId).processInstanceId);
    return result;
  }

  /** The city decides the report under review from its task list (POST /api/tasks/{id}/complete) → 200. */
  protected void cityDecides(long filingId, String cityUser, Decision decision, String opinion) throws Exception {
    // a 催办 timer the moved clock made due runs first, not concurrently with the decision (that would be a 409)
    waitForJobs(cycleId(filingId));
    Task review = reportTask(filingId, AnnualReportProcess.TASK_REVIEW);
    if (review == null) {
      throw new AssertionError("no report under review for filing " + filingId);
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("decision", decision.name());
    request.put("opinion", opinion);
    postJson("/api/tasks/" + review.getId() + "/complete", login(cityUser), request).andExpect(status().isOk());
    waitForJobs(cycleId(filingId));
  }

  /** Notifications of a user about a filing whose title contains the text. */
  protected long notificationsOf(String username, long filingId, String titlePart) {
    return jdbc.queryForObject("""
        SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.username = ? AND n.filing_id = ? AND n.title LIKE ?""", Long.class, username, filingId,
        "%" + titlePart + "%");
  }

  /** The ids in a JSON list (or in a page's items). */
  protected static List<Long> ids(JsonNode listOrPage) {
    JsonNode items = listOrPage.has("items") ? listOrPage.get("items") : listOrPage;
    return java.util.stream.StreamSupport.stream(items.spliterator(), false).map(n -> n.get("id").asLong()).toList();
  }
}
