package cn.sd.pairing.filing;

import java.time.LocalDateTime;

/** One human action on a filing (submit, resubmit, approve, return) with its opinion. */
public class FilingOpinion {
  public Long id;
  public Long filingId;
  /** The process the action belongs to (the filing's own, or a later change or termination); null: the filing's own. */
  public String processInstanceId;
  public String taskId;
  public String stepKey;
  public String stepName;
  public OpinionAction action;
  public String opinion;
  /** The part of the form the opinion concerns; null: the filing as a whole. */
  public FilingSection section;
  public Long userId;
  public String userName;
  public Long orgId;
  public String orgName;
  public LocalDateTime createdAt;
}
