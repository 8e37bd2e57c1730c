package cn.sd.pairing.subject;

import java.time.LocalDateTime;
import java.util.List;

/** An organisation as the administration API shows it. */
public record OrgView(long id, String code, String name, OrgType type, String typeLabel, String cityCode,
    String cityName, ZoneLevel level, String levelLabel, Long parentId, String parentCode, String parentName,
    List<String> industries, List<String> disciplines, boolean enabled, boolean editable,
    LocalDateTime createdAt, LocalDateTime updatedAt) {

  static OrgView of(Org o) {
    ZoneLevel level = ZoneLevel.parse(o.zoneLevel);
    return new OrgView(o.id, o.code, o.name, o.type, o.type.label(), o.cityCode, o.cityName, level,
        level == null ? null : level.label(), o.parentId, o.parentCode, o.parentName,
        OrgRules.toList(o.industries), OrgRules.toList(o.disciplines), o.enabled, o.type.managed(),
        o.createdAt, o.updatedAt);
  }
}
