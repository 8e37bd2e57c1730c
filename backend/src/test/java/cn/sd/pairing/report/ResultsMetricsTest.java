package cn.sd.pairing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The monitoring's results (issue 5 point 4) from annual reports, on a constructed dataset in a city made for this
 * run, with the answers worked out by hand below. Reports move at set engine times; the figures count only once
 * the city has passed a report.
 *
 * <pre>
 * city C: zones Z1, Z2, Z3; universities U1, U2; every pairing approved now (year Y), 1 planned project of 500 万元,
 * 1 planned platform and 10 planned people each
 * P1 Z1–U1  Y: submitted 1-10, passed — A = 3,1,2,2,150.50,1,1,2,1,300.00
 *           Y+1: submitted and passed  — D = 5,4,3,3,500.00,2,1,1,1,1000.00
 * P2 Z1–U2  Y: submitted B1 = 9s, returned, resubmitted B2 = 2,2,1,1,49.50,2,0,1,3,120.25, passed (counts once, B2)
 * P3 Z2–U1  Y: submitted C = 7s, not yet passed (not counted)
 * P4 Z3–U2  Y: never submitted (overdue)
 * P5 Z2–U2  Y: submitted 2-5, after the due date 1-31 (overdue), passed — E = 1,0,0,0,0,3,2,0,2,80.00
 * (figures: projects started, finished, breakthroughs, transfers, contract value, scenarios, platforms built,
 *  科技副总, 产业教授, funding)
 * </pre>
 */
class ResultsMetricsTest extends AnnualReportTest {
  private static final String A = "3,1,2,2,150.50,1,1,2,1,300.00";
  private static final String B1 = "9,9,9,9,999.00,9,9,9,9,999.00";
  private static final String B2 = "2,2,1,1,49.50,2,0,1,3,120.25";
  private static final String C = "7,7,7,7,777.00,7,7,7,7,777.00";
  private static final String D = "5,4,3,3,500.00,2,1,1,1,1000.00";
  private static final String E = "1,0,0,0,0.00,3,2,0,2,80.00";

  private String cityCode;
  private String cityName;
  private Org z1;
  private Org z2;
  private Org z3;
  private Org u1;
  private Org u2;
  private String cityUser;
  private String z1User;
  private String u2User;
  private final List<Long> p = new ArrayList<>();
  private int y;

  @Test
  void resultsByZoneCityAndUniversityCountPassedReportsOfTheYearOnly() throws Exception {
    build();
    MockHttpSession monitor = login("monitor");
    String year = String.valueOf(y);

    JsonNode byZone = results(monitor, "by", "zone", "year", year);
    assertThat(byZone.get("year").asInt()).isEqualTo(y);
    assertThat(byZone.get("reportsAvailable").asBoolean()).isTrue();
    assertThat(ints(byZone.get("years"))).containsExactly(y + 1, y);
    assertCounts(byZone.get("reports"), 5, 4, 3, 2);
    assertThat(names(byZone.get("rows"))).containsExactlyInAnyOrder(z1.name, z2.name, z3.name);
    JsonNode rowZ1 = row(byZone, z1.name);
    assertThat(rowZ1.get("pairings").asLong()).isEqualTo(2);
    assertThat(rowZ1.get("plannedProjects").asLong()).isEqualTo(2);
    assertThat(rowZ1.get("plannedBudgetWan").decimalValue()).isEqualByComparingTo("1000");
    assertThat(rowZ1.get("plannedPeople").asLong()).isEqualTo(20);
    assertThat(rowZ1.get("reports").asLong()).isEqualTo(2);
    assertThat(reported(rowZ1)).isEqualTo(sum(A, B2));
    assertThat(row(byZone, z2.name).get("pairings").asLong()).isEqualTo(2);
    assertThat(reported(row(byZone, z2.name))).as("P3 is not passed yet: only P5").isEqualTo(E);
    assertThat(row(byZone, z3.name).get("reports").asLong()).isZero();
    assertThat(row(byZone, z3.name).get("reported").isNull()).isTrue();

    JsonNode byUniversity = results(monitor, "by", "university", "year", year);
    assertThat(names(byUniversity.get("rows"))).containsExactlyInAnyOrder(u1.name, u2.name);
    assertThat(row(byUniversity, u1.name).get("pairings").asLong()).isEqualTo(2);
    assertThat(reported(row(byUniversity, u1.name))).isEqualTo(A);
    assertThat(row(byUniversity, u2.name).get("pairings").asLong()).isEqualTo(3);
    assertThat(row(byUniversity, u2.name).get("reports").asLong()).isEqualTo(2);
    assertThat(reported(row(byUniversity, u2.name))).isEqualTo(sum(B2, E));

    JsonNode byCity = results(monitor, "by", "city", "year", year);
    assertThat(byCity.get("rows")).hasSize(1);
    JsonNode city = byCity.get("rows").get(0);
    assertThat(city.get("code").asText()).isEqualTo(cityCode);
    assertThat(city.get("name").asText()).isEqualTo(cityName);
    assertThat(city.get("pairings").asLong()).isEqualTo(5);
    assertThat(city.get("reports").asLong()).isEqualTo(3);
    assertThat(reported(city)).isEqualTo(sum(A, B2, E));

    // the year filter; without one, the latest reporting year
    JsonNode next = results(monitor, "by", "zone");
    assertThat(next.get("year").asInt()).isEqualTo(y + 1);
    assertCounts(next.get("reports"), 3, 1, 1, 0);
    assertThat(reported(row(next, z1.name))).isEqualTo(D);
    assertThat(row(next, z1.name).get("pairings").asLong()).isEqualTo(2);
    assertThat(row(next, z2.name).get("reported").isNull()).isTrue();
    JsonNode empty = results(monitor, "by", "city", "year", String.valueOf(y + 2));
    assertCounts(empty.get("reports"), 0, 0, 0, 0);
    assertThat(empty.get("rows").get(0).get("reported").isNull()).isTrue();

    // drill-down: the reports behind each number
    assertThat(drill(monitor, "year", year, "zoneId", z1.id.toString())).containsExactlyInAnyOrder(p(1), p(2));
    assertThat(drill(monitor, "year", year, "universityId", u2.id.toString())).containsExactlyInAnyOrder(p(2), p(5));
    assertThat(drill(monitor, "year", year, "state", "OVERDUE")).containsExactlyInAnyOrder(p(4), p(5));
    assertThat(drill(monitor, "year", year, "state", "SUBMITTED")).containsExactlyInAnyOrder(p(1), p(2), p(3), p(5));
    assertThat(drill(monitor, "year", year, "state", "DUE")).hasSize(5);
    assertThat(drill(monitor, "zoneId", z1.id.toString())).as("the latest year").containsExactly(p(1));
    JsonNode item = page(monitor, "/api/metrics/results/reports", "year", year, "state", "OVERDUE",
        "zoneId", z2.id.toString()).get("items").get(0);
    assertThat(item.get("filingId").asLong()).isEqualTo(p.get(4));
    assertThat(item.get("overdue").asBoolean()).isTrue();
    assertThat(item.get("statusLabel").asText()).isEqualTo("审核通过");
    assertThat(item.get("year").asInt()).isEqualTo(y);
    assertThat(reported(item)).isEqualTo(E);

    // .xlsx with Chinese headers, the same figures
    List<List<String>> sheet = exportRows(monitor, "table", "results", "city", cityCode, "by", "zone", "year", year);
    assertThat(sheet.get(0)).containsExactly("名称", "城市", "有效结对数", "计划联合攻关项目数", "计划项目投入（万元）",
        "计划共建平台数", "计划人才交流（人次）", "报告年度", "已通过报告数", "联合开展项目数", "完成项目数", "突破关键核心技术数",
        "成果转化数", "成果转化合同金额（万元）", "应用场景数", "共建平台数", "选派科技副总（人）", "聘任产业教授（人）",
        "争取资金（万元）");
    List<String> z1Line = sheet.stream().filter(r -> r.get(0).equals(z1.name)).findFirst().orElseThrow();
    assertThat(z1Line.subList(1, 9)).containsExactly(cityName, "2", "2", "1000", "2", "20", year, "2");
    assertThat(String.join(",", z1Line.subList(9, 19))).isEqualTo(plain(sum(A, B2)));
    List<String> z3Line = sheet.stream().filter(r -> r.get(0).equals(z3.name)).findFirst().orElseThrow();
    assertThat(z3Line.get(8)).as("no passed report").isEqualTo("0");
    assertThat(z3Line.subList(9, z3Line.size())).allMatch(String::isEmpty);
    List<List<String>> reports = exportRows(monitor, "table", "results-reports", "city", cityCode, "year", year,
        "state", "OVERDUE");
    assertThat(reports.get(0).subList(0, 7)).containsExactly("备案编号", "高新区", "城市", "高校/内设机构", "所属高校",
        "报告年度", "状态");
    assertThat(reports).hasSize(3);
    assertThat(reports.stream().skip(1).map(r -> r.get(10)).toList()).containsOnly("是");
    assertThat(reports.stream().skip(1).map(r -> r.get(1)).toList()).containsExactlyInAnyOrder(z3.name, z2.name);

    // who sees what
    MockHttpSession bureau = login(cityUser);
    assertThat(reported(results(bureau, "by", "city", "year", year).get("rows").get(0))).isEqualTo(sum(A, B2, E));
    refusedQuery(bureau, "/api/metrics/results", "city", "370100");
    refusedQuery(login("city_jinan"), "/api/metrics/results", "city", cityCode);
    refusedQuery(login("city_jinan"), "/api/metrics/results/reports", "city", cityCode);
    JsonNode zone = results(login(z1User), "by", "zone", "year", year);
    assertThat(names(zone.get("rows"))).containsExactly(z1.name);
    assertCounts(zone.get("reports"), 2, 2, 2, 0);
    JsonNode university = results(login(u2User), "by", "university", "year", year);
    assertThat(names(university.get("rows"))).containsExactly(u2.name);
    assertCounts(university.get("reports"), 3, 2, 2, 2);
    for (String admin : List.of("sysadmin", "secadmin", "auditadmin")) {
      refusedQuery(login(admin), "/api/metrics/results");
      refusedQuery(login(admin), "/api/metrics/results/reports");
    }
    badQueryField(monitor, "/api/metrics/results/reports", "state", "state", "LOST");
    badQueryField(monitor, "/api/metrics/results", "year", "year", "1999");
  }

  // ---------------------------------------------------------------- the dataset

  private void build() throws Exception {
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    cityName = "成效测试市" + TestRegistry.code("").substring(0, 6);
    cityCode = registry.city(cityName);
    z1 = registry.org(OrgType.ZONE, "成效甲高新区" + cityCode, cityCode, "NATIONAL");
    z2 = registry.org(OrgType.ZONE, "成效乙高新区" + cityCode, cityCode, "PROVINCIAL");
    z3 = registry.org(OrgType.ZONE, "成效丙高新区" + cityCode, cityCode, "PROVINCIAL");
    Org bureau = registry.org(OrgType.CITY_BUREAU, cityName + "科学技术局", cityCode);
    u1 = registry.org(OrgType.UNIVERSITY, "成效甲大学" + cityCode, cityCode);
    u2 = registry.org(OrgType.UNIVERSITY, "成效乙大学" + cityCode, cityCode);
    String run = "r" + cityCode;
    cityUser = ensureUser(run + "_city", "成效市审核", bureau.code, Role.CITY_REVIEWER).username;
    z1User = ensureUser(run + "_z1", "成效甲经办", z1.code, Role.ZONE_OPERATOR).username;
    String z2User = ensureUser(run + "_z2", "成效乙经办", z2.code, Role.ZONE_OPERATOR).username;
    String z3User = ensureUser(run + "_z3", "成效丙经办", z3.code, Role.ZONE_OPERATOR).username;
    String u1User = ensureUser(run + "_u1", "成效甲高校经办", u1.code, Role.UNIVERSITY_OPERATOR).username;
    u2User = ensureUser(run + "_u2", "成效乙高校经办", u2.code, Role.UNIVERSITY_OPERATOR).username;

    LocalDate end = LocalDate.now(clock).plusYears(5);
    p.add(approvedPairing(z1User, u1.code, u1User, cityUser, end));
    p.add(approvedPairing(z1User, u2.code, u2User, cityUser, end));
    p.add(approvedPairing(z2User, u1.code, u1User, cityUser, end));
    p.add(approvedPairing(z3User, u2.code, u2User, cityUser, end));
    p.add(approvedPairing(z2User, u2.code, u2User, cityUser, end));
    y = approvalYear(p.get(0));
    openReports(y, p.stream().mapToLong(Long::longValue).toArray());

    at(LocalDateTime.of(y + 1, 1, 10, 9, 0));
    submit(1, y, z1User, A);
    cityDecides(p.get(0), cityUser, Decision.APPROVE, null);
    submit(2, y, z1User, B1);
    cityDecides(p.get(1), cityUser, Decision.RETURN, "数据有误，请核实");
    submit(3, y, z2User, C);
    at(LocalDateTime.of(y + 1, 1, 12, 9, 0));
    submit(2, y, z1User, B2);
    cityDecides(p.get(1), cityUser, Decision.APPROVE, null);
    at(LocalDateTime.of(y + 1, 2, 5, 9, 0));
    waitForJobs(cycleId(p.get(3)));
    submit(5, y, z2User, E);
    cityDecides(p.get(4), cityUser, Decision.APPROVE, null);

    // next year: P1, P2 and P5 wait for the window again; P1 reports at once
    openReports(y + 1, p.get(0), p.get(1), p.get(4));
    submit(1, y + 1, z1User, D);
    cityDecides(p.get(0), cityUser, Decision.APPROVE, null);
    // the moment the figures are read: P4's report of Y is long overdue, the reports of Y+1 are not due yet
    at(LocalDateTime.of(y + 2, 1, 2, 10, 0));
    assertThat(report(p.get(1), y).status).isEqualTo(ReportStatus.APPROVED);
    assertThat(report(p.get(2), y).status).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(report(p.get(3), y).status).isEqualTo(ReportStatus.DUE);
  }

  /** Pairing n (1-based) submits its report of the year with the figures. */
  private void submit(int n, int year, String user, String values) throws Exception {
    String[] v = values.split(",");
    submitReport(report(p.get(n - 1), year).id, user, figures(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
        Integer.parseInt(v[2]), Integer.parseInt(v[3]), v[4], Integer.parseInt(v[5]), Integer.parseInt(v[6]),
        Integer.parseInt(v[7]), Integer.parseInt(v[8]), v[9]));
  }

  /** The filing of pairing n (1-based): drill-downs are matched by the reports' filings. */
  private long p(int n) {
    return p.get(n - 1);
  }

  // ---------------------------------------------------------------- figures

  private static final String[] FIELDS = {"projectsStarted", "projectsFinished", "breakthroughs", "transfers",
      "contractValueWan", "scenarios", "platformsBuilt", "vicePresidents", "industryProfessors", "fundingWan"};

  /** A row's reported figures (or a report item's) in the order of the constants above. */
  private static String reported(JsonNode row) {
    JsonNode figures = row.has("reported") ? row.get("reported") : row;
    List<String> values = new ArrayList<>();
    for (String field : FIELDS) {
      JsonNode value = figures.get(field);
      values.add(field.endsWith("Wan") ? value.decimalValue().setScale(2).toPlainString() : value.asText());
    }
    return String.join(",", values);
  }

  /** Field-wise sums of figure lines. */
  private static String sum(String... lines) {
    java.math.BigDecimal[] total = new java.math.BigDecimal[FIELDS.length];
    java.util.Arrays.fill(total, java.math.BigDecimal.ZERO);
    for (String line : lines) {
      String[] v = line.split(",");
      for (int i = 0; i < v.length; i++) {
        total[i] = total[i].add(new java.math.BigDecimal(v[i]));
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < total.length; i++) {
      out.add(FIELDS[i].endsWith("Wan") ? total[i].setScale(2).toPlainString() : total[i].toPlainString());
    }
    return String.join(",", out);
  }

  /** As the spreadsheet shows numbers: "200.00" → "200", "49.50" → "49.5". */
  private static String plain(String line) {
    List<String> out = new ArrayList<>();
    for (String v : line.split(",")) {
      out.add(new java.math.BigDecimal(v).stripTrailingZeros().toPlainString());
    }
    return String.join(",", out);
  }

  private static void assertCounts(JsonNode counts, long due, long submitted, long approved, long overdue) {
    assertThat(counts.get("due").asLong()).as("due").isEqualTo(due);
    assertThat(counts.get("submitted").asLong()).as("submitted").isEqualTo(submitted);
    assertThat(counts.get("approved").asLong()).as("approved").isEqualTo(approved);
    assertThat(counts.get("overdue").asLong()).as("overdue").isEqualTo(overdue);
  }

  // ---------------------------------------------------------------- HTTP helpers

  private JsonNode page(MockHttpSession session, String path, String... params) throws Exception {
    return body(mvc.perform(query(session, path, params).param("city", cityCode)).andExpect(status().isOk())
        .andReturn());
  }

  private JsonNode results(MockHttpSession session, String... params) throws Exception {
    return page(session, "/api/metrics/results", params);
  }

  /** The filings of the reports behind a number (all of them: size 100). */
  private List<Long> drill(MockHttpSession session, String... params) throws Exception {
    JsonNode page = body(mvc.perform(query(session, "/api/metrics/results/reports", params)
        .param("city", cityCode).param("size", "100")).andExpect(status().isOk()).andReturn());
    List<Long> filings = StreamSupport.stream(page.get("items").spliterator(), false)
        .map(i -> i.get("filingId").asLong()).toList();
    assertThat(page.get("total").asLong()).isEqualTo(filings.size());
    return filings;
  }
  private static List<String> names(JsonNode rows) {
    return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("name").asText()).toList();
  }

  private static List<Integer> ints(JsonNode values) {
    return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asInt).toList();
  }

  private static JsonNode row(JsonNode results, String name) {
    return StreamSupport.stream(results.get("rows").spliterator(), false)
        .filter(r -> r.get("name").asText().equals(name)).findFirst().orElseThrow();
  }
}
