package cn.sd.pairing.qualification;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingAccess;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.review.ReviewGroups;
import cn.sd.pairing.security.UserPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 终止结对: a party's operator applies with a reason, which starts the process pairing-termination (the
 * counterpart is told, 省科技厅 confirms or refuses in its task list, see TerminationSteps).
 */
@Service
@Transactional
public class TerminationService {
  public static final String PROCESS_KEY = "pairing-termination";
  static final String VAR_TERMINATION_ID = "terminationId";
  static final String VAR_COUNTERPART_ORG_ID = "counterpartOrgId";
  static final String VAR_PROVINCE_ST_GROUP = "provinceStGroup";
  static final int MAX_REASON = 500;

  private final TerminationMapper terminations;
  private final QualificationMapper qualifications;
  private final FilingMapper filings;
  private final FilingAccess access;
  private final FilingService filingService;
  private final ReviewGroups groups;
  private final RuntimeService runtime;
  private final Clock clock;

  public TerminationService(TerminationMapper terminations, QualificationMapper qualifications, FilingMapper filings,
      FilingAccess access, FilingService filingService, ReviewGroups groups, RuntimeService runtime, Clock clock) {
    this.terminations = terminations;
    this.qualifications = qualifications;
    this.filings = filings;
    this.access = access;
    this.filingService = filingService;
    this.groups = groups;
    this.runtime = runtime;
    this.clock = clock;
  }

  public record TerminationView(long id, TerminationStatus status, String statusLabel, String applicantOrgName,
      String reason, LocalDateTime createdAt, LocalDateTime decidedAt) {
    static TerminationView of(Termination t) {
      return new TerminationView(t.id, t.status, t.status.label(), t.applicantOrgName, t.reason, t.createdAt,
          t.decidedAt);
    }
  }

  /** The termination requests of a filing, newest first, and whether the caller may apply now. */
  public record Terminations(boolean canApply, List<TerminationView> items) {}

  @Transactional(readOnly = true)
  public Terminations list(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    boolean canApply = FilingAccess.counterpartOf(filing, user) != null && active(filingId)
        && terminations.countPending(filingId) == 0 && terminations.countChangesUnderReview(filingId) == 0;
    return new Terminations(canApply, terminations.findByFiling(filingId).stream().map(TerminationView::of).toList());
  }

  /**
   * 404 unseen; 403 not an operator of one of the two parties; 400 no reason; 409 not active, a termination
   * pending or a change filing under review.
   */
  public TerminationView apply(long filingId, String rawReason, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    Long counterpart = FilingAccess.counterpartOf(filing, user);
    if (counterpart == null) {
      throw ApiException.forbidden("只有结对双方的经办人可以申请终止结对");
    }
    String reason = rawReason == null ? "" : rawReason.strip();
    if (reason.isEmpty()) {
      throw ApiException.badField("reason", "请填写终止结对的原因");
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.badField("reason", "终止原因不能超过" + MAX_REASON + "字");
    }
    filings.lockStatus(filingId); // one application at a time per pairing
    if (!active(filingId)) {
      throw ApiException.conflict("该结对不在政策适用期内，不能申请终止");
    }
    if (terminations.countPending(filingId) > 0) {
      throw ApiException.conflict("该结对已有终止申请正在办理");
    }
    if (terminations.countChangesUnderReview(filingId) > 0) {
      throw ApiException.conflict("该结对有变更申请正在审核，请待其办结或撤回后再申请终止");
    }
    Termination t = new Termination();
    t.filingId = filingId;
    t.applicantOrgId = user.orgId();
    t.applicantUserId = user.id();
    t.reason = reason;
    t.status = TerminationStatus.PENDING;
    t.createdAt = LocalDateTime.now(clock);
    terminations.insert(t);
    String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(filingId),
        Variables.createVariables()
            .putValue("filingId", filingId)
            .putValue(VAR_TERMINATION_ID, t.id)
            .putValue(VAR_COUNTERPART_ORG_ID, counterpart)
            .putValue(VAR_PROVINCE_ST_GROUP, groups.provinceSt()))
        .getId();
    terminations.setProcess(t.id, processInstanceId);
    filingService.record(filingId, processInstanceId, null, "applied", "申请终止结对", OpinionAction.SUBMIT, reason, null,
        user, t.createdAt);
    return TerminationView.of(terminations.findById(t.id));
  }

  private boolean active(long filingId) {
    Qualification q = qualifications.findByFilingId(filingId);
    return q != null && q.stateOn(LocalDate.now(clock)) == QualificationState.ACTIVE;
  }

}
