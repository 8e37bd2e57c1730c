package cn.sd.pairing.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dashboard's figures on a constructed dataset whose answers are worked out by hand below. The dataset lives in
 * a city made for this run (other tests' filings never reach it); every step happens at a set engine time
 * (ClockUtil), so durations, due dates and weeks are exact. "Today" is the application clock's.
 *
 * <pre>
 * city C: zones Z1 (national), Z2 (provincial), Z3 (national), Z4 (provincial), Z5 (disabled); universities U1, U2
 * F1 Z1–U1 submitted 2025-12-29 09:00, city returns once, approved 2026-01-05 09:00 (7 d, across the year)
 * F2 Z1–U2 submitted B (Monday 4 weeks before this week) 09:00, approved B+2d 09:00 (2 d)
 * F3 Z3–U1 submitted B+1d 09:00, city review 20 d (overdue), approved B+25d 09:00 (24 d); then its period ends
 * F4 Z2–U1 withdrawn · F5 Z2–U2 rejected by the city · F6 Z4–U2 waiting at city review since B+5d, overdue
 * </pre>
 */
class MetricsApiTest extends ApiTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired JdbcTemplate jdbc;
  @Autowired FiguresBackfill backfill;

  private String cityCode;
  private String cityName;
  private Org z1;
  private Org z2;
  private Org z3;
  private Org z4;
  private Org u1;
  private Org u2;
  private String cityUser;
  private String z1User;
  private String u2User;
  private LocalDateTime b;
  private final List<Long> f = new ArrayList<>();

  @Test
  void constructedDatasetGivesTheHandWorkedFigures() throws Exception {
    build();
    MockHttpSession monitor = login("monitor");

    // ---- coverage: Z1 counts once (two pairings); Z2 withdrawn/rejected, Z3 expired, Z4 under review; Z5 disabled
    JsonNode coverage = getJson(monitor, "/api/metrics/coverage", "city", cityCode);
    assertGroup(coverage.get("overall"), 4, 1, 0.25, 0.75);
    assertThat(coverage.get("byCity")).hasSize(1);
    assertThat(coverage.get("byCity").get(0).get("code").asText()).isEqualTo(cityCode);
    assertThat(coverage.get("byCity").get(0).get("name").asText()).isEqualTo(cityName);
    assertGroup(level(coverage, "NATIONAL"), 2, 1, 0.5, 0.5);
    assertGroup(level(coverage, "PROVINCIAL"), 2, 0, 0.0, 1.0);
    assertThat(coverage.get("universities").asLong()).isEqualTo(2);
    LocalDate today = LocalDate.now(clock);
    assertThat(coverage.get("asOf").asText()).isEqualTo(today.toString());
    assertThat(coverage.get("targetDate").asText()).isEqualTo("2026-12-31");
    assertThat(coverage.get("daysLeft").asLong())
        .isEqualTo(Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.of(2026, 12, 31))));

    JsonNode unpaired = getJson(monitor, "/api/metrics/coverage/unpaired", "city", cityCode);
    assertThat(names(unpaired)).containsExactlyInAnyOrder(z2.name, z3.name, z4.name);
    assertThat(byName(unpaired, z4.name).get("inProgress").asLong()).isEqualTo(1);
    assertThat(byName(unpaired, z2.name).get("inProgress").asLong()).isZero();
    assertThat(names(getJson(monitor, "/api/metrics/coverage/unpaired", "city", cityCode, "level", "NATIONAL")))
        .containsExactly(z3.name);

    JsonNode universities = getJson(monitor, "/api/metrics/coverage/universities", "city", cityCode);
    assertThat(names(universities)).containsExactlyInAnyOrder(u1.name, u2.name);
    for (JsonNode u : universities) {
      assertThat(u.get("zones").asLong()).isEqualTo(1);
      assertThat(u.get("pairings").asLong()).isEqualTo(1);
    }

    // ---- pipeline
    JsonNode pipeline = getJson(monitor, "/api/metrics/pipeline", "city", cityCode);
    assertThat(statusCounts(pipeline)).isEqualTo(
        "CONFIRMING=0,CONSENTING=0,CITY_REVIEW=1,PROVINCE_REVIEW=0,RETURNED=0,APPROVED=3,REJECTED=1,DECLINED=0,"
            + "CONSENT_REFUSED=0,WITHDRAWN=1");
    assertThat(pipeline.get("steps")).hasSize(1);
    JsonNode live = pipeline.get("steps").get(0);
    assertThat(live.get("step").asText()).isEqualTo("cityReview");
    assertThat(live.get("openTasks").asLong()).isEqualTo(1);
    assertThat(live.get("overdue").asLong()).isEqualTo(1);
    assertThat(pipeline.get("processDefinitionId").asText()).startsWith("pairing-filing:");

    // ---- speed: durations 48 h, 168 h, 576 h → mean 264, nearest-rank median 168, p90 576
    JsonNode speed = getJson(monitor, "/api/metrics/speed", "city", cityCode);
    JsonNode overall = speed.get("overall");
    assertThat(overall.get("approved").asLong()).isEqualTo(3);
    assertThat(overall.get("meanHours").asDouble()).isEqualTo(264.0);
    assertThat(overall.get("medianHours").asDouble()).isEqualTo(168.0);
    assertThat(overall.get("p90Hours").asDouble()).isEqualTo(576.0);
    // six submitted filings, one return round (F1), overdue: F3's late city review and F6's open one
    assertThat(overall.get("filings").asLong()).isEqualTo(6);
    assertThat(overall.get("returnRounds").asLong()).isEqualTo(1);
    assertThat(overall.get("returnedFilings").asLong()).isEqualTo(1);
    assertThat(overall.get("returnsPerFiling").asDouble()).isEqualTo(0.1667);
    assertThat(overall.get("overdueSteps").asLong()).isEqualTo(2);
    assertThat(speed.get("byCity")).hasSize(1);
    assertThat(speed.get("byCity").get(0).get("medianHours").asDouble()).isEqualTo(168.0);
    assertThat(speed.get("byCity").get(0).get("name").asText()).isEqualTo(cityName);
    // city review: F1 ×2, F2, F5 24 h each and F3 480 h → mean 115.2 h; F6 open; F3 and F6 overdue
    JsonNode city = step(speed, "cityReview");
    assertThat(city.get("completed").asLong()).isEqualTo(5);
    assertThat(city.get("meanHours").asDouble()).isEqualTo(115.2);
    assertThat(city.get("openTasks").asLong()).isEqualTo(1);
    assertThat(city.get("overdue").asLong()).isEqualTo(2);
    assertThat(step(speed, "revise").get("completed").asLong()).isEqualTo(1);
    assertThat(step(speed, "revise").get("meanHours").asDouble()).isEqualTo(24.0);
    // weeks: F2 approved in week B (index 21), F3 on the Friday before this week (index 24); F1 long before
    JsonNode weekly = speed.get("weekly");
    assertThat(weekly).hasSize(26);
    LocalDate firstWeek = today.with(DayOfWeek.MONDAY).minusWeeks(25);
    assertThat(weekly.get(0).get("weekStart").asText()).isEqualTo(firstWeek.toString());
    List<Long> perWeek = StreamSupport.stream(weekly.spliterator(), false).map(w -> w.get("approvals").asLong())
        .toList();
    for (int i = 0; i < 26; i++) {
      assertThat(perWeek.get(i)).as("week %d", i).isEqualTo(i == 21 || i == 24 ? 1L : 0L);
    }
    // the year of approval, not of submission: F1 (submitted 2025) is a 2026 approval
    assertThat(getJson(monitor, "/api/metrics/speed", "city", cityCode, "year", "2025").get("overall")
        .get("approved").asLong()).isZero();
    JsonNode in2026 = getJson(monitor, "/api/metrics/speed", "city", cityCode, "year", "2026").get("overall");
    assertThat(in2026.get("approved").asLong()).isEqualTo(3);
    assertThat(in2026.get("medianHours").asDouble()).isEqualTo(168.0);

    // ---- results: planned figures of the active pairings F1, F2 (one project of 500 万元, one platform, 10 people
    // each); no annual reports yet
    JsonNode results = getJson(monitor, "/api/metrics/results", "city", cityCode, "by", "city");
    assertThat(results.get("reportsAvailable").asBoolean()).isFalse();
    assertThat(results.get("rows")).hasSize(1);
    JsonNode planned = results.get("rows").get(0);
    assertThat(planned.get("pairings").asLong()).isEqualTo(2);
    assertThat(planned.get("plannedProjects").asLong()).isEqualTo(2);
    assertThat(planned.get("plannedBudgetWan").decimalValue()).isEqualByComparingTo("1000");
    assertThat(planned.get("plannedPlatforms").asLong()).isEqualTo(2);
    assertThat(planned.get("plannedPeople").asLong()).isEqualTo(20);
    assertThat(planned.get("reported").isNull()).isTrue();
    assertThat(names(getJson(monitor, "/api/metrics/results", "city", cityCode, "by", "university").get("rows")))
        .containsExactlyInAnyOrder(u1.name, u2.name);

    // ---- drill-down: the filings behind each number
    assertThat(drill(monitor, "kind", "COVERED")).containsExactlyInAnyOrder(f.get(0), f.get(1));
    assertThat(drill(monitor, "kind", "COVERED", "universityId", u1.id.toString())).containsExactly(f.get(0));
    assertThat(drill(monitor, "kind", "STATUS", "status", "REJECTED")).containsExactly(f.get(4));
    assertThat(drill(monitor, "kind", "STATUS", "status", "WITHDRAWN")).containsExactly(f.get(3));
    assertThat(drill(monitor, "kind", "STEP", "step", "cityReview", "overdue", "true")).containsExactly(f.get(5));
    assertThat(drill(monitor, "kind", "RETURNED")).containsExactly(f.get(0));
    assertThat(drill(monitor, "kind", "OVERDUE")).containsExactlyInAnyOrder(f.get(2), f.get(5));
    assertThat(drill(monitor, "kind", "APPROVED", "from", b.toLocalDate().toString(), "to",
        b.toLocalDate().plusWeeks(1).toString())).containsExactly(f.get(1));
    assertThat(drill(monitor, "kind", "STATUS", "status", "CITY_REVIEW", "zoneId", z4.id.toString()))
        .containsExactly(f.get(5));
    assertThat(drill(monitor, "kind", "IN_PROGRESS", "zoneId", z4.id.toString())).containsExactly(f.get(5));
    assertThat(drill(monitor, "kind", "IN_PROGRESS", "zoneId", z2.id.toString())).isEmpty();

    // ---- export: the same figures with Chinese headers
    List<List<String>> sheet = exportRows(monitor, "table", "coverage-city", "city", cityCode);
    assertThat(sheet.get(0)).containsExactly("城市", "高新区数", "已结对数", "未结对数", "覆盖率（%）", "距目标差距（%）");
    assertThat(sheet.get(1)).containsExactly(cityName, "4", "1", "3", "25", "75");
    assertThat(sheet.get(2).get(0)).isEqualTo("合计");
    List<List<String>> filings = exportRows(monitor, "table", "filings", "city", cityCode, "kind", "OVERDUE");
    assertThat(filings.get(0).get(0)).isEqualTo("备案编号");
    assertThat(filings).hasSize(3);
    assertThat(filings.stream().skip(1).map(r -> r.get(2)).toList()).containsExactlyInAnyOrder(z3.name, z4.name);

    // ---- who sees what
    MockHttpSession bureau = login(cityUser);
    assertGroup(getJson(bureau, "/api/metrics/coverage").get("overall"), 4, 1, 0.25, 0.75);
    assertThat(drill(bureau, "kind", "OVERDUE")).containsExactlyInAnyOrder(f.get(2), f.get(5));
    refusedQuery(bureau, "/api/metrics/coverage", "city", "370100");
    refusedQuery(login("city_jinan"), "/api/metrics/filings", "city", cityCode, "kind", "OVERDUE");

    JsonNode all = getJson(monitor, "/api/metrics/coverage");
    assertThat(all.get("overall").get("zones").asLong()).isGreaterThan(4);
    JsonNode mine = StreamSupport.stream(all.get("byCity").spliterator(), false)
        .filter(g -> g.get("code").asText().equals(cityCode)).findFirst().orElseThrow();
    assertGroup(mine, 4, 1, 0.25, 0.75);

    MockHttpSession zone = login(z1User);
    assertGroup(getJson(zone, "/api/metrics/coverage").get("overall"), 1, 1, 1.0, 0.0);
    assertThat(statusCounts(getJson(zone, "/api/metrics/pipeline"))).contains("APPROVED=2", "REJECTED=0",
        "CITY_REVIEW=0");
    assertThat(drill(zone, "kind", "STATUS", "status", "REJECTED")).isEmpty();
    refusedQuery(zone, "/api/metrics/speed", "city", "370100");
    // Z1's own speed: F1 (168 h, one return round) and F2 (48 h)
    JsonNode zoneSpeed = getJson(zone, "/api/metrics/speed").get("overall");
    assertThat(zoneSpeed.get("approved").asLong()).isEqualTo(2);
    assertThat(zoneSpeed.get("meanHours").asDouble()).isEqualTo(108.0);
    assertThat(zoneSpeed.get("filings").asLong()).isEqualTo(2);
    assertThat(zoneSpeed.get("returnRounds").asLong()).isEqualTo(1);

    MockHttpSession university = login(u2User);
    assertThat(statusCounts(getJson(university, "/api/metrics/pipeline"))).contains("APPROVED=1", "REJECTED=1",
        "CITY_REVIEW=1", "WITHDRAWN=0");
    assertGroup(getJson(university, "/api/metrics/coverage").get("overall"), 3, 1, 0.3333, 0.6667);
    // U2's own speed: F2 approved in 48 h, F5 rejected, F6 open and overdue at city review
    JsonNode universitySpeed = getJson(university, "/api/metrics/speed");
    assertThat(universitySpeed.get("overall").get("approved").asLong()).isEqualTo(1);
    assertThat(universitySpeed.get("overall").get("medianHours").asDouble()).isEqualTo(48.0);
    assertThat(universitySpeed.get("overall").get("filings").asLong()).isEqualTo(3);
    assertThat(universitySpeed.get("overall").get("overdueSteps").asLong()).isEqualTo(1);
    assertThat(step(universitySpeed, "cityReview").get("completed").asLong()).isEqualTo(2);
  }

  @Test
  void refusesOutsidersAndMalformedRequests() throws Exception {
    MockHttpSession admin = login("sysadmin");
    for (String path : List.of("/api/metrics/coverage", "/api/metrics/pipeline", "/api/metrics/speed",
        "/api/metrics/results", "/api/metrics/coverage/unpaired")) {
      refusedQuery(admin, path);
    }
    refusedQuery(admin, "/api/metrics/export", "table", "coverage-city");
    MockHttpSession monitor = login("monitor");
    badQueryField(monitor, "/api/metrics/filings", "kind", "kind", "NOPE");
    badQueryField(monitor, "/api/metrics/filings", "status", "kind", "STATUS");
    badQueryField(monitor, "/api/metrics/filings", "from", "kind", "APPROVED", "from", "2026-02-01", "to", "2026-01-01");
    badQueryField(monitor, "/api/metrics/results", "by", "by", "planet");
    badQueryField(monitor, "/api/metrics/export", "table", "table", "secrets");
    MvcResult unauthenticated = mvc.perform(get("/api/metrics/coverage")).andReturn();
    assertThat(unauthenticated.getResponse().getStatus()).isEqualTo(401);
  }

  /**
   * The read model kept event by event by the engine (FiguresHistoryHandler) equals what the backfill computes from
   * Camunda's history tables for the same filings, row by row; and its sums are the hand-worked ones.
   */
  @Test
  void readModelEqualsTheFiguresComputedFromCamundaHistory() {
    build();
    String ids = f.stream().map(String::valueOf).collect(Collectors.joining(","));
    String zones = List.of(z1, z2, z3, z4).stream().map(z -> String.valueOf(z.id)).collect(Collectors.joining(","));
    String filingRows = "SELECT filing_id, process_instance_id, zone_id, university_id, started_at, ended_at, duration_ms,"
        + " approved, return_rounds, late_steps FROM filing_figures WHERE filing_id IN (" + ids + ") ORDER BY filing_id";
    String pairRows = "SELECT zone_id, university_id, filings, return_rounds, returned_filings FROM pair_figures"
        + " WHERE zone_id IN (" + zones + ") ORDER BY zone_id, university_id";
    String stepRows = "SELECT zone_id, university_id, step_key, step_name, completed, completed_ms, late FROM step_figures"
        + " WHERE zone_id IN (" + zones + ") ORDER BY zone_id, university_id, step_key";
    List<java.util.Map<String, Object>> kept = jdbc.queryForList(filingRows);
    List<java.util.Map<String, Object>> keptPairs = jdbc.queryForList(pairRows);
    List<java.util.Map<String, Object>> keptSteps = jdbc.queryForList(stepRows);
    // by hand: six processes; F1 one return round; F3's city review completed late
    assertThat(kept).hasSize(6);
    assertThat(kept.stream().mapToInt(r -> ((Number) r.get("return_rounds")).intValue()).sum()).isEqualTo(1);
    assertThat(kept.stream().mapToInt(r -> ((Number) r.get("late_steps")).intValue()).sum()).isEqualTo(1);
    assertThat(kept.stream().filter(r -> r.get("ended_at") != null)).hasSize(5);
    assertThat(kept.stream().filter(r -> Boolean.TRUE.equals(r.get("approved")))).hasSize(3);
    assertThat(keptPairs.stream().mapToLong(r -> ((Number) r.get("filings")).longValue()).sum()).isEqualTo(6);
    assertThat(keptSteps.stream().filter(r -> r.get("step_key").equals("cityReview"))
        .mapToLong(r -> ((Number) r.get("completed")).longValue()).sum()).isEqualTo(5);

    jdbc.update("DELETE FROM filing_figures WHERE filing_id IN (" + ids + ")");
    assertThat(backfill.fill()).isEqualTo(6);

    assertThat(jdbc.queryForList(filingRows)).isEqualTo(kept);
    assertThat(jdbc.queryForList(pairRows)).isEqualTo(keptPairs);
    assertThat(jdbc.queryForList(stepRows)).isEqualTo(keptSteps);
  }

  // ---------------------------------------------------------------- the dataset

  private void build() {
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    cityName = "监测测试市" + TestRegistry.code("").substring(0, 6);
    cityCode = registry.city(cityName);
    z1 = registry.org(OrgType.ZONE, "监测甲高新区" + cityCode, cityCode, "NATIONAL");
    z2 = registry.org(OrgType.ZONE, "监测乙高新区" + cityCode, cityCode, "PROVINCIAL");
    z3 = registry.org(OrgType.ZONE, "监测丙高新区" + cityCode, cityCode, "NATIONAL");
    z4 = registry.org(OrgType.ZONE, "监测丁高新区" + cityCode, cityCode, "PROVINCIAL");
    Org z5 = registry.org(OrgType.ZONE, "监测戊高新区（停用）" + cityCode, cityCode, "NATIONAL");
    orgMapper.setEnabled(z5.id, false, TestRegistry.now());
    Org bureau = registry.org(OrgType.CITY_BUREAU, cityName + "科学技术局", cityCode);
    u1 = registry.org(OrgType.UNIVERSITY, "监测甲大学" + cityCode, cityCode);
    u2 = registry.org(OrgType.UNIVERSITY, "监测乙大学" + cityCode, cityCode);
    String run = "m" + cityCode;
    cityUser = ensureUser(run + "_city", "监测市审核", bureau.code, Role.CITY_REVIEWER).username;
    z1User = ensureUser(run + "_z1", "监测甲经办", z1.code, Role.ZONE_OPERATOR).username;
    String z2User = ensureUser(run + "_z2", "监测乙经办", z2.code, Role.ZONE_OPERATOR).username;
    String z3User = ensureUser(run + "_z3", "监测丙经办", z3.code, Role.ZONE_OPERATOR).username;
    String z4User = ensureUser(run + "_z4", "监测丁经办", z4.code, Role.ZONE_OPERATOR).username;
    String u1User = ensureUser(run + "_u1", "监测甲高校经办", u1.code, Role.UNIVERSITY_OPERATOR).username;
    u2User = ensureUser(run + "_u2", "监测乙高校经办", u2.code, Role.UNIVERSITY_OPERATOR).username;

    // F1: across the year boundary, one return round by the city
    at(LocalDateTime.of(2025, 12, 29, 9, 0));
    long f1 = submitted(z1User, u1.code);
    at(LocalDateTime.of(2025, 12, 29, 12, 0));
    decide(f1, "counterpartConfirm", u1User, Decision.APPROVE);
    at(LocalDateTime.of(2025, 12, 30, 12, 0));
    decide(f1, "cityReview", cityUser, Decision.RETURN);
    at(LocalDateTime.of(2025, 12, 31, 12, 0));
    filingService.submit(f1, completeForm(u1.code), user(z1User));
    waitForJobs(filing(f1).processInstanceId);
    at(LocalDateTime.of(2026, 1, 1, 12, 0));
    decide(f1, "cityReview", cityUser, Decision.APPROVE);
    at(LocalDateTime.of(2026, 1, 5, 9, 0));
    provinceApproves(f1);

    b = LocalDate.now(clock).with(DayOfWeek.MONDAY).minusWeeks(4).atTime(9, 0);
    // F2: two days
    at(b);
    long f2 = submitted(z1User, u2.code);
    at(b.plusHours(2));
    decide(f2, "counterpartConfirm", u2User, Decision.APPROVE);
    at(b.plusDays(1).plusHours(2));
    decide(f2, "cityReview", cityUser, Decision.APPROVE);
    at(b.plusDays(2));
    provinceApproves(f2);

    // F3: the city takes 20 days (overdue), approved after 24 days; later its cooperation period ends
    LocalDateTime c = b.plusDays(1);
    at(c);
    long f3 = submitted(z3User, u1.code);
    at(c.plusHours(1));
    decide(f3, "counterpartConfirm", u1User, Decision.APPROVE);
    at(c.plusDays(20).plusHours(1));
    // the 催办 timer is due now: let it run before the decision, as it would have days earlier
    waitForJobs(filing(f3).processInstanceId);
    decide(f3, "cityReview", cityUser, Decision.APPROVE);
    at(c.plusDays(24));
    provinceApproves(f3);
    jdbc.update("UPDATE filing SET start_date = ?, end_date = ? WHERE id = ?", LocalDate.of(2025, 1, 1),
        LocalDate.now(clock).minusDays(1), f3);

    // F4 withdrawn, F5 rejected by the city
    at(b.plusDays(3));
    long f4 = submitted(z2User, u1.code);
    at(b.plusDays(3).plusHours(1));
    filingService.withdraw(f4, "双方协商暂缓", user(z2User));
    at(b.plusDays(3));
    long f5 = submitted(z2User, u2.code);
    at(b.plusDays(3).plusHours(1));
    decide(f5, "counterpartConfirm", u2User, Decision.APPROVE);
    at(b.plusDays(4).plusHours(1));
    decide(f5, "cityReview", cityUser, Decision.REJECT);

    // F6 waits at city review, long past its due date
    at(b.plusDays(5));
    long f6 = submitted(z4User, u2.code);
    at(b.plusDays(5).plusHours(1));
    decide(f6, "counterpartConfirm", u2User, Decision.APPROVE);
    ClockUtil.reset();

    f.addAll(List.of(f1, f2, f3, f4, f5, f6));
    assertThat(f.stream().map(this::statusOf).toList()).containsExactly(FilingStatus.APPROVED, FilingStatus.APPROVED,
        FilingStatus.APPROVED, FilingStatus.WITHDRAWN, FilingStatus.REJECTED, FilingStatus.CITY_REVIEW);
  }

  private void provinceApproves(long filingId) {
    decide(filingId, "provinceStReview", "prov_st", Decision.APPROVE);
    decide(filingId, "provinceEduReview", "prov_edu", Decision.APPROVE);
  }

  /** Sets the engine clock to a Beijing time. */
  private static void at(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(BEIJING).toInstant()));
  }

  // ---------------------------------------------------------------- HTTP helpers

  private JsonNode getJson(MockHttpSession session, String path, String... params) throws Exception {
    return body(mvc.perform(query(session, path, params)).andExpect(status().isOk()).andReturn());
  }

  private List<Long> drill(MockHttpSession session, String... params) throws Exception {
    String[] all = new String[params.length + 4];
    System.arraycopy(params, 0, all, 0, params.length);
    all[params.length] = "city";
    all[params.length + 1] = cityCode;
    all[params.length + 2] = "size";
    all[params.length + 3] = "100";
    JsonNode page = getJson(session, "/api/metrics/filings", all);
    List<Long> ids = StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("id").asLong())
        .toList();
    assertThat(page.get("total").asLong()).isEqualTo(ids.size());
    return ids;
  }
  // ---------------------------------------------------------------- JSON helpers

  private static void assertGroup(JsonNode group, long zones, long covered, double rate, double gap) {
    assertThat(group.get("zones").asLong()).as("zones").isEqualTo(zones);
    assertThat(group.get("covered").asLong()).as("covered").isEqualTo(covered);
    assertThat(group.get("uncovered").asLong()).as("uncovered").isEqualTo(zones - covered);
    assertThat(group.get("rate").asDouble()).as("rate").isEqualTo(rate);
    assertThat(group.get("gap").asDouble()).as("gap").isEqualTo(gap);
  }

  private static JsonNode level(JsonNode coverage, String level) {
    return StreamSupport.stream(coverage.get("byLevel").spliterator(), false)
        .filter(g -> g.get("code").asText().equals(level)).findFirst().orElseThrow();
  }

  private static JsonNode step(JsonNode speed, String key) {
    return StreamSupport.stream(speed.get("steps").spliterator(), false)
        .filter(s -> s.get("step").asText().equals(key)).findFirst().orElseThrow();
  }

  private static List<String> names(JsonNode rows) {
    return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("name").asText()).toList();
  }

  private static JsonNode byName(JsonNode rows, String name) {
    return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.get("name").asText().equals(name))
        .findFirst().orElseThrow();
  }

  private static String statusCounts(JsonNode pipeline) {
    return StreamSupport.stream(pipeline.get("statuses").spliterator(), false)
        .map(s -> s.get("status").asText() + "=" + s.get("filings").asLong()).collect(Collectors.joining(","));
  }
}
