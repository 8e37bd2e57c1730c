package cn.sd.pairing.qualification;

import java.time.LocalDateTime;

/** One row of table termination: a request to end a pairing (终止结对). */
public class Termination {
  public Long id;
  public Long filingId;
  public String processInstanceId;
  public Long applicantOrgId;
  public String applicantOrgName;
  public Long applicantUserId;
  public String reason;
  public TerminationStatus status;
  public LocalDateTime createdAt;
  public LocalDateTime decidedAt;
}
