package cn.sd.pairing.subject;

import java.util.List;

/** A zone as the filing form's picker shows it. */
public record ZoneOption(long id, String code, String name, String cityCode, String cityName, ZoneLevel level,
    String levelLabel, List<String> industries) {
  static ZoneOption of(Org org) {
    ZoneLevel level = ZoneLevel.parse(org.zoneLevel);
    return new ZoneOption(org.id, org.code, org.name, org.cityCode, org.cityName, level,
        level == null ? null : level.label(), OrgRules.toList(org.industries));
  }
}
