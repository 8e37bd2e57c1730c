package cn.sd.pairing.filing;

/** The state shown to people; the BPMN sets it as the filing moves (see FilingStatusUpdater). */
public enum FilingStatus {
  DRAFT("草稿"),
  CONFIRMING("待对方确认"),
  CONSENTING("待法人单位同意"),
  CITY_REVIEW("市科技局初审中"),
  PROVINCE_REVIEW("省级会审中"),
  RETURNED("退回修改"),
  APPROVED("备案通过"),
  REJECTED("不予备案"),
  DECLINED("对方不同意结对"),
  CONSENT_REFUSED("法人单位不同意"),
  WITHDRAWN("已撤回");

  private final String label;

  FilingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** The filing's process has ended without approval. */
  public boolean closedWithoutApproval() {
    return this == REJECTED || this == DECLINED || this == CONSENT_REFUSED || this == WITHDRAWN;
  }
}
