package cn.sd.pairing.filing;

/** The five key tasks (重点任务) of the plan; a filing covers at least one. */
public enum KeyTask {
  INDUSTRY_LAYOUT("产业协同布局"),
  INDUSTRY_EDUCATION("产教融合发展"),
  TRANSFER("科技成果转化"),
  CORE_TECH("核心技术攻关"),
  TALENT("焕发人才创新活力");

  private final String label;

  KeyTask(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
