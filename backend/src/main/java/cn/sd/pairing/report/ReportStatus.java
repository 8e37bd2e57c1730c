package cn.sd.pairing.report;

/** The state of one annual report; the BPMN sets it as the report moves (AnnualReportSteps). */
public enum ReportStatus {
  DUE("待填报"),
  SUBMITTED("待市科技局审核"),
  RETURNED("退回修改"),
  APPROVED("审核通过"),
  CLOSED("结对已终止");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The reporter may change the figures: the report waits for them (first filling or after a return). */
  public boolean fillable() {
    return this == DUE || this == RETURNED;
  }
}
