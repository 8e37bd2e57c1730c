package cn.sd.pairing.qualification;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingAccess;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.qualification.QualificationViews.Detail;
import cn.sd.pairing.qualification.QualificationViews.PublicPairing;
import cn.sd.pairing.qualification.QualificationViews.Verification;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.City;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.ZoneLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy scope of approved pairings (纳入政策适用范围): the qualification made on approval with the
 * support measures the DMN table grants, its certificate and the certificate's public verification,
 * and the public list of active pairings.
 */
@Service
@Transactional
public class QualificationService {
  static final String NOT_QUALIFIED = "该备案尚未审核通过，暂无政策适用资格";

  private final QualificationMapper qualifications;
  private final FilingMapper filings;
  private final FilingAccess access;
  private final SupportMeasures measures;
  private final CertificateSigner signer;
  private final CertificatePdf pdf;
  private final OrgMapper orgs;
  private final Clock clock;

  public QualificationService(QualificationMapper qualifications, FilingMapper filings, FilingAccess access,
      SupportMeasures measures, CertificateSigner signer, CertificatePdf pdf, OrgMapper orgs, Clock clock) {
    this.orgs = orgs;
    this.qualifications = qualifications;
    this.filings = filings;
    this.access = access;
    this.measures = measures;
    this.signer = signer;
    this.pdf = pdf;
    this.clock = clock;
  }

  /**
   * Makes the qualification of a filing just approved (numbered, approved_at set), in the approval's
   * transaction: active from the approval date until the end of the cooperation period, with the
   * measures the latest support-measures table grants.
   */
  public Qualification grant(long filingId) {
    Filing filing = filings.findById(filingId);
    SupportMeasures.Evaluation evaluation = measures.evaluate(filing, filings.findPlatforms(filingId),
        filings.findProjects(filingId));
    LocalDateTime now = LocalDateTime.now(clock);
    Qualification q = new Qualification();
    q.filingId = filingId;
    q.activeFrom = filing.approvedAt.toLocalDate();
    q.activeUntil = filing.endDate;
    q.decisionVersion = evaluation.decisionVersion();
    q.verificationCode = signer.sign(filing);
    q.createdAt = now;
    q.updatedAt = now;
    try {
      qualifications.insert(q);
    } catch (DuplicateKeyException grantedMeanwhile) {
      // The same approval job ran twice at once (job executor and a retry): the other run made the
      // qualification. Report it as the engine's own conflict so this run rolls back quietly.
      throw new OptimisticLockingException("qualification of filing " + filingId + " granted concurrently");
    }
    if (!evaluation.measureCodes().isEmpty()) {
      qualifications.insertMeasures(q.id, evaluation.measureCodes());
    }
    return q;
  }

  /**
   * After an approved change filing replaced the content (same transaction): the measures are chosen again by the
   * latest support-measures table, the qualification runs to the new end of the cooperation period, and the
   * verification code is signed again over the current facts. The code is unchanged when those facts are (number,
   * parties, approval date, period); a changed period gives a new code, so an old certificate with the old period
   * no longer verifies while the new one does. The filing number and the approval date stay.
   */
  public Qualification recompute(long filingId) {
    Filing filing = filings.findById(filingId);
    Qualification q = qualifications.findByFilingId(filingId);
    SupportMeasures.Evaluation evaluation = measures.evaluate(filing, filings.findPlatforms(filingId),
        filings.findProjects(filingId));
    qualifications.deleteMeasures(q.id);
    if (!evaluation.measureCodes().isEmpty()) {
      qualifications.insertMeasures(q.id, evaluation.measureCodes());
    }
    qualifications.updateAfterChange(q.id, filing.endDate, evaluation.decisionVersion(), signer.sign(filing),
        LocalDateTime.now(clock));
    return qualifications.findByFilingId(filingId);
  }

  @Transactional(readOnly = true)
  public Detail detail(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    Qualification q = qualifications.findByFilingId(filingId);
    if (q == null) {
      throw ApiException.notFound(NOT_QUALIFIED);
    }
    QualificationState state = q.stateOn(LocalDate.now(clock));
    return new Detail(filingId, filing.filingNo, state, state.label(), q.activeFrom, q.activeUntil, q.terminatedOn,
        q.decisionVersion, CertificateSigner.display(q.verificationCode), qualifications.findMeasures(q.id));
  }

  /** The certificate PDF of a filing the caller may see; 409 before approval. */
  @Transactional(readOnly = true)
  @Audited(value = AuditEventType.CERTIFICATE_DOWNLOAD, target = "'filing:' + #filingId")
  public Certificate certificate(long filingId, UserPrincipal user, String baseUrl) {
    Filing filing = access.visible(filingId, user);
    Qualification q = qualifications.findByFilingId(filingId);
    if (q == null) {
      throw ApiException.conflict("备案审核通过后才能下载备案证明");
    }
    byte[] bytes = pdf.render(new CertificatePdf.Content(filing.filingNo, filing.zoneName, filing.cityName,
        filing.universityName, filing.parentUniversityName, q.activeFrom, filing.startDate, filing.endDate,
        q.verificationCode, verifyUrl(baseUrl, q.verificationCode)));
    return new Certificate("备案证明-" + filing.filingNo + ".pdf", bytes);
  }

  public record Certificate(String fileName, byte[] pdf) {}

  static String verifyUrl(String baseUrl, String code) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/verify?code=" + code;
  }

  /**
   * Checks a certificate's code: valid only when a qualification has exactly this code and the code
   * is still the signature of its filing's current facts. Anything else gets the same bare "invalid".
   */
  @Transactional(readOnly = true)
  public Verification verify(String rawCode) {
    String code = CertificateSigner.normalize(rawCode);
    if (code.length() != CertificateSigner.CODE_LENGTH) {
      return Verification.INVALID;
    }
    Qualification q = qualifications.findByCode(code);
    if (q == null) {
      return Verification.INVALID;
    }
    Filing filing = filings.findById(q.filingId);
    if (!signer.matches(filing, code)) {
      return Verification.INVALID;
    }
    QualificationState state = q.stateOn(LocalDate.now(clock));
    return new Verification(true, filing.filingNo, filing.zoneName, filing.cityName, filing.universityName,
        filing.parentUniversityName, q.activeFrom, filing.startDate, filing.endDate, state, state.label());
  }

  /** The cities, for the public list's filter. */
  @Transactional(readOnly = true)
  public List<City> cities() {
    return orgs.findCities();
  }

  /** The public list (公示) of pairings whose qualification is active today, optionally of one city. */
  @Transactional(readOnly = true)
  public PageResult<PublicPairing> publicList(String cityCode, int page, int size) {
    LocalDate today = LocalDate.now(clock);
    String city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
    return new PageResult<>(qualifications.countPublic(city, today),
        qualifications.findPublicPage(city, today, (page - 1) * size, size).stream()
            .map(r -> new PublicPairing(r.filingNo(), r.zoneName(), ZoneLevel.labelOf(r.zoneLevel()), r.cityCode(),
                r.cityName(), r.subjectName(), r.parentUniversityName(), r.approvedOn(), r.startDate(),
                r.endDate()))
            .toList());
  }
}
