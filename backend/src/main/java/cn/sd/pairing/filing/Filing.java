package cn.sd.pairing.filing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of table filing, with the names joined from the registry; its content columns are FilingContent's. */
public class Filing extends FilingContent {
  public Long id;
  public Long initiatorOrgId;
  public Long zoneId;
  public String zoneName;
  public String cityCode;
  public String cityName;
  /** Zone level code (NATIONAL/PROVINCIAL), joined from the registry. */
  public String zoneLevel;
  /** The university-side subject: a university or a university's internal unit/team. */
  public Long universityId;
  public String universityName;
  /** UNIVERSITY or UNIT, joined from the registry. */
  public String subjectType;
  /** When the subject is a unit: its legal-entity university. */
  public Long parentUniversityId;
  public String parentUniversityName;
  public String initiatorName;
  public String initiatorType;
  /** Optimistic lock: one more on every save of the content. */
  public int version;
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
  /** Kept beside the content for the monitoring's results (sql/V23): the projects, their budget, the platforms. */
  public int plannedProjects;
  public BigDecimal plannedBudgetWan = BigDecimal.ZERO;
  public int plannedPlatforms;
}
