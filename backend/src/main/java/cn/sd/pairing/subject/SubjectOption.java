package cn.sd.pairing.subject;

import java.util.List;

/** A university-side subject (university, or a unit/team with its parent university) for the filing form. */
public record SubjectOption(long id, String code, String name, OrgType type, String typeLabel, String cityCode,
    String cityName, Long parentId, String parentName, List<String> disciplines) {
  static SubjectOption of(Org org) {
    return new SubjectOption(org.id, org.code, org.name, org.type, org.type.label(), org.cityCode, org.cityName,
        org.parentId, org.parentName, OrgRules.toList(org.disciplines));
  }
}
