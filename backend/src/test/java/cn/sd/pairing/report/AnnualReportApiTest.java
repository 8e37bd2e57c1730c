package cn.sd.pairing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The report form through the API: draft saves and submissions with every validation rule (Chinese messages on the
 * field, nothing half-saved), the optimistic lock, repeated submissions, the list's filters, and who may read or
 * write a report — other zones, universities and units 404, another city 403, the university side, the city, the
 * province and the monitor read only, the administrators nothing.
 */
class AnnualReportApiTest extends AnnualReportTest {

  /** An approved zone_jinan–山东大学 pairing whose report of the approval year is open; returns the report id. */
  private long openReport(long filingId) {
    openReports(approvalYear(filingId), filingId);
    return report(filingId, approvalYear(filingId)).id;
  }

  private JsonNode badRequest(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
    JsonNode body = body(result);
    assertThat(body.get("message").asText()).matches(CHINESE);
    return body;
  }

  /** field → message of a 400 answer. */
  private static Map<String, String> fieldErrors(JsonNode body) {
    Map<String, String> errors = new LinkedHashMap<>();
    body.get("fieldErrors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
    return errors;
  }

  @Test
  void draftsAndSubmissionsAreValidatedFieldByFieldAndNothingHalfSaved() throws Exception {
    long filingId = approvedJinan();
    long id = openReport(filingId);
    String url = "/api/annual-reports/" + id;

    // a draft may be partial
    JsonNode draft = body(putJson(url, login("zone_jinan"), Map.of("projectsStarted", 3, "narrative", "  草稿  "))
        .andExpect(status().isOk()).andReturn());
    assertThat(draft.get("projectsStarted").asInt()).isEqualTo(3);
    assertThat(draft.get("narrative").asText()).isEqualTo("草稿");
    assertThat(draft.get("status").asText()).isEqualTo("DUE");
    assertThat(draft.get("statusLabel").asText()).isEqualTo("待填报");
    assertThat(draft.get("editable").asBoolean()).isTrue();
    assertThat(draft.get("version").asInt()).isEqualTo(1);

    // formats, limits and the rules between fields, every one on its field
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("projectsStarted", -1);
    bad.put("breakthroughs", 100_001);
    bad.put("contractValueWan", "12.345");
    bad.put("fundingWan", "-0.01");
    bad.put("platformsBuilt", 2);
    bad.put("narrative", "成".repeat(2001));
    assertThat(fieldErrors(badRequest(putJson(url, login("zone_jinan"), bad).andReturn()))).containsExactly(
        Map.entry("projectsStarted", "联合开展项目数不能为负数"),
        Map.entry("breakthroughs", "突破关键核心技术数不能超过100000"),
        Map.entry("contractValueWan", "成果转化合同金额最多保留两位小数（万元）"),
        Map.entry("fundingWan", "争取资金不能为负数"),
        Map.entry("narrative", "经验成效不能超过2000字"));
    assertThat(fieldErrors(badRequest(putJson(url, login("zone_jinan"),
        Map.of("projectsStarted", 1, "projectsFinished", 2, "transfers", 0, "contractValueWan", "10")).andReturn())))
        .containsExactly(Map.entry("projectsFinished", "完成项目数不能多于联合开展项目数"),
            Map.entry("contractValueWan", "没有成果转化时，成果转化合同金额应为0"));
    assertThat(fieldErrors(badRequest(putJson(url, login("zone_jinan"), "{\"projectsStarted\": 1.5}").andReturn())))
        .containsOnlyKeys("projectsStarted");
    assertThat(fieldErrors(badRequest(putJson(url, login("zone_jinan"), "{\"fundingWan\": \"很多\"}").andReturn())))
        .containsOnlyKeys("fundingWan");
    AnnualReport kept = reportMapper.findById(id);
    assertThat(kept.projectsStarted).as("nothing of a refused save is kept").isEqualTo(3);
    assertThat(kept.platformsBuilt).isNull();
    assertThat(kept.version).isEqualTo(1);

    // a submission needs every figure: all missing ones at once, and the report stays with the reporter
    Map<String, String> missing = fieldErrors(badRequest(postJson(url + "/submit", login("zone_jinan"),
        Map.of("projectsStarted", 3)).andReturn()));
    assertThat(missing).containsOnlyKeys("projectsFinished", "breakthroughs", "transfers", "contractValueWan",
        "scenarios", "platformsBuilt", "vicePresidents", "industryProfessors", "fundingWan", "narrative");
    assertThat(missing.get("contractValueWan")).isEqualTo("请填写成果转化合同金额（万元）");
    assertThat(missing.get("narrative")).isEqualTo("请填写经验成效");
    assertThat(reportMapper.findById(id).status).isEqualTo(ReportStatus.DUE);
    assertThat(reportTask(filingId, AnnualReportProcess.TASK_FILL)).isNotNull();

    // a save based on an older version is refused
    Map<String, Object> stale = figures(3, 1, 1, 1, "20.5", 1, 1, 1, 1, "100");
    stale.put("version", 0);
    JsonNode conflict = body(postJson(url + "/submit", login("zone_jinan"), stale).andExpect(status().isConflict())
        .andReturn());
    assertThat(conflict.get("message").asText()).isEqualTo("该年度成效报告已被他人修改，请刷新后重试");
    assertThat(reportTask(filingId, AnnualReportProcess.TASK_FILL)).isNotNull();

    Map<String, Object> complete = figures(3, 1, 1, 1, "20.5", 1, 1, 1, 1, "100");
    complete.put("version", 1);
    JsonNode submitted = submitReport(id, "zone_jinan", complete);
    assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("contractValueWan").decimalValue()).isEqualByComparingTo("20.50");
    // once submitted: a second submission (double click) and a save are refused, nothing changes
    JsonNode again = body(postJson(url + "/submit", login("zone_jinan"), figures(9, 9, 9, 9, "9", 9, 9, 9, 9, "9"))
        .andExpect(status().isConflict()).andReturn());
    assertThat(again.get("message").asText()).matches(CHINESE);
    putJson(url, login("zone_jinan"), Map.of("projectsStarted", 9)).andExpect(status().isConflict());
    assertThat(reportMapper.findById(id).projectsStarted).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_opinion WHERE filing_id = ? AND step_key = ?",
        Long.class, filingId, "fillReport")).isEqualTo(1);
  }

  @Test
  void onlyThePairingsPeopleSeeTheReportAndOnlyTheZoneFillsIt() throws Exception {
    ensureUser("report_ouc", "中国海洋大学经办人", "U002", Role.UNIVERSITY_OPERATOR);
    long filingId = approvedJinan();
    long id = openReport(filingId);
    String url = "/api/annual-reports/" + id;
    Map<String, Object> complete = figures(1, 0, 0, 0, "0", 0, 0, 0, 0, "0");

    // other zones, universities and units: as if it did not exist
    for (String outsider : List.of("zone_qingdao", "report_ouc", "unit_sdu")) {
      assertThat(body(getJson(url, login(outsider)).andExpect(status().isNotFound()).andReturn()).get("message")
          .asText()).isEqualTo("年度成效报告不存在或无权查看");
      putJson(url, login(outsider), complete).andExpect(status().isNotFound());
      postJson(url + "/submit", login(outsider), complete).andExpect(status().isNotFound());
      getJson("/api/filings/" + filingId + "/annual-reports", login(outsider)).andExpect(status().isNotFound());
      assertThat(ids(body(getJson("/api/annual-reports?size=100", login(outsider)).andReturn()))).doesNotContain(id);
    }
    // the city bureau of another city is refused outright
    assertThat(body(getJson(url, login("city_qingdao")).andExpect(status().isForbidden()).andReturn())
        .get("message").asText()).isEqualTo("只能查看本市高新区的年度成效报告");
    putJson(url, login("city_qingdao"), complete).andExpect(status().isForbidden());
    assertThat(ids(body(getJson("/api/annual-reports?size=100", login("city_qingdao")).andReturn())))
        .doesNotContain(id);

    // the university side, the city, the province and the monitor read it, none of them fills it
    for (String reader : List.of("univ_sdu", "city_jinan", "prov_st", "prov_edu", "monitor")) {
      JsonNode seen = body(getJson(url, login(reader)).andExpect(status().isOk()).andReturn());
      assertThat(seen.get("editable").asBoolean()).as(reader).isFalse();
      assertThat(seen.get("zoneName").asText()).isEqualTo("济南高新技术产业开发区");
      assertThat(ids(body(getJson("/api/filings/" + filingId + "/annual-reports", login(reader))
          .andExpect(status().isOk()).andReturn()))).containsExactly(id);
      assertThat(ids(body(getJson("/api/annual-reports?size=100&year=" + approvalYear(filingId), login(reader))
          .andExpect(status().isOk()).andReturn()))).as(reader).contains(id);
      assertThat(body(putJson(url, login(reader), complete).andExpect(status().isForbidden()).andReturn())
          .get("message").asText()).isEqualTo("只有结对高新区的经办人可以填报年度成效报告");
      postJson(url + "/submit", login(reader), complete).andExpect(status().isForbidden());
    }
    // the administrators see nothing: refused before any report is looked at
    for (String admin : List.of("sysadmin", "secadmin", "auditadmin")) {
      getJson(url, login(admin)).andExpect(status().isForbidden());
      getJson("/api/annual-reports", login(admin)).andExpect(status().isForbidden());
      putJson(url, login(admin), complete).andExpect(status().isForbidden());
    }
    assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(reportMapper.findById(id).version).as("no refused write changed it").isZero();
    // the fill task is done on the report's own page, not decided from the task page
    String fill = reportTask(filingId, AnnualReportProcess.TASK_FILL).getId();
    assertThat(body(postJson("/api/tasks/" + fill + "/complete", login("zone_jinan"), Map.of("decision", "APPROVE"))
        .andExpect(status().isConflict()).andReturn()).get("message").asText())
        .isEqualTo("该任务需在年度成效报告填报页填写后提交");

    // the zone submits; only the zone's city decides the review
    submitReport(id, "zone_jinan", complete);
    String review = reportTask(filingId, AnnualReportProcess.TASK_REVIEW).getId();
    for (String other : List.of("city_qingdao", "monitor", "prov_st", "zone_jinan", "univ_sdu")) {
      postJson("/api/tasks/" + review + "/complete", login(other), Map.of("decision", "APPROVE"))
          .andExpect(status().isForbidden());
    }
    assertThat(reportMapper.findById(id).status).isEqualTo(ReportStatus.SUBMITTED);
  }

  @Test
  void theListFiltersByYearStateOverdueAndTextAndRefusesBadParameters() throws Exception {
    long filingId = approvedJinan();
    int year = approvalYear(filingId);
    long id = openReport(filingId);
    String list = "/api/annual-reports?size=100&";
    assertThat(ids(body(getJson(list + "year=" + year, login("zone_jinan")).andReturn()))).contains(id);
    assertThat(ids(body(getJson(list + "year=" + (year + 1), login("zone_jinan")).andReturn()))).doesNotContain(id);
    assertThat(ids(body(getJson(list + "status=DUE", login("zone_jinan")).andReturn()))).contains(id);
    assertThat(ids(body(getJson(list + "status=APPROVED", login("zone_jinan")).andReturn()))).doesNotContain(id);
    assertThat(ids(body(getJson(list + "overdue=true", login("zone_jinan")).andReturn()))).doesNotContain(id);
    assertThat(ids(body(getJson(list + "q=山东大学", login("city_jinan")).andReturn()))).contains(id);
    assertThat(ids(body(getJson(list + "q=" + filing(filingId).filingNo, login("monitor")).andReturn())))
        .containsExactly(id);
    assertThat(ids(body(getJson(list + "q=中国海洋", login("city_jinan")).andReturn()))).doesNotContain(id);
    at(report(filingId, year).dueAt.plusDays(1));
    assertThat(ids(body(getJson(list + "overdue=true", login("zone_jinan")).andReturn()))).contains(id);

    badRequest(getJson(list + "status=LOST", login("zone_jinan")).andReturn());
    assertThat(fieldErrors(badRequest(getJson(list + "year=1999", login("zone_jinan")).andReturn())))
        .containsOnlyKeys("year");
    badRequest(getJson("/api/annual-reports?size=101", login("zone_jinan")).andReturn());
  }
}
