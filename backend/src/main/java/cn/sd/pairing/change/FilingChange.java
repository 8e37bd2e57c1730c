package cn.sd.pairing.change;

import java.time.LocalDateTime;

/** One row of table filing_change: a change filing (变更备案) with its proposed version of the content. */
public class FilingChange extends ChangeContent {
  public Long id;
  public Long filingId;
  public ChangeStatus status;
  public String processInstanceId;
  public Long applicantOrgId;
  public String applicantOrgName;
  public Long createdBy;
  public String reason;
  /** Optimistic lock: one more on every save of the proposal. */
  public int version;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;
  public LocalDateTime submittedAt;
  public LocalDateTime decidedAt;
}
