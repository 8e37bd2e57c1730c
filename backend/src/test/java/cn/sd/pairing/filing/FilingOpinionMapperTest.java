package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.IntegrationTest;
import cn.sd.pairing.TestRegistry;
import cn.sd.pairing.security.AppUser;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class FilingOpinionMapperTest extends IntegrationTest {
  @Autowired FilingOpinionMapper opinions;

  private FilingOpinion opinion(long filingId, OpinionAction action, String text, AppUser by, LocalDateTime at) {
    FilingOpinion o = new FilingOpinion();
    o.filingId = filingId;
    o.taskId = action == OpinionAction.SUBMIT ? null : "task-" + TestRegistry.code("");
    o.stepKey = action == OpinionAction.SUBMIT ? "submit" : "cityReview";
    o.stepName = action == OpinionAction.SUBMIT ? "提交备案" : "市科技局初审";
    o.action = action;
    o.opinion = text;
    o.userId = by.id;
    o.userName = by.displayName;
    o.orgId = by.orgId;
    o.orgName = by.orgName;
    o.createdAt = at;
    opinions.insert(o);
    return o;
  }

  @Test
  void insertsAndReadsTheOpinionsOfOneFilingInOrder() {
    TestRegistry registry = new TestRegistry(orgMapper, filingMapper);
    String city = registry.city("测试丙市");
    Org zone = registry.org(OrgType.ZONE, "测试丙市高新区", city);
    AppUser zoneUser = userMapper.findByUsername("zone_jinan");
    AppUser reviewer = userMapper.findByUsername("city_jinan");
    Filing filing = registry.filing(zone, null, FilingStatus.RETURNED, zoneUser.id);
    Filing other = registry.filing(zone, null, FilingStatus.CITY_REVIEW, zoneUser.id);
    LocalDateTime t = TestRegistry.now();

    FilingOpinion submit = opinion(filing.id, OpinionAction.SUBMIT, null, zoneUser, t);
    FilingOpinion ret = opinion(filing.id, OpinionAction.RETURN, "请补充合作协议中的利益共享条款。".repeat(10), reviewer,
        t.plusMinutes(1));
    opinion(other.id, OpinionAction.SUBMIT, null, zoneUser, t);
    assertThat(submit.id).isPositive();
    assertThat(ret.id).isGreaterThan(submit.id);

    var found = opinions.findByFiling(filing.id);
    assertThat(found).extracting(o -> o.id).containsExactly(submit.id, ret.id);
    FilingOpinion first = found.get(0);
    assertThat(first.action).isEqualTo(OpinionAction.SUBMIT);
    assertThat(first.taskId).isNull();
    assertThat(first.opinion).isNull();
    assertThat(first.stepKey).isEqualTo("submit");
    assertThat(first.userName).isEqualTo("济南高新区经办人");
    FilingOpinion second = found.get(1);
    assertThat(second.filingId).isEqualTo(filing.id);
    assertThat(second.taskId).isEqualTo(ret.taskId);
    assertThat(second.stepKey).isEqualTo("cityReview");
    assertThat(second.stepName).isEqualTo("市科技局初审");
    assertThat(second.action).isEqualTo(OpinionAction.RETURN);
    assertThat(second.opinion).isEqualTo(ret.opinion).hasSize(160);
    assertThat(second.userId).isEqualTo(reviewer.id);
    assertThat(second.userName).isEqualTo("济南市科技局审核员");
    assertThat(second.orgId).isEqualTo(reviewer.orgId);
    assertThat(second.orgName).isEqualTo("济南市科学技术局");
    assertThat(second.createdAt).isEqualTo(t.plusMinutes(1));

    assertThat(opinions.findByFiling(other.id)).hasSize(1);
    assertThat(opinions.findByFiling(Long.MAX_VALUE)).isEmpty();
  }
}
