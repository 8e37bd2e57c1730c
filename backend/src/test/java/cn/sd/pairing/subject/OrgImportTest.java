package cn.sd.pairing.subject;

import cn.sd.pairing.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.security.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Import of zones, universities and units from CSV and .xlsx, and the downloadable template. */
class OrgImportTest extends IntegrationTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  ApiClient api;
  MockHttpSession admin;
  String run;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(mvc, json);
    admin = api.login("sysadmin");
    run = ApiClient.unique();
  }

  private MvcResult upload(String type, String fileName, byte[] content) throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", fileName, "application/octet-stream", content);
    return mvc.perform(multipart("/api/admin/orgs/import").file(file).param("type", type).session(admin).with(csrf()))
        .andReturn();
  }

  private JsonNode importOk(String type, String fileName, byte[] content) throws Exception {
    MvcResult result = upload(type, fileName, content);
    JsonNode body = api.read(result);
    assertThat(result.getResponse().getStatus()).as(body.toString()).isEqualTo(200);
    return body;
  }

  private void importFails(String type, byte[] content, String field, String messagePart) throws Exception {
    MvcResult result = upload(type, "x.csv", content);
    JsonNode body = api.read(result);
    assertThat(result.getResponse().getStatus()).as(body.toString()).isEqualTo(400);
    assertThat(body.get("fieldErrors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(body.get("fieldErrors").get(0).get("message").asText()).contains(messagePart);
  }

  /** row number → reason, as the API reports rejected rows. */
  private static Map<Integer, String> rejected(JsonNode result) {
    Map<Integer, String> rows = new LinkedHashMap<>();
    result.get("rejected").forEach(r -> rows.put(r.get("row").asInt(), r.get("code").asText() + "|" + r.get("reason").asText()));
    return rows;
  }

  private JsonNode find(String code) throws Exception {
    MvcResult result = mvc.perform(get("/api/admin/orgs").session(admin).param("q", code))
        .andExpect(status().isOk()).andReturn();
    JsonNode items = api.read(result).get("items");
    for (JsonNode item : items) {
      if (item.get("code").asText().equals(code)) {
        return item;
      }
    }
    return null;
  }

  private static byte[] csv(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  @Test
  void importsZonesFromCsvWithBomRejectingBadRowsByTheirRowNumber() throws Exception {
    String a = "GXA" + run;
    String b = "GXB" + run;
    String text = String.join("\r\n",
        "code,name,level,city_code,leading_industries",                 // row 1
        a + ",导入高新区A" + run + ",国家级,370100,新一代信息技术;生物医药",  // row 2 ok
        "GXC" + run + ",导入高新区C,国家级,999999,新材料",                 // row 3 unknown city
        "GXD" + run + ",导入高新区D,市级,370100,新材料",                   // row 4 bad level
        "GXE" + run + ",,省级,370100,新材料",                             // row 5 missing name
        "",                                                              // row 6 blank: skipped
        a.toLowerCase() + ",重复的A,省级,370200,",                         // row 7 duplicate of row 2
        b + ",\"导入高新区B," + run + "\",PROVINCIAL,青岛市,海洋科技；医疗器械", // row 8 ok (city by name)
        ",没有代码,省级,370100,");                                       // row 9 missing code
    JsonNode result = importOk("ZONE", "zones.csv", csv(text, true));

    assertThat(result.get("total").asInt()).isEqualTo(7);
    assertThat(result.get("created").asInt()).isEqualTo(2);
    assertThat(result.get("updated").asInt()).isEqualTo(0);
    Map<Integer, String> rejected = rejected(result);
    assertThat(rejected.keySet()).containsExactly(3, 4, 5, 7, 9);
    assertThat(rejected.get(3)).startsWith("GXC" + run + "|").contains("所在城市代码“999999”不存在");
    assertThat(rejected.get(4)).contains("高新区级别只能是“国家级”或“省级”");
    assertThat(rejected.get(5)).contains("机构名称不能为空");
    assertThat(rejected.get(7)).startsWith(a + "|").contains("代码与文件第2行重复");
    assertThat(rejected.get(9)).startsWith("|").contains("机构代码不能为空");

    JsonNode zoneA = find(a);
    assertThat(zoneA.get("name").asText()).isEqualTo("导入高新区A" + run);
    assertThat(zoneA.get("levelLabel").asText()).isEqualTo("国家级");
    assertThat(zoneA.get("industries").toString()).isEqualTo("[\"新一代信息技术\",\"生物医药\"]");
    JsonNode zoneB = find(b);
    assertThat(zoneB.get("name").asText()).isEqualTo("导入高新区B," + run);
    assertThat(zoneB.get("cityCode").asText()).isEqualTo("370200");
    assertThat(zoneB.get("level").asText()).isEqualTo("PROVINCIAL");
    assertThat(zoneB.get("industries").toString()).isEqualTo("[\"海洋科技\",\"医疗器械\"]");
    assertThat(find("GXC" + run)).isNull();

    // re-import by code updates instead of duplicating; a file without the industries column keeps them
    String again = "code,name,level,city_code\n" + a + ",改名的高新区A" + run + ",省级,370300\n";
    JsonNode second = importOk("ZONE", "zones.csv", csv(again, false));
    assertThat(second.get("created").asInt()).isZero();
    assertThat(second.get("updated").asInt()).isEqualTo(1);
    assertThat(second.get("rejected").size()).isZero();
    mvc.perform(get("/api/admin/orgs").session(admin).param("q", a))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value("改名的高新区A" + run))
        .andExpect(jsonPath("$.items[0].levelLabel").value("省级"))
        .andExpect(jsonPath("$.items[0].cityName").value("淄博市"))
        .andExpect(jsonPath("$.items[0].industries.length()").value(2));
  }

  @Test
  void importsUniversitiesAndUnitsFromXlsxIncludingBadRows() throws Exception {
    String u1 = "UA" + run;
    String u2 = "UB" + run;
    String zone = "GXZ" + run;
    importOk("ZONE", "z.csv", csv("code,name,level,city_code\n" + zone + ",某高新区" + run + ",国家级,370100\n", false));

    // header as the template writes it; the city code typed as a number; a blank row 5
    byte[] universities = xlsx(List.of(
        List.of("代码(code)", "名称(name)", "城市代码(city_code)", "优势学科(advantage_disciplines)"), // row 1
        List.of(u1, "导入大学A" + run, 370100, "数学;物理学"),                                        // row 2 ok
        List.of("UC" + run, "导入大学C", "370999", ""),                                              // row 3 unknown city
        List.of("UD" + run, "", "370100", ""),                                                      // row 4 missing name
        List.of(),                                                                                  // row 5 blank
        List.of(u1, "重复大学", "370100", ""),                                                        // row 6 duplicate
        List.of(u2, "导入大学B" + run, "370200", ""),                                                 // row 7 ok
        List.of(zone, "撞上高新区代码", "370200", "")));                                               // row 8 other type
    JsonNode result = importOk("UNIVERSITY", "universities.xlsx", universities);
    assertThat(result.get("total").asInt()).isEqualTo(6);
    assertThat(result.get("created").asInt()).isEqualTo(2);
    Map<Integer, String> rejected = rejected(result);
    assertThat(rejected.keySet()).containsExactly(3, 4, 6, 8);
    assertThat(rejected.get(3)).contains("所在城市代码“370999”不存在");
    assertThat(rejected.get(4)).contains("机构名称不能为空");
    assertThat(rejected.get(6)).contains("代码与文件第2行重复");
    assertThat(rejected.get(8)).contains("已被高新区");
    JsonNode univA = find(u1);
    assertThat(univA.get("cityCode").asText()).isEqualTo("370100");
    assertThat(univA.get("disciplines").toString()).isEqualTo("[\"数学\",\"物理学\"]");

    // units: the parent by code (any case), unknown parent, parent that is not a university
    byte[] units = xlsx(List.of(
        List.of("code", "name", "parent_code", "disciplines"),            // row 1
        List.of(u1 + "-01", "数学学院" + run, u1.toLowerCase(), "数学"),     // row 2 ok
        List.of(u1 + "-02", "物理团队" + run, "NOPE" + run, ""),            // row 3 unknown parent
        List.of(u1 + "-03", "错挂团队" + run, zone, ""),                    // row 4 parent is a zone
        List.of(u1 + "-04", "缺上级团队" + run, "", "")));                   // row 5 parent missing
    JsonNode unitResult = importOk("UNIT", "units.xlsx", units);
    assertThat(unitResult.get("created").asInt()).isEqualTo(1);
    Map<Integer, String> unitRejected = rejected(unitResult);
    assertThat(unitRejected.keySet()).containsExactly(3, 4, 5);
    assertThat(unitRejected.get(3)).contains("所属高校代码“NOPE" + run + "”不存在");
    assertThat(unitRejected.get(4)).contains("所属高校代码“" + zone + "”不存在");
    assertThat(unitRejected.get(5)).contains("所属高校不能为空");
    JsonNode unit = find(u1 + "-01");
    assertThat(unit.get("parentCode").asText()).isEqualTo(u1);
    assertThat(unit.get("cityCode").asText()).isEqualTo("370100");

    // re-import moves the unit to the other university (and its city)
    byte[] moved = xlsx(List.of(
        List.of("code", "name", "parent_code", "disciplines"),
        List.of(u1 + "-01", "数学学院" + run, u2, "数学;统计学")));
    JsonNode movedResult = importOk("UNIT", "units.xlsx", moved);
    assertThat(movedResult.get("updated").asInt()).isEqualTo(1);
    unit = find(u1 + "-01");
    assertThat(unit.get("parentCode").asText()).isEqualTo(u2);
    assertThat(unit.get("cityCode").asText()).isEqualTo("370200");
    assertThat(unit.get("disciplines").size()).isEqualTo(2);

    // a disabled university takes no new units
    long u2Id = find(u2).get("id").asLong();
    mvc.perform(api.withJson(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/api/admin/orgs/" + u2Id + "/disable"), admin, null)).andExpect(status().isOk());
    JsonNode refused = importOk("UNIT", "units.csv",
        csv("code,name,parent_code\n" + u2 + "-09,新团队" + run + "," + u2 + "\n", false));
    assertThat(rejected(refused).get(2)).contains("已停用");
  }

  @Test
  void importsTheProgrammesDemoListsAsTheyAre() throws Exception {
    // the demo lists the seeder loads (copies of ../shared/data): re-importing them is a no-op update
    for (String[] file : new String[][] {{"ZONE", "seed/zones.csv"}, {"UNIVERSITY", "seed/universities.csv"}}) {
      byte[] content = new org.springframework.core.io.ClassPathResource(file[1]).getContentAsByteArray();
      JsonNode result = importOk(file[0], file[1], content);
      assertThat(result.get("rejected").size()).as(result.toString()).isZero();
      assertThat(result.get("created").asInt() + result.get("updated").asInt())
          .isEqualTo(result.get("total").asInt()).isPositive();
    }
    JsonNode jinan = find("GX370101");
    assertThat(jinan.get("levelLabel").asText()).isEqualTo("国家级");
    assertThat(jinan.get("industries").size()).isGreaterThan(1);
  }

  @Test
  void refusesFilesThatAreNotUsable() throws Exception {
    String header = "code,name,level,city_code,leading_industries\n";
    // GBK-encoded CSV (Excel's default "CSV" on Chinese Windows)
    importFails("ZONE", (header + "GX" + run + ",济南高新区,国家级,370100,\n").getBytes(Charset.forName("GBK")),
        "file", "UTF-8");
    // legacy .xls
    importFails("ZONE", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "file", ".xls");
    // a zip that is no workbook, and one that inflates far beyond any real registry list
    importFails("ZONE", zipWithoutWorkbook(), "file", "无法读取Excel文件");
    importFails("ZONE", zipBomb(), "file", "解压后内容过大");
    // a zone file offered as universities: required columns missing
    importFails("UNIT", csv(header, false), "file", "缺少必需的列");
    importFails("ZONE", new byte[0], "file", "请选择要导入的文件");
    importFails("REVIEWER", csv(header, false), "type", "导入类型只能是");
    importFails("ZONE", csv("code,name,level,city_code\n\"GX" + run + ",未闭合\n", false), "file", "引号");
    byte[] big = new byte[(int) OrgImportService.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    importFails("ZONE", big, "file", "5MB");
    // the header alone is a valid, empty import
    JsonNode empty = importOk("ZONE", "zones.csv", csv(header, true));
    assertThat(empty.get("total").asInt()).isZero();
  }

  @Test
  void templateIsAnXlsxWithTheAnnotatedHeaderThatImportsAsIs() throws Exception {
    for (String type : List.of("ZONE", "UNIVERSITY", "UNIT")) {
      MvcResult result = mvc.perform(get("/api/admin/orgs/import-template").param("type", type).session(admin))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Type",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
          .andReturn();
      byte[] content = result.getResponse().getContentAsByteArray();
      List<String> headerCells = new ArrayList<>();
      List<String> sheetNames = new ArrayList<>();
      try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
        workbook.getSheets().forEach(s -> sheetNames.add(s.getName()));
        Row first = workbook.getFirstSheet().read().get(0);
        first.forEach(c -> headerCells.add(c.getText()));
      }
      assertThat(sheetNames).contains("填写说明", "城市代码");
      switch (type) {
        case "ZONE" -> assertThat(headerCells).containsExactly("代码(code)", "名称(name)", "级别(level)",
            "城市代码(city_code)", "主导产业(leading_industries)");
        case "UNIVERSITY" -> assertThat(headerCells).containsExactly("代码(code)", "名称(name)",
            "城市代码(city_code)", "优势学科(advantage_disciplines)");
        default -> assertThat(headerCells).containsExactly("代码(code)", "名称(name)", "所属高校代码(parent_code)",
            "优势学科(disciplines)");
      }
      JsonNode imported = importOk(type, "template.xlsx", content);
      assertThat(imported.get("total").asInt()).isZero();
    }
    mvc.perform(get("/api/admin/orgs/import-template").param("type", "CITY_BUREAU").session(admin))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("type"));
  }

  /** A workbook built with fastexcel: strings as shared strings, numbers as numeric cells, gaps as blank rows. */
  private static byte[] xlsx(List<List<Object>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "test", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("数据");
      for (int r = 0; r < rows.size(); r++) {
        List<Object> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          Object value = cells.get(c);
          if (value instanceof Number number) {
            sheet.value(r, c, number);
          } else if (!value.toString().isEmpty()) {
            sheet.value(r, c, value.toString());
          }
        }
      }
      Worksheet second = workbook.newWorksheet("其他");
      second.value(0, 0, "第二个工作表不导入");
    }
    return out.toByteArray();
  }

  /** 80 MB of zeros deflate to well under 1 MB. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 80; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan((int) OrgImportService.MAX_FILE_BYTES);
    return out.toByteArray();
  }

  private static byte[] zipWithoutWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
