package cn.sd.pairing.metrics;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;

/**
 * Whose figures a caller sees: the province roles all (optionally one city), a city bureau its city's zones, a zone
 * its own figures, a university (or unit) the filings it is the university side of. Anybody else, and anybody asking
 * for a city outside their own scope, is refused with 403.
 *
 * @param kind ALL, CITY, ZONE or UNIVERSITY_SIDE (read by MetricsMapper.xml)
 * @param cityCode the city the figures are narrowed to, or null
 */
public record MetricsScope(String kind, long orgId, String cityCode) {
  public static final String ALL = "ALL";
  public static final String CITY = "CITY";
  public static final String ZONE = "ZONE";
  public static final String UNIVERSITY_SIDE = "UNIVERSITY_SIDE";

  public static MetricsScope of(UserPrincipal user, String requestedCity) {
    String city = requestedCity == null || requestedCity.isBlank() ? null : requestedCity.strip();
    if (user.has(Role.PROVINCE_MONITOR) || user.has(Role.PROVINCE_ST_REVIEWER)
        || user.has(Role.PROVINCE_EDU_REVIEWER)) {
      return new MetricsScope(ALL, user.orgId(), city);
    }
    if (user.has(Role.CITY_REVIEWER)) {
      return new MetricsScope(CITY, user.orgId(), ownCity(user, city));
    }
    if (user.has(Role.ZONE_OPERATOR)) {
      return new MetricsScope(ZONE, user.orgId(), city == null ? null : ownCity(user, city));
    }
    if (user.has(Role.UNIVERSITY_OPERATOR) || user.has(Role.UNIT_OPERATOR)) {
      // still only the filings of this university side; the city narrows them to zones of that city
      return new MetricsScope(UNIVERSITY_SIDE, user.orgId(), city);
    }
    throw ApiException.forbidden("无权查看监测数据");
  }

  private static String ownCity(UserPrincipal user, String requested) {
    if (requested != null && !requested.equals(user.cityCode())) {
      throw ApiException.forbidden("只能查看本市的监测数据");
    }
    return user.cityCode();
  }
}
