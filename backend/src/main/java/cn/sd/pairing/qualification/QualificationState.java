package cn.sd.pairing.qualification;

public enum QualificationState {
  ACTIVE("有效"),
  EXPIRED("已到期"),
  TERMINATED("已终止");

  private final String label;

  QualificationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
