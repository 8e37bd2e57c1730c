package cn.sd.pairing.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of table annual_report, with the names of its pairing (read-only joins). */
public class AnnualReport {
  public Long id;
  public Long filingId;
  public int reportYear;
  public String processInstanceId;
  public ReportStatus status;
  public LocalDateTime openedAt;
  public LocalDateTime dueAt;
  public LocalDateTime firstSubmittedAt;
  public LocalDateTime submittedAt;
  public LocalDateTime approvedAt;
  public int returnCount;
  public String reviewOpinion;
  public Integer projectsStarted;
  public Integer projectsFinished;
  public Integer breakthroughs;
  public Integer transfers;
  public BigDecimal contractValueWan;
  public Integer scenarios;
  public Integer platformsBuilt;
  public Integer vicePresidents;
  public Integer industryProfessors;
  public BigDecimal fundingWan;
  public String narrative;
  public int version;
  public Long updatedBy;
  public LocalDateTime updatedAt;

  // joined from the filing and the registry
  public String filingNo;
  public Long zoneId;
  public String zoneName;
  public String cityCode;
  public String cityName;
  public String universityName;
  public String parentUniversityName;

  /**
   * Not submitted by its due date: still unsubmitted after it, or first submitted later. A report closed by
   * a termination is not counted (same rule as the SQL fragment "overdue" of AnnualReportMapper.xml).
   */
  public boolean overdueAt(LocalDateTime now) {
    if (status == ReportStatus.CLOSED) {
      return false;
    }
    return firstSubmittedAt == null ? dueAt.isBefore(now) : firstSubmittedAt.isAfter(dueAt);
  }
}
