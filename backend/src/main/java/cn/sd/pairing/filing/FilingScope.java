package cn.sd.pairing.filing;

import cn.sd.pairing.security.UserPrincipal;

/**
 * Which filings an organisation may see: a zone its own, a university (or unit) those it is
 * the university side of (a university also those of its units, whose legal entity it is),
 * a city bureau those of zones in its city, the provincial departments all; drafts only by
 * their initiator; an account without a role of its organisation none. Used by every filing query.
 */
public record FilingScope(String kind, long orgId, String cityCode) {
  public static final String ZONE = "ZONE";
  public static final String UNIVERSITY_SIDE = "UNIVERSITY_SIDE";
  public static final String CITY = "CITY";
  public static final String ALL = "ALL";
  public static final String NONE = "NONE";

  public static FilingScope of(UserPrincipal user) {
    // an account sees its organisation's filings through a role of that organisation, not by merely belonging to it
    if (user.roles().stream().noneMatch(role -> !role.admin() && role.fits(user.orgType()))) {
      return new FilingScope(NONE, user.orgId(), user.cityCode());
    }
    String kind = switch (user.orgType()) {
      case ZONE -> ZONE;
      case UNIVERSITY, UNIT -> UNIVERSITY_SIDE;
      case CITY_BUREAU -> CITY;
      case PROVINCE_ST, PROVINCE_EDU -> ALL;
      case PLATFORM -> NONE;
    };
    return new FilingScope(kind, user.orgId(), user.cityCode());
  }
}
