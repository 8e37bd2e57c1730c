package cn.sd.pairing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.qualification.ApprovedFilingTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every export and file download leaves exactly one audit row: who, from which organisation and address, what. */
class DownloadAuditTest extends ApprovedFilingTest {
  private static final String ADDRESS = "10.20.30.40";

  @Autowired AuditMapper audit;

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private List<AuditRecord> rows(String username, AuditEventType event, String target) {
    return audit.search(new AuditFilter(null, null, username, event, null), 0, 1000).stream()
        .filter(r -> target.equals(r.target)).toList();
  }

  /** Performs the download and returns the one new audit row it left. */
  private AuditRecord oneNewRow(String username, AuditEventType event, String target, String url, int expected)
      throws Exception {
    int before = rows(username, event, target).size();
    mvc.perform(get(url).session(login(username)).with(from(ADDRESS))).andExpect(status().is(expected));
    List<AuditRecord> after = rows(username, event, target);
    assertThat(after).hasSize(before + 1);
    AuditRecord row = after.get(0); // newest first
    assertThat(row.ip).isEqualTo(ADDRESS);
    assertThat(row.userId).isNotNull();
    assertThat(row.occurredAt).isNotNull();
    return row;
  }

  @Test
  void aMetricsExportIsAudited() throws Exception {
    AuditRecord row = oneNewRow("monitor", AuditEventType.EXPORT, "metrics:coverage-city",
        "/api/metrics/export?table=coverage-city", 200);
    assertThat(row.result).isEqualTo(AuditResult.SUCCESS);
    assertThat(row.orgName).isEqualTo("山东省科学技术厅");
    assertThat(row.detail).isEqualTo("覆盖率（按城市）");
  }

  @Test
  void theUnpairedZonesExportIsAudited() throws Exception {
    AuditRecord row = oneNewRow("city_jinan", AuditEventType.EXPORT, "matchmaking:unpaired",
        "/api/matchmaking/unpaired/export", 200);
    assertThat(row.result).isEqualTo(AuditResult.SUCCESS);
    assertThat(row.orgName).isEqualTo("济南市科学技术局");
  }

  @Test
  void certificateDownloadsAreAuditedAndSoIsARefusedOne() throws Exception {
    long id = approved();
    AuditRecord row = oneNewRow("univ_sdu", AuditEventType.CERTIFICATE_DOWNLOAD, "filing:" + id,
        "/api/filings/" + id + "/certificate", 200);
    assertThat(row.result).isEqualTo(AuditResult.SUCCESS);
    assertThat(row.orgName).isEqualTo("山东大学");
    assertThat(AuditEventType.CERTIFICATE_DOWNLOAD.label()).isEqualTo("下载备案证明");

    // somebody else's certificate: 404 to the caller, a FAILURE row for the audit administrator
    AuditRecord refused = oneNewRow("zone_qingdao", AuditEventType.CERTIFICATE_DOWNLOAD, "filing:" + id,
        "/api/filings/" + id + "/certificate", 404);
    assertThat(refused.result).isEqualTo(AuditResult.FAILURE);
    assertThat(refused.orgName).isEqualTo("青岛高新技术产业开发区");
    assertThat(refused.detail).matches(CHINESE);
  }

  @Test
  void anAttachmentDownloadIsAudited() throws Exception {
    long id = approved();
    long attachment = attachmentMapper.findByFiling(id).get(0).id;
    String target = "filing:" + id + "/attachment:" + attachment;
    AuditRecord row = oneNewRow("city_jinan", AuditEventType.ATTACHMENT_DOWNLOAD, target,
        "/api/filings/" + id + "/attachments/" + attachment + "/content", 200);
    assertThat(row.result).isEqualTo(AuditResult.SUCCESS);
  }
}
