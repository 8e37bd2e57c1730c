package cn.sd.pairing.audit;

public enum AuditResult {
  SUCCESS("成功"),
  FAILURE("失败"),
  DENIED("拒绝");

  private final String label;

  AuditResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
