package cn.sd.pairing.qualification;

public enum TerminationStatus {
  PENDING("待省科技厅确认"),
  CONFIRMED("已确认终止"),
  REFUSED("不予终止");

  private final String label;

  TerminationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
