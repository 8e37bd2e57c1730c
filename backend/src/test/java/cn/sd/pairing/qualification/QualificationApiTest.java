package cn.sd.pairing.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.filing.Filing;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/**
 * After approval, through the HTTP API on the real engine: the qualification made in the approving
 * transaction, who may see it, the certificate PDF (text extracted with PDFBox), its public
 * verification, and the public list.
 */
class QualificationApiTest extends ApprovedFilingTest {
  private static final Pattern CODE_IN_PDF = Pattern.compile("验证码：([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})");

  @Autowired JdbcTemplate jdbc;

  private JsonNode qualification(long id, String user) throws Exception {
    return body(mvc.perform(get("/api/filings/{id}/qualification", id).session(login(user)))
        .andExpect(status().isOk()).andReturn());
  }

  private JsonNode verify(String code) throws Exception {
    return body(mvc.perform(get("/api/public/certificates/verify").param("code", code))
        .andExpect(status().isOk()).andReturn());
  }

  @Test
  void approvalGrantsTheQualificationWithTheMeasuresOfTheTable() throws Exception {
    long id = approved();
    Filing filing = filing(id);
    JsonNode q = qualification(id, "zone_jinan");
    assertThat(q.get("filingNo").asText()).isEqualTo(filing.filingNo);
    assertThat(q.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(q.get("stateLabel").asText()).isEqualTo("有效");
    assertThat(q.get("activeFrom").asText()).isEqualTo(filing.approvedAt.toLocalDate().toString());
    assertThat(q.get("activeUntil").asText()).isEqualTo("2028-12-31");
    assertThat(q.get("decisionVersion").asInt()).isPositive();
    // the complete form: national zone 济南, a university, a pilot base, key tasks 产业协同布局 + 科技成果转化,
    // 2 科技副总 + 3 产业教授, projects of 500 万元
    List<String> codes = new ArrayList<>();
    q.get("measures").forEach(m -> codes.add(m.get("code").asText()));
    assertThat(codes).containsExactly("M02", "M03", "M06", "M07", "M08", "M09", "M10", "M11", "M13", "M15", "M16",
        "M17", "M19");
    assertThat(q.get("measures").get(0).get("title").asText()).matches(CHINESE);
    assertThat(q.get("measures").get(0).get("departments").asText()).contains("省科技厅");
  }

  @Test
  void bothPartiesTheirCityAndTheProvinceSeeTheQualificationOthersDoNot() throws Exception {
    long id = approved();
    String code = qualification(id, "zone_jinan").get("verificationCode").asText();
    for (String user : List.of("univ_sdu", "city_jinan", "prov_st", "prov_edu", "monitor")) {
      assertThat(qualification(id, user).get("verificationCode").asText()).as(user).isEqualTo(code);
    }
    for (String user : List.of("zone_qingdao", "city_qingdao", "sysadmin")) {
      // an administrator is refused before any filing is looked at
      int expected = user.equals("sysadmin") ? 403 : 404;
      MvcResult denied = mvc.perform(get("/api/filings/{id}/qualification", id).session(login(user))).andReturn();
      assertThat(denied.getResponse().getStatus()).as(user).isEqualTo(expected);
      assertThat(body(denied).get("message").asText()).as(user).matches(CHINESE);
      assertThat(mvc.perform(get("/api/filings/{id}/certificate", id).session(login(user))).andReturn()
          .getResponse().getStatus()).as(user).isEqualTo(expected);
    }
    mvc.perform(get("/api/filings/{id}/qualification", id)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/filings/{id}/certificate", id)).andExpect(status().isUnauthorized());
  }

  @Test
  void aFilingUnderReviewHasNoQualificationNorCertificate() throws Exception {
    long id = submitted("zone_jinan", "U001");
    MvcResult none = mvc.perform(get("/api/filings/{id}/qualification", id).session(login("zone_jinan")))
        .andExpect(status().isNotFound()).andReturn();
    assertThat(body(none).get("message").asText()).isEqualTo(QualificationService.NOT_QUALIFIED);
    MvcResult early = mvc.perform(get("/api/filings/{id}/certificate", id).session(login("zone_jinan")))
        .andExpect(status().isConflict()).andReturn();
    assertThat(body(early).get("message").asText()).matches(CHINESE);
  }

  @Test
  void certificatePdfCarriesChineseTextTheNumberAndAVerifiableCode() throws Exception {
    long id = approved();
    Filing filing = filing(id);
    MvcResult result = null;
    for (int i = 1; i <= 2; i++) {
      long started = System.nanoTime();
      result = mvc.perform(get("/api/filings/{id}/certificate", id).session(login("univ_sdu")))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Type", "application/pdf"))
          .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
          .andReturn();
      System.out.printf("certificate PDF download %d: %d bytes, %d ms%n", i,
          result.getResponse().getContentAsByteArray().length, (System.nanoTime() - started) / 1_000_000);
    }
    byte[] pdf = result.getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      keepForReview(pdf, doc);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("区校联动结对备案证明", filing.filingNo, filing.zoneName, filing.universityName,
          "合作期限", "2026年12月1日 至 2028年12月31日", "山东省科学技术厅");
      assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          .count()).as("Han characters").isGreaterThan(80);
      // the font is embedded (a subset), not merely named
      PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator()
          .next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("WenQuanYi");
      // no contact details on a certificate
      assertThat(text).doesNotContain("13800000000", "13900000000", "张三", "李四");

      Matcher code = CODE_IN_PDF.matcher(text);
      assertThat(code.find()).as("verification code printed: %s", text).isTrue();
      assertThat(code.group(1)).isEqualTo(qualification(id, "zone_jinan").get("verificationCode").asText());
      assertThat(text.replaceAll("\\s", "")).contains("/verify?code=" + code.group(1).replace("-", ""));
      JsonNode verified = verify(code.group(1));
      assertThat(verified.get("valid").asBoolean()).isTrue();
      // the QR code, read back from the rendered page, holds the same verification address
      assertThat(qrOnPage(doc)).endsWith("/verify?code=" + code.group(1).replace("-", ""));
    }
  }

  private static String qrOnPage(PDDocument doc) throws Exception {
    java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
        new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
        java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
  }

  /** The PDF and a rendering of its page beside the browser screenshots, for people to look at. */
  private static void keepForReview(byte[] pdf, PDDocument doc) throws Exception {
    String dir = System.getProperty("screenshot.dir");
    if (dir == null) {
      return;
    }
    java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
    java.nio.file.Files.write(folder.resolve("certificate.pdf"), pdf);
    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96), "png",
        folder.resolve("certificate.png").toFile());
  }

  @Test
  void verificationWithoutLoginShowsOnlyNonPersonalFields() throws Exception {
    long id = approved();
    Filing filing = filing(id);
    String code = qualification(id, "zone_jinan").get("verificationCode").asText();
    MvcResult result = mvc.perform(get("/api/public/certificates/verify").param("code", code.toLowerCase()))
        .andExpect(status().isOk()).andReturn();
    JsonNode v = body(result);
    assertThat(v.get("valid").asBoolean()).isTrue();
    assertThat(v.get("filingNo").asText()).isEqualTo(filing.filingNo);
    assertThat(v.get("zoneName").asText()).isEqualTo(filing.zoneName);
    assertThat(v.get("subjectName").asText()).isEqualTo(filing.universityName);
    assertThat(v.get("cityName").asText()).isEqualTo("济南市");
    assertThat(v.get("stateLabel").asText()).isEqualTo("有效");
    String raw = result.getResponse().getContentAsString();
    assertThat(raw).doesNotContain("13800000000", "zhang@zone.cn", "张三", "李四", "Contact");
  }

  @ParameterizedTest(name = "altered at position {0}")
  @ValueSource(ints = {0, 7, 19})
  void anAlteredCodeIsInvalid(int position) throws Exception {
    long id = approved();
    String code = CertificateSigner.normalize(qualification(id, "zone_jinan").get("verificationCode").asText());
    char c = code.charAt(position);
    String altered = code.substring(0, position) + (c == 'A' ? 'B' : 'A') + code.substring(position + 1);
    JsonNode v = verify(altered);
    assertThat(v.get("valid").asBoolean()).isFalse();
    assertThat(v.get("filingNo").isNull()).isTrue();
    assertThat(v.get("zoneName").isNull()).isTrue();
  }

  @ParameterizedTest(name = "invented code \"{0}\"")
  @ValueSource(strings = {"0000-0000-0000-0000-0000", "ABCDEFGHJKMNPQRSTVWX", "short", "鲁区校备", "' OR 1=1 --"})
  void inventedCodesAreInvalid(String code) throws Exception {
    assertThat(verify(code).get("valid").asBoolean()).isFalse();
  }

  @Test
  void aCodeWhoseFactsWereChangedInTheDatabaseNoLongerVerifies() throws Exception {
    long id = approved();
    String code = qualification(id, "zone_jinan").get("verificationCode").asText();
    assertThat(verify(code).get("valid").asBoolean()).isTrue();
    // someone with database access extends the period: the stored code no longer signs these facts
    jdbc.update("UPDATE filing SET end_date = ? WHERE id = ?", LocalDate.of(2030, 12, 31), id);
    assertThat(verify(code).get("valid").asBoolean()).isFalse();
  }

  @Test
  void overlongCodeIsA400InChinese() throws Exception {
    MvcResult bad = mvc.perform(get("/api/public/certificates/verify").param("code", "A".repeat(65)))
        .andExpect(status().isBadRequest()).andReturn();
    assertThat(body(bad).get("message").asText()).matches(CHINESE);
  }

  @Test
  void publicListShowsActivePairingsWithoutPersonalDataFilterableByCity() throws Exception {
    long id = approved();
    String filingNo = filing(id).filingNo;
    MvcResult all = mvc.perform(get("/api/public/pairings").param("size", "100")).andExpect(status().isOk())
        .andReturn();
    JsonNode page = body(all);
    assertThat(page.get("total").asLong()).isPositive();
    assertThat(numbers(page)).contains(filingNo);
    assertThat(all.getResponse().getContentAsString()).doesNotContain("13800000000", "zhang@zone.cn", "张三");

    JsonNode jinan = body(mvc.perform(get("/api/public/pairings").param("city", "370100").param("size", "100"))
        .andExpect(status().isOk()).andReturn());
    assertThat(numbers(jinan)).contains(filingNo);
    jinan.get("items").forEach(item -> assertThat(item.get("cityCode").asText()).isEqualTo("370100"));
    JsonNode qingdao = body(mvc.perform(get("/api/public/pairings").param("city", "370200").param("size", "100"))
        .andExpect(status().isOk()).andReturn());
    assertThat(numbers(qingdao)).doesNotContain(filingNo);

    // a qualification that has ended is no longer listed
    jdbc.update("UPDATE qualification SET terminated_on = ? WHERE filing_id = ?", LocalDate.now(clock), id);
    JsonNode after = body(mvc.perform(get("/api/public/pairings").param("city", "370100").param("size", "100"))
        .andExpect(status().isOk()).andReturn());
    assertThat(numbers(after)).doesNotContain(filingNo);
  }

  @Test
  void publicCitiesWithoutLoginForTheListFilter() throws Exception {
    JsonNode cities = body(mvc.perform(get("/api/public/cities")).andExpect(status().isOk()).andReturn());
    List<String> names = new ArrayList<>();
    cities.forEach(c -> names.add(c.get("name").asText()));
    assertThat(names).contains("济南市", "青岛市");
  }

  @Test
  void otherApiPathsStayClosedWithoutLogin() throws Exception {
    mvc.perform(get("/api/filings")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/admin/cities")).andExpect(status().isUnauthorized());
  }

  @Test
  void publicListRejectsBadPaging() throws Exception {
    mvc.perform(get("/api/public/pairings").param("size", "101")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/public/pairings").param("page", "0")).andExpect(status().isBadRequest());
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.get("items").forEach(item -> numbers.add(item.get("filingNo").asText()));
    return numbers;
  }
}
