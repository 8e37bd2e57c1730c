package cn.sd.pairing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.security.ApiClient;
import cn.sd.pairing.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The audit trail on the real database: what is recorded, in which transaction, and that tampering shows. */
class AuditTrailTest extends IntegrationTest {
  @Autowired AuditMapper audit;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;

  private List<AuditRecord> rowsOf(String username, AuditEventType event) {
    return audit.search(new AuditFilter(null, null, username, event, null), 0, 100);
  }

  @Test
  void loginFailureSuccessAndLogoutAreRecordedWithUserOrgAndAddress() throws Exception {
    String name = "audit_" + ApiClient.unique().toLowerCase();
    ensureUser(name, "审计测试", "GX370101", Role.ZONE_OPERATOR);
    mvc.perform(post("/api/auth/login").with(csrf()).with(r -> { r.setRemoteAddr("10.1.2.3"); return r; })
            .contentType(MediaType.APPLICATION_JSON)
            .content(toJson(Map.of("username", name, "password", "Wrong@2026x"))))
        .andExpect(status().isUnauthorized());
    MockHttpSession session = freshLogin(name);
    mvc.perform(post("/api/auth/logout").session(session).with(csrf())).andExpect(status().isNoContent());

    List<AuditRecord> logins = rowsOf(name, AuditEventType.LOGIN);
    assertThat(logins).extracting(r -> r.result).containsExactly(AuditResult.SUCCESS, AuditResult.FAILURE);
    AuditRecord failure = logins.get(1);
    assertThat(failure.ip).isEqualTo("10.1.2.3");
    assertThat(failure.orgName).isEqualTo("济南高新技术产业开发区");
    assertThat(failure.detail).contains("密码错误").doesNotContain("Wrong@2026x");
    assertThat(logins.get(0).userId).isNotNull();
    assertThat(rowsOf(name, AuditEventType.LOGOUT)).singleElement().satisfies(r -> {
      assertThat(r.result).isEqualTo(AuditResult.SUCCESS);
      assertThat(r.occurredAt).isNotNull();
    });
  }

  @Test
  void aWorkflowActionIsRecordedWithItsTargetAndAFailedOneAsFailure() throws Exception {
    long id = draft("zone_jinan", "U001");
    MockHttpSession zone = login("zone_jinan");
    mvc.perform(post("/api/filings/" + id + "/submit").session(zone).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(toJson(completeForm("U001"))))
        .andExpect(status().isOk());
    assertThat(statusOf(id)).isNotEqualTo(FilingStatus.DRAFT);
    // submitting again: 409, rolled back, audited as a failure on its own
    mvc.perform(post("/api/filings/" + id + "/submit").session(zone).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(toJson(completeForm("U001"))))
        .andExpect(status().isConflict());

    List<AuditRecord> rows = audit.search(new AuditFilter(null, null, "zone_jinan", AuditEventType.FILING_SUBMIT, null),
        0, 100).stream().filter(r -> ("filing:" + id).equals(r.target)).toList();
    assertThat(rows).extracting(r -> r.result).containsExactly(AuditResult.FAILURE, AuditResult.SUCCESS);
    assertThat(rows.get(0).detail).matches(CHINESE);
    assertThat(rows.get(1).orgName).isEqualTo("济南高新技术产业开发区");
  }

  @Test
  void theAuditRowRollsBackWithItsAction() {
    long before = audit.head().lastSeq();
    long id = draft("zone_jinan", "U001");
    long afterDraft = audit.head().lastSeq();
    assertThat(afterDraft).isGreaterThan(before); // FILING_CREATE + ATTACHMENT_UPLOAD
    try {
      new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
        filingService.update(id, completeForm("U001"), user("zone_jinan"));
        assertThat(audit.head().lastSeq()).isEqualTo(afterDraft + 1);
        throw new IllegalStateException("roll back");
      });
    } catch (IllegalStateException expected) {
      // the update and its audit row are gone together
    }
    assertThat(audit.head().lastSeq()).isEqualTo(afterDraft);
    assertThat(trail.walk().ok()).isTrue();
  }

  @Test
  void denialsAreRecorded() throws Exception {
    mvc.perform(get("/api/admin/users").session(login("zone_qingdao"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/audit/events").session(login("sysadmin"))).andExpect(status().isForbidden());
    assertThat(rowsOf("zone_qingdao", AuditEventType.ACCESS_DENIED)).first().satisfies(r -> {
      assertThat(r.result).isEqualTo(AuditResult.DENIED);
      assertThat(r.target).isEqualTo("GET /api/admin/users");
    });
    assertThat(rowsOf("sysadmin", AuditEventType.ACCESS_DENIED)).first()
        .satisfies(r -> assertThat(r.target).isEqualTo("GET /api/audit/events"));
  }

  @Test
  void changingOrDeletingOneRowBySqlIsDetectedAtThatRow() throws Exception {
    long id = draft("zone_jinan", "U001"); // at least two fresh rows
    AuditMapper.ChainHead head = audit.head();
    long victim = head.lastSeq() - 1;
    assertThat(trail.walk().ok()).isTrue();
    String detail = jdbc.queryForObject("SELECT target FROM audit_event WHERE seq = ?", String.class, victim);
    try {
      jdbc.update("UPDATE audit_event SET target = 'filing:999999' WHERE seq = ?", victim);
      MvcResult result = mvc.perform(post("/api/audit/verify").session(login("auditadmin")).with(csrf()))
          .andExpect(status().isOk()).andReturn();
      JsonNode verdict = body(result);
      assertThat(verdict.path("ok").asBoolean()).isFalse();
      assertThat(verdict.path("firstBrokenSeq").asLong()).isEqualTo(victim);
      assertThat(verdict.path("reason").asText()).contains("被修改");
    } finally {
      jdbc.update("UPDATE audit_event SET target = ? WHERE seq = ?", detail, victim);
    }
    assertThat(trail.walk().ok()).isTrue();

    // a deleted row (put back afterwards) breaks the chain at its place
    AuditRecord row = audit.chainAfter(victim - 1, 1).get(0);
    jdbc.update("DELETE FROM audit_event WHERE seq = ?", victim);
    try {
      AuditTrail.Verification verdict = trail.walk();
      assertThat(verdict.ok()).isFalse();
      assertThat(verdict.firstBrokenSeq()).isEqualTo(victim);
    } finally {
      audit.insert(row);
    }
    assertThat(trail.walk().ok()).isTrue();
    assertThat(id).isPositive();
  }

  @Test
  void thePurgeAnchorsTheChainSoTheRestStillVerifies() throws Exception {
    draft("zone_jinan", "U001");
    Thread.sleep(1100); // rows are kept at whole seconds
    LocalDateTime cutoff = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    draft("zone_jinan", "U001");
    long newest = audit.head().lastSeq();
    int deleted = trail.purgeBefore(cutoff);
    assertThat(deleted).isPositive();
    AuditMapper.ChainHead head = audit.head();
    assertThat(head.anchorSeq()).isLessThan(newest);
    assertThat(audit.chainAfter(0, 1).get(0).seq).isEqualTo(head.anchorSeq() + 1);
    AuditTrail.Verification verdict = trail.walk();
    assertThat(verdict.ok()).as(verdict.toString()).isTrue();
    assertThat(rowsOf(null, AuditEventType.AUDIT_PURGE)).first().satisfies(r -> assertThat(r.detail).contains("清理"));
  }

  @Test
  void onlyTheAuditAdministratorSearchesAndExports() throws Exception {
    MockHttpSession auditor = login("auditadmin");
    MvcResult page = mvc.perform(get("/api/audit/events").param("event", "LOGIN").param("size", "5").session(auditor))
        .andExpect(status().isOk()).andReturn();
    JsonNode items = body(page).path("items");
    assertThat(items.size()).isBetween(1, 5);
    assertThat(items.get(0).path("eventLabel").asText()).isEqualTo("登录");
    MvcResult export = mvc.perform(get("/api/audit/events/export").param("event", "LOGIN")
            .param("from", java.time.LocalDate.now(clock).minusDays(1).toString()).session(auditor))
        .andExpect(status().isOk()).andReturn();
    byte[] xlsx = export.getResponse().getContentAsByteArray();
    assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
    assertThat(rowsOf("auditadmin", AuditEventType.EXPORT)).isNotEmpty();
    mvc.perform(get("/api/audit/events").param("from", "2026-02-01").param("to", "2026-01-01").session(auditor))
        .andExpect(status().isBadRequest());

    for (String other : List.of("sysadmin", "secadmin", "monitor", "prov_st", "zone_jinan")) {
      mvc.perform(get("/api/audit/events").session(login(other))).andExpect(status().isForbidden());
      mvc.perform(get("/api/audit/events/export").session(login(other))).andExpect(status().isForbidden());
      mvc.perform(post("/api/audit/verify").session(login(other)).with(csrf())).andExpect(status().isForbidden());
    }
  }
}
