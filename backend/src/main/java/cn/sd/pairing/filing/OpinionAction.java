package cn.sd.pairing.filing;

public enum OpinionAction {
  SUBMIT("提交"),
  RESUBMIT("修改后重新提交"),
  APPROVE("同意"),
  RETURN("退回修改"),
  REJECT("不同意"),
  WITHDRAW("撤回");

  private final String label;

  OpinionAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
