package cn.sd.pairing.qualification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of table qualification: an approved pairing within the policy scope. */
public class Qualification {
  public Long id;
  public Long filingId;
  public LocalDate activeFrom;
  public LocalDate activeUntil;
  public LocalDate terminatedOn;
  public int decisionVersion;
  public String verificationCode;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;

  /** The state on a day: terminated wins over expired. */
  public QualificationState stateOn(LocalDate day) {
    if (terminatedOn != null) {
      return QualificationState.TERMINATED;
    }
    return day.isAfter(activeUntil) ? QualificationState.EXPIRED : QualificationState.ACTIVE;
  }
}
