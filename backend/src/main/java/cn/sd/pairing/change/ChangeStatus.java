package cn.sd.pairing.change;

import java.util.List;

/** The state of a change filing shown to people; the BPMN pairing-change sets it as the change moves. */
public enum ChangeStatus {
  DRAFT("草稿"),
  CITY_REVIEW("市科技局初审中"),
  PROVINCE_REVIEW("省科技厅审核中"),
  RETURNED("退回修改"),
  APPROVED("变更通过"),
  REJECTED("不予变更"),
  WITHDRAWN("已撤回");

  /** Not decided yet: a pairing has at most one change in these states. */
  public static final List<ChangeStatus> OPEN = List.of(DRAFT, CITY_REVIEW, PROVINCE_REVIEW, RETURNED);

  private final String label;

  ChangeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The applicant may still edit the proposal. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
