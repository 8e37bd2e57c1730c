package cn.sd.pairing.security;

public enum Role {
  ZONE_OPERATOR("高新区经办人"),
  UNIVERSITY_OPERATOR("高校经办人"),
  UNIT_OPERATOR("内设机构/团队经办人"),
  CITY_REVIEWER("市科技局初审"),
  PROVINCE_ST_REVIEWER("省科技厅审核"),
  PROVINCE_EDU_REVIEWER("省教育厅会审"),
  PROVINCE_MONITOR("省级监测"),
  SYSTEM_ADMIN("系统管理员"),
  SECURITY_ADMIN("安全管理员"),
  AUDIT_ADMIN("审计管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
