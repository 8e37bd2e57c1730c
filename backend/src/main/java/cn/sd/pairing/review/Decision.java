package cn.sd.pairing.review;

import cn.sd.pairing.filing.OpinionAction;

/**
 * An outcome of a decision task; the BPMN reads it as variable "<taskKey>Decision" and declares,
 * per task, which outcomes it accepts (extension property "decisions").
 */
public enum Decision {
  APPROVE(OpinionAction.APPROVE),
  RETURN(OpinionAction.RETURN),
  REJECT(OpinionAction.REJECT);

  private final OpinionAction action;

  Decision(OpinionAction action) {
    this.action = action;
  }

  public OpinionAction action() {
    return action;
  }
}

