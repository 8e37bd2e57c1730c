package cn.sd.pairing.subject;

public enum OrgType {
  PROVINCE_ST("省科技厅"),
  PROVINCE_EDU("省教育厅"),
  CITY_BUREAU("市科技局"),
  ZONE("高新区"),
  UNIVERSITY("高校"),
  UNIT("内设机构/团队"),
  PLATFORM("平台运维");

  private final String label;

  OrgType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Zones, universities and units are kept by the system administrator (form and import). */
  public boolean managed() {
    return this == ZONE || this == UNIVERSITY || this == UNIT;
  }
}
