package cn.sd.pairing.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of table filing, with the names joined from the registry. */
public class Filing {
  public Long id;
  public Long initiatorOrgId;
  public Long zoneId;
  public String zoneName;
  public String cityCode;
  public String cityName;
  public Long universityId;
  public String universityName;
  /** Comma-separated {@link KeyTask} codes. */
  public String keyTasks;
  public LocalDate startDate;
  public LocalDate endDate;
  public String zoneContactName;
  public String zoneContactPhone;
  public String zoneContactEmail;
  public String univContactName;
  public String univContactPhone;
  public String univContactEmail;
  public FilingStatus status;
  public String processInstanceId;
  public Integer filingYear;
  public Integer filingSeq;
  public String filingNo;
  public LocalDateTime submittedAt;
  public LocalDateTime approvedAt;
  public Long createdBy;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;
}
