package cn.sd.pairing.review;

import cn.sd.pairing.filing.OpinionAction;

/** A reviewer's outcome; its name is the BPMN variable "decision" that the gateways read. */
public enum Decision {
  APPROVE(OpinionAction.APPROVE),
  RETURN(OpinionAction.RETURN);

  private final OpinionAction action;

  Decision(OpinionAction action) {
    this.action = action;
  }

  public OpinionAction action() {
    return action;
  }
}
