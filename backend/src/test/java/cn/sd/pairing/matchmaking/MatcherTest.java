package cn.sd.pairing.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules on hand-made facts (no database): load cap, neighbours both ways, ties, limit. */
class MatcherTest {
  private long ids = 1;

  private Org org(OrgType type, String code, String city, String terms) {
    Org org = new Org();
    org.id = ids++;
    org.code = code;
    org.name = code;
    org.type = type;
    org.cityCode = city;
    org.cityName = city + "市";
    if (type == OrgType.ZONE) {
      org.industries = terms;
    } else {
      org.disciplines = terms;
    }
    return org;
  }

  private static IndustryDiscipline map(String industry, String discipline) {
    IndustryDiscipline m = new IndustryDiscipline();
    m.industry = industry;
    m.discipline = discipline;
    return m;
  }

  private static PairingLink link(Org zone, Org subject, FilingStatus status) {
    PairingLink link = new PairingLink();
    link.zoneId = zone.id;
    link.subjectId = subject.id;
    link.universityId = subject.parentId == null ? subject.id : subject.parentId;
    link.status = status;
    return link;
  }

  @Test
  void loadPenaltyIsOnePerZoneAndAtMostFive() {
    Org zone = org(OrgType.ZONE, "Z", "A", "新材料");
    Org busy = org(OrgType.UNIVERSITY, "U1", "X", "材料科学");
    Org some = org(OrgType.UNIVERSITY, "U2", "X", "材料科学");
    List<PairingLink> links = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      links.add(link(org(OrgType.ZONE, "O" + i, "Y", null), busy, FilingStatus.APPROVED));
    }
    Org other = org(OrgType.ZONE, "O9", "Y", null);
    links.add(link(other, some, FilingStatus.APPROVED));
    links.add(link(other, some, FilingStatus.PROVINCE_REVIEW)); // the same zone counts once
    Matchmaker m = new Matchmaker(List.of(map("新材料", "材料科学")), List.of(), List.of(busy, some), links);

    List<Suggestion> list = m.suggest(zone, 10);
    assertThat(list).extracting(Suggestion::code).containsExactly("U2", "U1");
    assertThat(list).extracting(Suggestion::score).containsExactly(9, 5);
    assertThat(list.get(1).reasons()).extracting(Reason::text)
        .containsExactly("主导产业 新材料 ↔ 优势学科 材料科学", "已结对 7 个高新区");
    assertThat(list.get(0).reasons()).extracting(Reason::text)
        .containsExactly("主导产业 新材料 ↔ 优势学科 材料科学", "已结对 1 个高新区");
  }

  @Test
  void neighboursCountBothWaysTiesGoByCodeAndTheLimitCuts() {
    Org zone = org(OrgType.ZONE, "Z", "B", null);
    Org north = org(OrgType.UNIVERSITY, "U9", "A", null);
    Org south = org(OrgType.UNIVERSITY, "U3", "C", null);
    Org same = org(OrgType.UNIVERSITY, "U5", "B", null);
    Org far = org(OrgType.UNIVERSITY, "U1", "D", null);
    // stored once each, smaller code first: A–B and B–C
    Matchmaker m = new Matchmaker(List.of(), List.of(new CityPair("A", "B"), new CityPair("B", "C")),
        List.of(far, south, same, north), List.of());

    assertThat(m.suggest(zone, 10)).extracting(Suggestion::code).containsExactly("U5", "U3", "U9");
    assertThat(m.suggest(zone, 10).get(2).reasons()).extracting(Reason::text).containsExactly("邻市（A市）");
    assertThat(m.suggest(zone, 2)).extracting(Suggestion::code).containsExactly("U5", "U3");
    assertThat(m.paired(zone.id)).isFalse();
  }
}
