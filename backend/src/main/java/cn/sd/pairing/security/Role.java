package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.util.Set;

public enum Role {
  ZONE_OPERATOR("高新区经办人", Set.of(OrgType.ZONE)),
  UNIVERSITY_OPERATOR("高校经办人", Set.of(OrgType.UNIVERSITY)),
  UNIT_OPERATOR("内设机构/团队经办人", Set.of(OrgType.UNIT)),
  CITY_REVIEWER("市科技局初审", Set.of(OrgType.CITY_BUREAU)),
  PROVINCE_ST_REVIEWER("省科技厅审核", Set.of(OrgType.PROVINCE_ST)),
  PROVINCE_EDU_REVIEWER("省教育厅会审", Set.of(OrgType.PROVINCE_EDU)),
  PROVINCE_MONITOR("省级监测", Set.of(OrgType.PROVINCE_ST, OrgType.PROVINCE_EDU)),
  SYSTEM_ADMIN("系统管理员", Set.of(OrgType.PLATFORM)),
  SECURITY_ADMIN("安全管理员", Set.of(OrgType.PLATFORM)),
  AUDIT_ADMIN("审计管理员", Set.of(OrgType.PLATFORM));

  private final String label;
  private final Set<OrgType> orgTypes;

  Role(String label, Set<OrgType> orgTypes) {
    this.label = label;
    this.orgTypes = orgTypes;
  }

  public String label() {
    return label;
  }

  /** The organisation types whose users may hold this role. */
  public Set<OrgType> orgTypes() {
    return orgTypes;
  }

  public boolean fits(OrgType type) {
    return orgTypes.contains(type);
  }

  /** The three platform administrators (三员): each must be a separate account. */
  public boolean admin() {
    return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
  }

  /** The operator role of a filing party's organisation (zone, university, unit/team). */
  public static Role operatorOf(OrgType type) {
    return switch (type) {
      case ZONE -> ZONE_OPERATOR;
      case UNIVERSITY -> UNIVERSITY_OPERATOR;
      case UNIT -> UNIT_OPERATOR;
      default -> throw new IllegalArgumentException("Not a filing party: " + type);
    };
  }
}
