package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * GET /api/filings with q, year, sort and order: search by partner names and the filing number,
 * the year of submission (drafts: of creation), whitelisted sorting, and the visibility scope
 * still applied. Every run makes its own zones and universities with a unique token in their
 * names, so the results are exact on a database full of earlier data.
 */
class FilingListApiTest extends ApiTest {
  private String token;
  private Org zoneA;
  private Org univ;
  private Filing early; // submitted 2024, approved with a number
  private Filing later; // submitted 2025, city review
  private Filing draft; // draft of zone A, created now
  private Filing otherZone; // zone B, same university, submitted 2025
  private String earlyNo;
  private MockHttpSession zoneSession;

  @BeforeEach
  void scenario() throws Exception {
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    token = TestRegistry.code("").substring(0, 8).toUpperCase(Locale.ROOT);
    String city = registry.city("检索测试市" + token);
    zoneA = registry.org(OrgType.ZONE, "检索高新区甲" + token, city);
    Org zoneB = registry.org(OrgType.ZONE, "检索高新区乙" + token, city);
    univ = registry.org(OrgType.UNIVERSITY, "Search University " + token, city);
    String username = "list" + token.toLowerCase(Locale.ROOT);
    ensureUser(username, "检索测试经办人", zoneA.code, Role.ZONE_OPERATOR);
    long creator = userMapper.findByUsername(username).id;

    early = registry.filing(zoneA, univ, FilingStatus.DRAFT, creator);
    filingMapper.markSubmitted(early.id, null, LocalDateTime.of(2024, 5, 1, 9, 0));
    int year = 1901 + (int) (early.id % 90);
    int seq = (int) (early.id % 9000) + 1;
    earlyNo = FilingNumberService.format(year, seq);
    filingMapper.markApproved(early.id, year, seq, earlyNo, LocalDateTime.of(2024, 6, 1, 9, 0));

    later = registry.filing(zoneA, univ, FilingStatus.DRAFT, creator);
    filingMapper.markSubmitted(later.id, null, LocalDateTime.of(2025, 3, 1, 9, 0));
    filingMapper.updateStatus(later.id, FilingStatus.CITY_REVIEW, LocalDateTime.of(2025, 3, 2, 9, 0));

    draft = registry.filing(zoneA, univ, FilingStatus.DRAFT, creator);

    otherZone = registry.filing(zoneB, univ, FilingStatus.DRAFT, creator);
    filingMapper.markSubmitted(otherZone.id, null, LocalDateTime.of(2025, 4, 1, 9, 0));
    filingMapper.updateStatus(otherZone.id, FilingStatus.CITY_REVIEW, LocalDateTime.of(2025, 4, 1, 9, 0));

    zoneSession = login(username);
  }

  private JsonNode list(MockHttpSession session, String params) throws Exception {
    return body(getJson("/api/filings?size=100&" + params, session).andExpect(status().isOk()).andReturn());
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  /** MockMvc encodes the URL template itself: values go in as typed (none holds '&' or '#'). */
  private static String enc(String text) {
    return text;
  }

  @Test
  void searchesByZoneName() throws Exception {
    JsonNode page = list(zoneSession, "q=" + enc("检索高新区甲" + token));
    assertThat(ids(page)).containsExactlyInAnyOrder(early.id, later.id, draft.id);
    assertThat(page.path("total").asLong()).isEqualTo(3);
  }

  @Test
  void searchesByUniversityNameInAnyCase() throws Exception {
    JsonNode page = list(zoneSession, "q=" + enc("search UNIVERSITY " + token.toLowerCase(Locale.ROOT)));
    assertThat(ids(page)).containsExactlyInAnyOrder(early.id, later.id, draft.id);
  }

  @Test
  void searchesByFilingNumber() throws Exception {
    JsonNode page = list(zoneSession, "q=" + enc(earlyNo));
    assertThat(ids(page)).containsExactly(early.id);
    assertThat(page.path("items").get(0).path("filingNo").asText()).isEqualTo(earlyNo);
    // a part of the number works too
    assertThat(ids(list(zoneSession, "q=" + enc(earlyNo.substring(4, 12))))).contains(early.id);
  }

  @Test
  void wildcardsMatchLiterally() throws Exception {
    assertThat(ids(list(zoneSession, "q=" + enc("%")))).isEmpty();
    assertThat(ids(list(zoneSession, "q=" + enc("检索高新区_" + token)))).isEmpty();
  }

  @Test
  void filtersByYearOfSubmissionAndDraftsByCreation() throws Exception {
    String q = "q=" + enc(token);
    assertThat(ids(list(zoneSession, q + "&year=2024"))).containsExactly(early.id);
    assertThat(ids(list(zoneSession, q + "&year=2025"))).containsExactly(later.id);
    int thisYear = draft.createdAt.getYear();
    assertThat(ids(list(zoneSession, q + "&year=" + thisYear))).containsExactly(draft.id);
    assertThat(ids(list(zoneSession, q + "&year=2023"))).isEmpty();
    assertThat(ids(list(zoneSession, q + "&year=2025&status=CITY_REVIEW"))).containsExactly(later.id);
    getJson("/api/filings?year=1800", zoneSession).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("year"));
    getJson("/api/filings?year=abc", zoneSession).andExpect(status().isBadRequest());
  }

  @Test
  void sortsBySubmissionTimeWithDraftsLast() throws Exception {
    String q = "q=" + enc(token);
    assertThat(ids(list(zoneSession, q + "&sort=submittedAt&order=asc")))
        .containsExactly(early.id, later.id, draft.id);
    assertThat(ids(list(zoneSession, q + "&sort=submittedAt&order=desc")))
        .containsExactly(later.id, early.id, draft.id);
  }

  @Test
  void sortsByUpdateTime() throws Exception {
    String q = "q=" + enc(token);
    // early: 2024-06-01, later: 2025-03-02, draft: now
    assertThat(ids(list(zoneSession, q + "&sort=updatedAt&order=asc")))
        .containsExactly(early.id, later.id, draft.id);
    assertThat(ids(list(zoneSession, q + "&sort=updatedAt&order=desc")))
        .containsExactly(draft.id, later.id, early.id);
    // the default: newest change first
    assertThat(ids(list(zoneSession, q))).containsExactly(draft.id, later.id, early.id);
  }

  @Test
  void sortsByFilingNumberWithoutNumberLast() throws Exception {
    String q = "q=" + enc(token);
    List<Long> asc = ids(list(zoneSession, q + "&sort=filingNo&order=asc"));
    assertThat(asc.get(0)).isEqualTo(early.id);
    assertThat(asc).hasSize(3);
    List<Long> desc = ids(list(zoneSession, q + "&sort=filingNo&order=desc"));
    assertThat(desc.get(0)).isEqualTo(early.id);
    // without a number: by id in the same direction
    assertThat(asc.subList(1, 3)).containsExactly(later.id, draft.id);
    assertThat(desc.subList(1, 3)).containsExactly(draft.id, later.id);
  }

  @Test
  void sortsByStatus() throws Exception {
    String q = "q=" + enc(token);
    // codes in alphabetical order: APPROVED < CITY_REVIEW < DRAFT
    assertThat(ids(list(zoneSession, q + "&sort=status&order=asc")))
        .containsExactly(early.id, later.id, draft.id);
    assertThat(ids(list(zoneSession, q + "&sort=status&order=DESC")))
        .containsExactly(draft.id, later.id, early.id);
  }

  @Test
  void hostileSortOrOrderIsRefusedWith400() throws Exception {
    getJson("/api/filings?sort=" + enc("f.id; DROP TABLE filing"), zoneSession)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("sort"))
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.matchesPattern(CHINESE)));
    getJson("/api/filings?sort=zone_id", zoneSession).andExpect(status().isBadRequest());
    getJson("/api/filings?sort=submittedAt&order=" + enc("desc, (SELECT 1)"), zoneSession)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fieldErrors[0].field").value("order"));
    // the table is still there
    assertThat(ids(list(zoneSession, "q=" + enc(token)))).hasSize(3);
  }

  @Test
  void scopeStillAppliesWithSearch() throws Exception {
    // the same university name matches zone B's filing too, but zone A never sees it
    assertThat(ids(list(zoneSession, "q=" + enc(univ.name)))).doesNotContain(otherZone.id).hasSize(3);
    assertThat(ids(list(zoneSession, "q=" + enc("检索高新区乙" + token)))).isEmpty();
    // another zone's operator with the same search sees none of zone A's
    assertThat(ids(list(login("zone_qingdao"), "q=" + enc(token)))).isEmpty();
    // the province sees the submitted ones of both zones, never zone A's draft
    assertThat(ids(list(login("prov_st"), "q=" + enc(token) + "&sort=submittedAt&order=asc")))
        .containsExactly(early.id, later.id, otherZone.id);
  }
}
