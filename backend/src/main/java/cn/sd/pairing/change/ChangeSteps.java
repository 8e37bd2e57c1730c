package cn.sd.pairing.change;

import cn.sd.pairing.change.ChangeMapper.Unit;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.qualification.QualificationService;
import cn.sd.pairing.review.ReviewGroups;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service tasks of pairing-change.bpmn (${changeSteps.…(execution)}). */
@Component("changeSteps")
public class ChangeSteps {
  private final ChangeMapper changes;
  private final ChangeAttachmentMapper attachments;
  private final FilingMapper filings;
  private final FilingService filingService;
  private final QualificationService qualifications;
  private final OrgMapper orgs;
  private final ReviewGroups groups;
  private final NotificationService notifications;
  private final Clock clock;

  public ChangeSteps(ChangeMapper changes, ChangeAttachmentMapper attachments, FilingMapper filings,
      FilingService filingService, QualificationService qualifications, OrgMapper orgs, ReviewGroups groups,
      NotificationService notifications, Clock clock) {
    this.changes = changes;
    this.attachments = attachments;
    this.filings = filings;
    this.filingService = filingService;
    this.qualifications = qualifications;
    this.orgs = orgs;
    this.groups = groups;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** 匹配审核机构: the city bureau of the zone's city, 省科技厅, and the applicant's operators (for a return). */
  public void resolveParticipants(DelegateExecution execution) {
    FilingChange change = change(execution);
    Filing filing = filings.findById(change.filingId);
    execution.setVariable(FilingProcess.VAR_INITIATOR_GROUP,
        ReviewGroups.operators(orgs.findById(change.applicantOrgId)));
    execution.setVariable(FilingProcess.VAR_CITY_REVIEW_GROUP, groups.cityReview(orgs.findById(filing.zoneId)));
    execution.setVariable(FilingProcess.VAR_PROVINCE_ST_GROUP, groups.provinceSt());
  }

  /** 告知对方: the other party's operators learn of the application and its reason. */
  public void notifyCounterpart(DelegateExecution execution) {
    FilingChange change = change(execution);
    Filing filing = filings.findById(change.filingId);
    Org counterpart = orgs.findById(((Number) execution.getVariable(ChangeWorkflow.VAR_COUNTERPART_ORG_ID))
        .longValue());
    notifications.notifyGroups(List.of(ReviewGroups.operators(counterpart)), change.applicantOrgName
        + "申请变更与贵单位的结对备案（" + filing.filingNo + "），变更原因：" + change.reason, filing.id, null);
  }

  /**
   * 变更生效, in the approving transaction: the proposal becomes the filing's content (the version it replaced is
   * the change's snapshot, taken on submission), the units it adds become participants, its documents join the
   * filing's, the qualification is recomputed; both parties and the new participants are told.
   */
  public void apply(DelegateExecution execution) {
    FilingChange change = change(execution);
    long filingId = change.filingId;
    filings.lockStatus(filingId);
    Filing filing = filings.findById(filingId);
    LocalDateTime now = LocalDateTime.now(clock);
    filingService.replaceContent(filingId, change.toForm(filing.zoneId, filing.universityId));
    List<Unit> units = changes.findUnits(change.id);
    if (!units.isEmpty()) {
      changes.insertParticipants(filingId, change.id, units.stream().map(Unit::id).toList(), now);
    }
    attachments.copyToFiling(change.id);
    qualifications.recompute(filingId);
    changes.decide(change.id, ChangeStatus.APPROVED, now);
    notifications.notifyParties(filingId, "变更备案已通过，备案内容已更新");
    for (Unit unit : units) {
      notifications.notifyGroups(List.of(CandidateGroups.of(unit.id(), Role.UNIT_OPERATOR)), "贵单位已作为参与单位加入"
          + filing.zoneName + "与" + filing.universityName + "的结对（" + filing.filingNo + "）", filingId, null);
    }
  }

  private FilingChange change(DelegateExecution execution) {
    return changes.findById(((Number) execution.getVariable(ChangeWorkflow.VAR_CHANGE_ID)).longValue());
  }
}
