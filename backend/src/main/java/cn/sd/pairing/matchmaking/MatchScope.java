package cn.sd.pairing.matchmaking;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import java.util.Objects;

/**
 * Whose suggestions a user may see: the provincial departments (S&T, education, monitor) every
 * zone's, a city bureau its city's zones', a zone operator its own zone's; nobody else any.
 *
 * @param cityCode only zones of this city (null: no restriction)
 * @param zoneId only this zone (null: no restriction)
 */
record MatchScope(String cityCode, Long zoneId) {
  static MatchScope of(UserPrincipal user) {
    if (user.has(Role.PROVINCE_ST_REVIEWER) || user.has(Role.PROVINCE_EDU_REVIEWER)
        || user.has(Role.PROVINCE_MONITOR)) {
      return new MatchScope(null, null);
    }
    if (user.has(Role.CITY_REVIEWER) && user.cityCode() != null) {
      return new MatchScope(user.cityCode(), null);
    }
    if (user.has(Role.ZONE_OPERATOR)) {
      return new MatchScope(null, user.orgId());
    }
    throw ApiException.forbidden("结对推荐仅供高新区、市科技局和省级部门查看");
  }

  void require(Org zone) {
    if (zoneId != null && !zoneId.equals(zone.id)) {
      throw ApiException.forbidden("只能查看本高新区的结对推荐");
    }
    if (cityCode != null && !Objects.equals(cityCode, zone.cityCode)) {
      throw ApiException.forbidden("只能查看本市高新区的结对推荐");
    }
  }
}
