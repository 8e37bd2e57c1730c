package cn.sd.pairing.filing;

/** The state shown to people; the BPMN sets it as the filing moves (see FilingStatusUpdater). */
public enum FilingStatus {
  DRAFT("草稿"),
  CITY_REVIEW("市科技局初审中"),
  PROVINCE_REVIEW("省级审核中"),
  RETURNED("退回修改"),
  APPROVED("备案通过");

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
}
