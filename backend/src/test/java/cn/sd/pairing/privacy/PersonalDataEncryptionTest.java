package cn.sd.pairing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.change.ChangeMapper;
import cn.sd.pairing.change.ChangeStatus;
import cn.sd.pairing.change.FilingChange;
import cn.sd.pairing.change.FilingSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

/** Contact phones and e-mails at rest: encrypted columns on the real database, read back through the API. */
class PersonalDataEncryptionTest extends ApiTest {
  private static final List<String> CONTACTS = PlaintextColumns.ENCRYPTED.get("filing");

  @Autowired JdbcTemplate jdbc;
  @Autowired ColumnCipher cipher;
  @Autowired PlaintextColumns plaintext;
  @Autowired ChangeMapper changeMapper;

  private Map<String, Object> raw(String table, long id) {
    return jdbc.queryForMap("SELECT " + String.join(", ", CONTACTS) + " FROM " + table + " WHERE id = ?", id);
  }

  private Map<String, Object> sameContactOnBothSides() {
    Map<String, Object> form = form("U001");
    form.put("zoneContact", new LinkedHashMap<>(Map.of("name", "张三", "phone", "13812345678", "email",
        "same@example.cn")));
    form.put("universityContact", new LinkedHashMap<>(Map.of("name", "张三", "phone", "13812345678", "email",
        "same@example.cn")));
    return form;
  }

  @Test
  void theDatabaseHoldsNoPlaintextAndEqualValuesDifferButTheApiReadsThemBack() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, sameContactOnBothSides());

    Map<String, Object> stored = raw("filing", id);
    assertThat(stored.values()).allSatisfy(v -> assertThat((String) v).startsWith("enc1:")
        .doesNotContain("13812345678").doesNotContain("same@").doesNotContain("5678"));
    assertThat(stored.get("zone_contact_phone")).as("a fresh IV per value").isNotEqualTo(stored.get("univ_contact_phone"));
    assertThat(stored.get("zone_contact_email")).isNotEqualTo(stored.get("univ_contact_email"));
    // nothing in the row as text holds the number either (e.g. a stray copy in another column)
    String wholeRow = jdbc.queryForMap("SELECT * FROM filing WHERE id = ?", id).toString();
    assertThat(wholeRow).doesNotContain("13812345678").doesNotContain("same@example.cn");

    JsonNode own = detail(id, zone);
    assertThat(own.path("zoneContact").path("phone").asText()).isEqualTo("13812345678");
    assertThat(own.path("universityContact").path("email").asText()).isEqualTo("same@example.cn");

    // a save re-encrypts with a new IV; the value stays
    Map<String, Object> form = sameContactOnBothSides();
    putJson("/api/filings/" + id, zone, form).andExpect(status().isOk());
    assertThat(raw("filing", id).get("zone_contact_phone")).isNotEqualTo(stored.get("zone_contact_phone"));
    assertThat(detail(id, zone).path("zoneContact").path("phone").asText()).isEqualTo("13812345678");
  }

  @Test
  void readersWhoNeedNoContactsGetPhoneAndEmailMasked() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    JsonNode monitor = detail(id, login("monitor"));
    assertThat(monitor.path("zoneContact").path("phone").asText()).isEqualTo("138****0000");
    assertThat(monitor.path("zoneContact").path("email").asText()).isEqualTo("a***@b.cn");
    assertThat(monitor.path("universityContact").path("email").asText()).isEqualTo("c***@d.cn");
    JsonNode reviewer = detail(id, login("city_jinan"));
    assertThat(reviewer.path("zoneContact").path("email").asText()).isEqualTo("a@b.cn");
  }

  @Test
  void listsAndExportsCarryNoContactData() throws Exception {
    long id = createAndSubmit(login("zone_jinan"), "U001");
    for (String user : List.of("monitor", "city_jinan")) {
      String list = getJson("/api/filings?size=100", login(user)).andExpect(status().isOk()).andReturn()
          .getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(list).contains("\"id\":" + id).doesNotContain("13800000000").doesNotContain("138****")
          .doesNotContain("a@b.cn");
    }
    for (String url : List.of("/api/metrics/export?table=filings&kind=in_progress", "/api/metrics/export?table=unpaired",
        "/api/matchmaking/unpaired/export")) {
      byte[] xlsx = mvc.perform(get(url).session(login("monitor"))).andExpect(status().isOk()).andReturn()
          .getResponse().getContentAsByteArray();
      assertThat(xlsxText(xlsx)).as(url).doesNotContain("13800000000").doesNotContain("13900000000")
          .doesNotContain("138****").doesNotContain("a@b.cn").doesNotContain("enc1:");
    }
  }

  /** Every cell of every sheet of an .xlsx, as text. */
  private static String xlsxText(byte[] xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        for (Row row : sheet.read()) {
          row.stream().forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('\t'));
          text.append('\n');
        }
      }
    }
    assertThat(text).as("an .xlsx with a header row").isNotEmpty();
    return text.toString();
  }

  @Test
  void changeFilingsAndSnapshotsAreEncryptedToo() {
    long filingId = draft("zone_jinan", "U001");
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    FilingChange change = new FilingChange();
    change.filingId = filingId;
    change.status = ChangeStatus.DRAFT;
    change.applicantOrgId = orgId("GX370101");
    change.createdBy = user("zone_jinan").id();
    change.createdAt = now;
    change.updatedAt = now;
    change.zoneContactPhone = "13711112222";
    change.zoneContactEmail = "wang@zone.cn";
    change.univContactPhone = "13711112222";
    change.univContactEmail = "wang@zone.cn";
    changeMapper.insert(change);
    FilingSnapshot snapshot = new FilingSnapshot();
    snapshot.filingId = filingId;
    snapshot.changeId = change.id;
    snapshot.takenAt = now;
    snapshot.zoneContactPhone = "13711112222";
    snapshot.univContactEmail = "wang@zone.cn";
    changeMapper.insertSnapshot(snapshot);
    try {
      Map<String, Object> changeRow = raw("filing_change", change.id);
      assertThat(changeRow.values()).allSatisfy(v -> assertThat((String) v).startsWith("enc1:")
          .doesNotContain("13711112222").doesNotContain("wang@"));
      assertThat(changeRow.get("zone_contact_phone")).isNotEqualTo(changeRow.get("univ_contact_phone"));
      Map<String, Object> snapshotRow = raw("filing_snapshot", snapshot.id);
      assertThat((String) snapshotRow.get("zone_contact_phone")).startsWith("enc1:");
      assertThat(snapshotRow.get("zone_contact_email")).isNull();

      assertThat(changeMapper.findById(change.id).univContactPhone).isEqualTo("13711112222");
      FilingSnapshot read = changeMapper.findSnapshot(change.id);
      assertThat(read.zoneContactPhone).isEqualTo("13711112222");
      assertThat(read.univContactEmail).isEqualTo("wang@zone.cn");
    } finally {
      jdbc.update("DELETE FROM filing_snapshot WHERE change_id = ?", change.id);
      changeMapper.delete(change.id);
    }
  }

  @Test
  void plaintextRowsAreEncryptedAtStartUpOnceAndReadTheSame() throws Exception {
    MockHttpSession zone = login("zone_jinan");
    long id = createDraft(zone, form("U001"));
    // a row as it was before V20 (or as a tool that bypasses the application writes it)
    jdbc.update("UPDATE filing SET zone_contact_phone = '13700001111', univ_contact_email = 'old@univ.cn' "
        + "WHERE id = ?", id);
    assertThat(detail(id, zone).path("zoneContact").path("phone").asText()).isEqualTo("13700001111");

    plaintext.afterSingletonsInstantiated();
    Map<String, Object> once = raw("filing", id);
    assertThat(once.values()).allSatisfy(v -> assertThat((String) v).startsWith("enc1:"));
    assertThat(cipher.decrypt((String) once.get("zone_contact_phone"))).isEqualTo("13700001111");
    assertThat(detail(id, zone).path("universityContact").path("email").asText()).isEqualTo("old@univ.cn");

    // idempotent: a second pass leaves encrypted values alone
    assertThat(plaintext.encrypt("filing", CONTACTS)).isZero();
    assertThat(raw("filing", id)).isEqualTo(once);
  }

  @Test
  void aWrongKeyFailsClearlyAtStartUpAndOnRead() {
    long id = draft("zone_jinan", "U001");
    String stored = (String) raw("filing", id).get("zone_contact_phone");
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);
    ColumnCipher wrong = new ColumnCipher(other);

    assertThatThrownBy(() -> wrong.decrypt(stored)).isInstanceOf(ColumnCipher.WrongDataKey.class)
        .hasMessageContaining("pairing.security.data-key is not the key");
    assertThatThrownBy(() -> new PlaintextColumns(jdbc, wrong, transactionManager).checkKey())
        .isInstanceOf(ColumnCipher.WrongDataKey.class).hasMessageContaining("pairing.security.data-key");
    // an altered value fails the same way rather than reading as something else
    String altered = stored.substring(0, stored.length() - 3) + (stored.endsWith("AAA") ? "BBB" : "AAA");
    assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(ColumnCipher.WrongDataKey.class);
  }

  @Test
  void theKeyIsGeneratedOnceWhenNotConfiguredAndAConfiguredOneMustBe32Bytes(@TempDir Path dir) throws Exception {
    byte[] first = PersonalDataConfig.keptKey(dir.resolve("data-key"));
    byte[] again = PersonalDataConfig.keptKey(dir.resolve("data-key"));
    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(Files.readString(dir.resolve("data-key")).strip()).hasSize(44);

    PersonalDataConfig config = new PersonalDataConfig();
    assertThatThrownBy(() -> config.columnCipher("c2hvcnQ=", dir.toString()))
        .hasMessageContaining("32 random bytes");
    assertThatThrownBy(() -> config.columnCipher("not base64!", dir.toString()))
        .hasMessageContaining("not valid base64");
    String configured = java.util.Base64.getEncoder().encodeToString(first);
    assertThat(config.columnCipher(configured, dir.toString()).decrypt(new ColumnCipher(first).encrypt("x")))
        .isEqualTo("x");
  }
}
