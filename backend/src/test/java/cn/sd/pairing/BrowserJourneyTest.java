package cn.sd.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.report.AnnualReportProcess;
import cn.sd.pairing.report.ReportCalendar;
import cn.sd.pairing.review.Decision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users' journeys in a real browser: each script under frontend/e2e drives Debian Chromium
 * through playwright-core against this app on a random port, takes screenshots, and ends
 * with "<name> ok".
 */
class BrowserJourneyTest extends RealHttpTest {
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "journey.mjs, journey ok",      // operators and reviewers through the whole filing path
      "admin.mjs, admin journey ok",  // the system administrator's registry and users
      "matchmaking.mjs, matchmaking journey ok", // 结对推荐: mapping, unpaired zones, wizard pre-filled
      "monitoring.mjs, monitoring journey ok",  // the provincial dashboard, its drill-downs, exports and scopes
      // 变更备案 of journey.mjs's approved pairing: drafted, reviewed by city and province, the record on the filing
      "change.mjs, change journey ok",
      // after approval: public list, qualification, certificate, verification (needs journey.mjs's approval)
      "qualification.mjs, qualification journey ok",
  })
  void journeyPassesInChromium(String script, String successLine) throws Exception {
    run(script, successLine, Map.of());
  }

  /**
   * 年度成效报告 in the browser. The report of a pairing approved now only opens next January: the test moves the
   * engine clock (this JVM's, test-only) to the moment the window opens and executes the cycle's timer job
   * through the engine, then lets the engine time run on from past the due date while the script runs, so the
   * report is overdue and its 催办 has fired. The clock is reset afterwards (also by IntegrationTest).
   */
  @Test
  void annualReportJourneyPassesInChromium() throws Exception {
    long filingId = submitted("zone_jinan", "U001");
    decide(filingId, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    decide(filingId, "cityReview", "city_jinan", Decision.APPROVE);
    decide(filingId, "provinceEduReview", "prov_edu", Decision.APPROVE);
    decide(filingId, "provinceStReview", "prov_st", Decision.APPROVE);
    int year = filing(filingId).approvedAt.getYear();
    String cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(filingId)).singleResult().getId();
    try {
      ClockUtil.setCurrentTime(ReportCalendar.toDate(LocalDateTime.of(year + 1, 1, 1, 0, 0, 5)));
      Job window = managementService.createJobQuery().processInstanceId(cycle).activityId("windowOpens")
          .singleResult();
      try {
        managementService.executeJob(window.getId());
      } catch (OptimisticLockingException ranByTheJobExecutorAtTheSameMoment) {
        // the job executor, also seeing the moved clock, executed it first
      }
      waitForJobs(cycle);
      // from three days after the due date on, the engine's time runs normally: the 催办 timer fires now
      ClockUtil.offset(ReportCalendar.toDate(LocalDateTime.of(year + 1, 2, 3, 10, 0)).getTime()
          - System.currentTimeMillis());
      waitForJobs(cycle);
      long reportId = jdbc.queryForObject("SELECT id FROM annual_report WHERE filing_id = ? AND report_year = ?",
          Long.class, filingId, year);
      run("annual-report.mjs", "annual report journey ok", Map.of("FILING_ID", String.valueOf(filingId),
          "REPORT_ID", String.valueOf(reportId), "REPORT_YEAR", String.valueOf(year),
          "FILING_NO", filing(filingId).filingNo));
    } finally {
      ClockUtil.reset();
    }
  }

  private void run(String script, String successLine, Map<String, String> env) throws Exception {
    Path frontend = Path.of(System.getProperty("frontend.dir", "../frontend")).toAbsolutePath().normalize();
    Path screenshots = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).toAbsolutePath();
    Files.createDirectories(screenshots);
    Path log = screenshots.resolve(script.replace(".mjs", ".log"));

    ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script)
        .directory(frontend.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    node.environment().put("BASE_URL", "http://localhost:" + port);
    node.environment().put("SCREENSHOT_DIR", screenshots.toString());
    node.environment().putAll(env);
    Process process = node.start();
    // a bound against a hung browser, not a speed check: on 2 shared cores under the load of parallel builds
    // the filing journey has taken more than 5 minutes
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(finished).as("%s finished within 10 minutes", script).isTrue();
    assertThat(process.exitValue()).as("%s exit code; output:%n%s", script, output).isZero();
    assertThat(output).contains(successLine);
  }
}
