package cn.sd.pairing.review;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of review steps, from the registry (shared by the filing, change and termination processes):
 * the city bureau of a zone's city, the two provincial departments, and a party's operators.
 */
@Component
public class ReviewGroups {
  private final OrgMapper orgs;

  public ReviewGroups(OrgMapper orgs) {
    this.orgs = orgs;
  }

  /** The operators of a filing party (zone, university, unit/team). */
  public static String operators(Org org) {
    return CandidateGroups.of(org.id, Role.operatorOf(org.type));
  }

  public String cityReview(Org zone) {
    Org cityBureau = single(orgs.findEnabledByType(OrgType.CITY_BUREAU, zone.cityCode),
        "该高新区所在城市尚未配置市科技局，请联系管理员");
    return CandidateGroups.of(cityBureau.id, Role.CITY_REVIEWER);
  }

  public String provinceSt() {
    Org provinceSt = single(orgs.findEnabledByType(OrgType.PROVINCE_ST, null), "尚未配置省科技厅，请联系管理员");
    return CandidateGroups.of(provinceSt.id, Role.PROVINCE_ST_REVIEWER);
  }

  public String provinceEdu() {
    Org provinceEdu = single(orgs.findEnabledByType(OrgType.PROVINCE_EDU, null), "尚未配置省教育厅，请联系管理员");
    return CandidateGroups.of(provinceEdu.id, Role.PROVINCE_EDU_REVIEWER);
  }

  private static Org single(List<Org> candidates, String missingMessage) {
    if (candidates.isEmpty()) {
      throw ApiException.conflict(missingMessage);
    }
    return candidates.get(0);
  }
}
