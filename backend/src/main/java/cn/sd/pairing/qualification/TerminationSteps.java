package cn.sd.pairing.qualification;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service tasks of pairing-termination.bpmn (${terminationSteps.…(execution)}). */
@Component("terminationSteps")
public class TerminationSteps {
  private final TerminationMapper terminations;
  private final QualificationMapper qualifications;
  private final FilingMapper filings;
  private final OrgMapper orgs;
  private final NotificationService notifications;
  private final Clock clock;

  public TerminationSteps(TerminationMapper terminations, QualificationMapper qualifications, FilingMapper filings,
      OrgMapper orgs, NotificationService notifications, Clock clock) {
    this.terminations = terminations;
    this.qualifications = qualifications;
    this.filings = filings;
    this.orgs = orgs;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** 告知对方: the other party's operators learn of the application and its reason. */
  public void notifyCounterpart(DelegateExecution execution) {
    Termination t = termination(execution);
    Filing filing = filings.findById(t.filingId);
    Org counterpart = orgs.findById(((Number) execution.getVariable(TerminationService.VAR_COUNTERPART_ORG_ID))
        .longValue());
    notifications.notifyGroups(List.of(CandidateGroups.of(counterpart.id, Role.operatorOf(counterpart.type))),
        t.applicantOrgName + "申请终止与贵单位的结对（" + filing.filingNo + "），原因：" + t.reason, t.filingId, null);
  }

  /** 终止政策适用资格: the qualification ends today; both parties are told. */
  public void confirm(DelegateExecution execution) {
    Termination t = termination(execution);
    LocalDateTime now = LocalDateTime.now(clock);
    terminations.decide(t.id, TerminationStatus.CONFIRMED, now);
    qualifications.terminate(t.filingId, LocalDate.now(clock), now);
    notifications.notifyParties(t.filingId, "终止结对已确认，政策适用资格终止");
  }

  /** 维持结对: the pairing stays in the policy scope; both parties are told. */
  public void refuse(DelegateExecution execution) {
    Termination t = termination(execution);
    terminations.decide(t.id, TerminationStatus.REFUSED, LocalDateTime.now(clock));
    notifications.notifyParties(t.filingId, "终止结对申请未获同意，结对继续有效");
  }

  private Termination termination(DelegateExecution execution) {
    return terminations.findById(((Number) execution.getVariable(TerminationService.VAR_TERMINATION_ID)).longValue());
  }
}
