package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * FilingMapper, and above all the one visibility rule (FilingScope) every filing query uses.
 * The scenario lives in two new cities made for the test, so counts in it are exact even
 * on a database full of earlier data; everything is rolled back.
 */
@Transactional
class FilingMapperTest extends IntegrationTest {
  private TestRegistry registry;
  private long creator;

  private String cityX;
  private String cityY;
  private Org zoneA; // city X
  private Org zoneB; // city X
  private Org zoneC; // city Y
  private Org univ1;
  private Org univ2;
  private Filing fA; // zone A ↔ univ 1, in city review
  private Filing fB; // zone B ↔ univ 2, in city review
  private Filing fC; // zone C ↔ univ 1, in province review
  private Filing draftA; // zone A ↔ univ 1, draft

  @BeforeEach
  void scenario() {
    registry = new TestRegistry(orgMapper, filingMapper);
    creator = userMapper.findByUsername("zone_jinan").id;
    cityX = registry.city("测试甲市");
    cityY = registry.city("测试乙市");
    zoneA = registry.org(OrgType.ZONE, "测试甲市高新区A", cityX);
    zoneB = registry.org(OrgType.ZONE, "测试甲市高新区B", cityX);
    zoneC = registry.org(OrgType.ZONE, "测试乙市高新区C", cityY);
    univ1 = registry.org(OrgType.UNIVERSITY, "测试大学一", cityX);
    univ2 = registry.org(OrgType.UNIVERSITY, "测试大学二", cityY);
    fA = registry.filing(zoneA, univ1, FilingStatus.CITY_REVIEW, creator);
    fB = registry.filing(zoneB, univ2, FilingStatus.CITY_REVIEW, creator);
    fC = registry.filing(zoneC, univ1, FilingStatus.PROVINCE_REVIEW, creator);
    draftA = registry.filing(zoneA, univ1, FilingStatus.DRAFT, creator);
  }

  private Set<Long> scenarioIds() {
    return Set.of(fA.id, fB.id, fC.id, draftA.id);
  }

  /** Which of the scenario's filings a scope sees, through findVisible. */
  private List<Long> visibleOne(FilingScope scope) {
    return scenarioIds().stream().filter(id -> filingMapper.findVisible(id, scope) != null).sorted().toList();
  }

  /** Which of the scenario's filings a scope lists, through findPage. */
  private List<Long> listed(FilingScope scope, FilingStatus status) {
    return filingMapper.findPage(scope, FilingQuery.all(status), 0, 100).stream().map(f -> f.id)
        .filter(scenarioIds()::contains).sorted().toList();
  }

  private static List<Long> ids(Filing... filings) {
    return java.util.Arrays.stream(filings).map(f -> f.id).sorted().toList();
  }

  @Test
  void insertAndFindByIdJoinTheRegistryNames() {
    Filing found = filingMapper.findById(fA.id);
    assertThat(found.id).isEqualTo(fA.id).isPositive();
    assertThat(found.zoneId).isEqualTo(zoneA.id);
    assertThat(found.initiatorOrgId).isEqualTo(zoneA.id);
    assertThat(found.zoneName).isEqualTo("测试甲市高新区A");
    assertThat(found.cityCode).isEqualTo(cityX);
    assertThat(found.cityName).isEqualTo("测试甲市");
    assertThat(found.universityId).isEqualTo(univ1.id);
    assertThat(found.universityName).isEqualTo("测试大学一");
    assertThat(found.keyTasks).isEqualTo("INDUSTRY_LAYOUT,TRANSFER");
    assertThat(found.startDate).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(found.endDate).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(found.zoneContactName).isEqualTo("张三");
    assertThat(found.zoneContactPhone).isEqualTo("13800000000");
    assertThat(found.zoneContactEmail).isEqualTo("zhang@zone.cn");
    assertThat(found.univContactName).isEqualTo("李四");
    assertThat(found.univContactPhone).isEqualTo("13900000000");
    assertThat(found.univContactEmail).isEqualTo("li@univ.cn");
    assertThat(found.status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(found.createdBy).isEqualTo(creator);
    assertThat(found.createdAt).isEqualTo(fA.createdAt);
    assertThat(found.updatedAt).isEqualTo(fA.updatedAt);
    assertThat(found.processInstanceId).isNull();
    assertThat(found.filingNo).isNull();
    assertThat(filingMapper.findById(Long.MAX_VALUE)).isNull();
  }

  @Test
  void aFilingWithoutUniversityStillLoads() {
    Filing bare = registry.filing(zoneA, null, FilingStatus.DRAFT, creator);
    Filing found = filingMapper.findById(bare.id);
    assertThat(found.universityId).isNull();
    assertThat(found.universityName).isNull();
    assertThat(found.zoneName).isEqualTo("测试甲市高新区A");
  }

  @Test
  void zoneSeesItsOwnFilingsIncludingItsDrafts() {
    FilingScope scope = new FilingScope(FilingScope.ZONE, zoneA.id, cityX);
    assertThat(visibleOne(scope)).isEqualTo(ids(fA, draftA));
    assertThat(listed(scope, null)).isEqualTo(ids(fA, draftA));
    assertThat(filingMapper.count(scope, FilingQuery.all(null))).isEqualTo(2);
    assertThat(filingMapper.count(scope, FilingQuery.all(FilingStatus.DRAFT))).isEqualTo(1);
    assertThat(listed(scope, FilingStatus.CITY_REVIEW)).isEqualTo(ids(fA));

    FilingScope other = new FilingScope(FilingScope.ZONE, zoneB.id, cityX);
    assertThat(visibleOne(other)).isEqualTo(ids(fB));
    assertThat(filingMapper.count(other, FilingQuery.all(null))).isEqualTo(1);
  }

  @Test
  void universitySideSeesFilingsWhereItIsTheUniversityButNotOthersDrafts() {
    FilingScope scope = new FilingScope(FilingScope.UNIVERSITY_SIDE, univ1.id, cityX);
    assertThat(visibleOne(scope)).isEqualTo(ids(fA, fC));
    assertThat(listed(scope, null)).isEqualTo(ids(fA, fC));
    assertThat(filingMapper.count(scope, FilingQuery.all(null))).isEqualTo(2);
    assertThat(filingMapper.count(scope, FilingQuery.all(FilingStatus.PROVINCE_REVIEW))).isEqualTo(1);

    FilingScope univ2Scope = new FilingScope(FilingScope.UNIVERSITY_SIDE, univ2.id, cityY);
    assertThat(visibleOne(univ2Scope)).isEqualTo(ids(fB));
  }

  @Test
  void cityBureauSeesTheZonesOfItsCityButNoDrafts() {
    Org bureauX = registry.org(OrgType.CITY_BUREAU, "测试甲市科学技术局", cityX);
    FilingScope scope = new FilingScope(FilingScope.CITY, bureauX.id, cityX);
    assertThat(visibleOne(scope)).isEqualTo(ids(fA, fB));
    assertThat(listed(scope, null)).isEqualTo(ids(fA, fB));
    assertThat(filingMapper.count(scope, FilingQuery.all(null))).isEqualTo(2);
    assertThat(filingMapper.count(scope, FilingQuery.all(FilingStatus.PROVINCE_REVIEW))).isZero();

    Org bureauY = registry.org(OrgType.CITY_BUREAU, "测试乙市科学技术局", cityY);
    FilingScope scopeY = new FilingScope(FilingScope.CITY, bureauY.id, cityY);
    assertThat(visibleOne(scopeY)).isEqualTo(ids(fC));
    assertThat(filingMapper.count(scopeY, FilingQuery.all(null))).isEqualTo(1);
  }

  @Test
  void provinceSeesAllSubmittedFilingsButNotOthersDrafts() {
    long provinceSt = orgId("PROV-ST");
    FilingScope scope = new FilingScope(FilingScope.ALL, provinceSt, null);
    assertThat(visibleOne(scope)).isEqualTo(ids(fA, fB, fC));
    long total = filingMapper.count(scope, FilingQuery.all(null));
    assertThat(total).isGreaterThanOrEqualTo(3);
    // newest first: once touched last, the scenario's three submitted filings head the list
    LocalDateTime tomorrow = TestRegistry.now().plusDays(1);
    filingMapper.updateStatus(fA.id, FilingStatus.CITY_REVIEW, tomorrow);
    filingMapper.updateStatus(fB.id, FilingStatus.CITY_REVIEW, tomorrow);
    filingMapper.updateStatus(fC.id, FilingStatus.PROVINCE_REVIEW, tomorrow);
    List<Long> firstPage = filingMapper.findPage(scope, FilingQuery.all(null), 0, 3).stream().map(f -> f.id).sorted().toList();
    assertThat(firstPage).isEqualTo(ids(fA, fB, fC));
    assertThat(filingMapper.findPage(scope, FilingQuery.all(null), 0, 100)).hasSizeLessThanOrEqualTo(100)
        .noneMatch(f -> f.status == FilingStatus.DRAFT);
  }

  @Test
  void noneSeesNothing() {
    FilingScope scope = new FilingScope(FilingScope.NONE, orgId("PLATFORM"), null);
    assertThat(visibleOne(scope)).isEmpty();
    assertThat(filingMapper.findPage(scope, FilingQuery.all(null), 0, 100)).isEmpty();
    assertThat(filingMapper.count(scope, FilingQuery.all(null))).isZero();
  }

  @Test
  void draftsAreVisibleOnlyToTheirInitiator() {
    // a draft of zone A where univ 1 is the university, in city X: only zone A sees it
    assertThat(filingMapper.findVisible(draftA.id, new FilingScope(FilingScope.ZONE, zoneA.id, cityX))).isNotNull();
    assertThat(filingMapper.findVisible(draftA.id, new FilingScope(FilingScope.UNIVERSITY_SIDE, univ1.id, cityX)))
        .isNull();
    assertThat(filingMapper.findVisible(draftA.id, new FilingScope(FilingScope.CITY, zoneB.id, cityX))).isNull();
    assertThat(filingMapper.findVisible(draftA.id, new FilingScope(FilingScope.ALL, orgId("PROV-ST"), null)))
        .isNull();
    assertThat(filingMapper.findVisible(draftA.id, new FilingScope(FilingScope.NONE, zoneA.id, null))).isNull();
  }

  @Test
  void pagingUsesOffsetAndLimit() {
    FilingScope scope = new FilingScope(FilingScope.ZONE, zoneA.id, cityX);
    List<Long> page1 = filingMapper.findPage(scope, FilingQuery.all(null), 0, 1).stream().map(f -> f.id).toList();
    List<Long> page2 = filingMapper.findPage(scope, FilingQuery.all(null), 1, 1).stream().map(f -> f.id).toList();
    assertThat(page1).hasSize(1);
    assertThat(page2).hasSize(1);
    assertThat(page1).doesNotContainAnyElementsOf(page2);
    assertThat(filingMapper.findPage(scope, FilingQuery.all(null), 2, 1)).isEmpty();
  }

  @Test
  void lifecycleUpdates() {
    LocalDateTime later = TestRegistry.now().plusMinutes(5);
    Filing changed = filingMapper.findById(draftA.id);
    changed.universityId = univ2.id;
    changed.keyTasks = "TALENT";
    changed.startDate = LocalDate.of(2027, 1, 1);
    changed.endDate = LocalDate.of(2029, 1, 1);
    changed.zoneContactName = "王五";
    changed.zoneContactPhone = "13700000000";
    changed.zoneContactEmail = "wang@zone.cn";
    changed.univContactName = "赵六";
    changed.univContactPhone = "13600000000";
    changed.univContactEmail = "zhao@univ.cn";
    changed.updatedAt = later;
    assertThat(filingMapper.updateContent(changed)).isEqualTo(1);
    Filing reread = filingMapper.findById(draftA.id);
    assertThat(reread.universityName).isEqualTo("测试大学二");
    assertThat(reread.keyTasks).isEqualTo("TALENT");
    assertThat(reread.startDate).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(reread.endDate).isEqualTo(LocalDate.of(2029, 1, 1));
    assertThat(reread.zoneContactName).isEqualTo("王五");
    assertThat(reread.univContactEmail).isEqualTo("zhao@univ.cn");
    assertThat(reread.updatedAt).isEqualTo(later);
    assertThat(reread.status).isEqualTo(FilingStatus.DRAFT);

    String pid = "test-pi-" + draftA.id + "-" + TestRegistry.code("");
    assertThat(filingMapper.markSubmitted(draftA.id, pid, later)).isEqualTo(1);
    assertThat(filingMapper.updateStatus(draftA.id, FilingStatus.CITY_REVIEW, later)).isEqualTo(1);
    reread = filingMapper.findById(draftA.id);
    assertThat(reread.processInstanceId).isEqualTo(pid);
    assertThat(reread.submittedAt).isEqualTo(later);
    assertThat(reread.status).isEqualTo(FilingStatus.CITY_REVIEW);
    assertThat(filingMapper.findByProcessInstanceIds(List.of(pid, "no-such-process"))).extracting(f -> f.id)
        .containsExactly(draftA.id);

    // year 1900: never a real year, so the unique (year, seq) and filing_no cannot clash
    String no = FilingNumberService.format(1900, (int) (draftA.id % 10000));
    assertThat(filingMapper.markApproved(draftA.id, 1900, (int) (draftA.id % 10000), no, later)).isEqualTo(1);
    reread = filingMapper.findById(draftA.id);
    assertThat(reread.status).isEqualTo(FilingStatus.APPROVED);
    assertThat(reread.filingNo).isEqualTo(no);
    assertThat(reread.filingYear).isEqualTo(1900);
    assertThat(reread.approvedAt).isEqualTo(later);

    assertThat(filingMapper.updateStatus(Long.MAX_VALUE, FilingStatus.RETURNED, later)).isZero();
  }
}
