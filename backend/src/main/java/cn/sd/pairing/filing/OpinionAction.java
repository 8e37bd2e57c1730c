package cn.sd.pairing.filing;

public enum OpinionAction {
  SUBMIT("提交"),
  RESUBMIT("修改后重新提交"),
  APPROVE("同意"),
  RETURN("退回修改"),
  REJECT("不同意"),
  WITHDRAW("撤回"),
  TRANSFER("转办"),
  CC("抄送");

  private final String label;

  OpinionAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Actions on an open task that do not decide it (转办, 抄送): own lines in the timeline. */
  public boolean sideAction() {
    return this == TRANSFER || this == CC;
  }
}
