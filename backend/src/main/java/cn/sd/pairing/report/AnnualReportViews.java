package cn.sd.pairing.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The answers of the annual report API (docs/api.md). */
public final class AnnualReportViews {
  private AnnualReportViews() {}

  /**
   * One report: its pairing, year, state (overdue: not submitted by its due date), the city's latest return
   * opinion, the figures, and whether the caller may fill it now ({@code editable}).
   */
  public record Detail(long id, long filingId, String filingNo, String zoneName, String cityName,
      String universityName, String parentUniversityName, int year, ReportStatus status, String statusLabel,
      LocalDateTime openedAt, LocalDateTime dueAt, boolean overdue, LocalDateTime firstSubmittedAt,
      LocalDateTime submittedAt, LocalDateTime approvedAt, int returnCount, String reviewOpinion,
      Integer projectsStarted, Integer projectsFinished, Integer breakthroughs, Integer transfers,
      BigDecimal contractValueWan, Integer scenarios, Integer platformsBuilt, Integer vicePresidents,
      Integer industryProfessors, BigDecimal fundingWan, String narrative, int version, boolean editable) {

    public static Detail of(AnnualReport r, LocalDateTime now, boolean editable) {
      return new Detail(r.id, r.filingId, r.filingNo, r.zoneName, r.cityName, r.universityName,
          r.parentUniversityName, r.reportYear, r.status, r.status.label(), r.openedAt, r.dueAt, r.overdueAt(now),
          r.firstSubmittedAt, r.submittedAt, r.approvedAt, r.returnCount, r.reviewOpinion, r.projectsStarted,
          r.projectsFinished, r.breakthroughs, r.transfers, r.contractValueWan, r.scenarios, r.platformsBuilt,
          r.vicePresidents, r.industryProfessors, r.fundingWan, r.narrative, r.version, editable);
    }
  }
}
