package cn.sd.pairing.qualification;

import cn.sd.pairing.qualification.QualificationMapper.SupportMeasure;
import java.time.LocalDate;
import java.util.List;

/** What the API returns about qualifications. */
public final class QualificationViews {
  private QualificationViews() {}

  /** The qualification of a filing, for its parties, its city and the province. */
  public record Detail(long filingId, String filingNo, QualificationState state, String stateLabel,
      LocalDate activeFrom, LocalDate activeUntil, LocalDate terminatedOn, int decisionVersion,
      String verificationCode, List<SupportMeasure> measures) {}

  /**
   * The result of a public verification: only non-personal fields (no contacts), and nothing at all
   * when the code is not valid.
   */
  public record Verification(boolean valid, String filingNo, String zoneName, String cityName, String subjectName,
      String parentUniversityName, LocalDate approvedOn, LocalDate startDate, LocalDate endDate,
      QualificationState state, String stateLabel) {
    static final Verification INVALID = new Verification(false, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** One pairing of the public list (公示): organisations and dates only. */
  public record PublicPairing(String filingNo, String zoneName, String zoneLevelLabel, String cityCode,
      String cityName, String subjectName, String parentUniversityName, LocalDate approvedOn, LocalDate startDate,
      LocalDate endDate) {}
}
