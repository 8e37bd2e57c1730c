package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.filing.FilingViews.CurrentTask;
import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.filing.FilingViews.Page;
import cn.sd.pairing.filing.FilingViews.Summary;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, submission and reading of filings; the engine and the tables change in one transaction. */
@Service
@Transactional
public class FilingService {
  private final FilingMapper filings;
  private final FilingOpinionMapper opinions;
  private final OrgMapper orgs;
  private final FilingWorkflow workflow;
  private final TaskService tasks;
  private final Validator validator;
  private final Clock clock;

  public FilingService(FilingMapper filings, FilingOpinionMapper opinions, OrgMapper orgs, FilingWorkflow workflow,
      TaskService tasks, Validator validator, Clock clock) {
    this.filings = filings;
    this.opinions = opinions;
    this.orgs = orgs;
    this.workflow = workflow;
    this.tasks = tasks;
    this.validator = validator;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<Summary> list(UserPrincipal user, FilingStatus status, int page, int size) {
    FilingScope scope = FilingScope.of(user);
    List<Summary> items = filings.findPage(scope, status, (page - 1) * size, size).stream()
        .map(Summary::of).toList();
    return new Page<>(filings.count(scope, status), items);
  }

  @Transactional(readOnly = true)
  public Detail detail(long id, UserPrincipal user) {
    return toDetail(visible(id, user), user);
  }

  public Detail create(FilingForm form, UserPrincipal user) {
    if (!user.has(Role.ZONE_OPERATOR) || user.orgType() != OrgType.ZONE) {
      throw ApiException.forbidden("只有高新区经办人可以发起结对备案");
    }
    validate(form, Default.class);
    checkUniversity(form.universityId());
    LocalDateTime now = LocalDateTime.now(clock);
    Filing filing = new Filing();
    filing.initiatorOrgId = user.orgId();
    filing.zoneId = user.orgId();
    filing.status = FilingStatus.DRAFT;
    filing.createdBy = user.id();
    filing.createdAt = now;
    apply(form, filing, now);
    filings.insert(filing);
    return detail(filing.id, user);
  }

  public Detail update(long id, FilingForm form, UserPrincipal user) {
    Filing filing = editable(id, user);
    validate(form, Default.class);
    checkUniversity(form.universityId());
    apply(form, filing, LocalDateTime.now(clock));
    filings.updateContent(filing);
    return detail(id, user);
  }

  /** Saves the form and submits: starts the review process, or resumes it after a return. */
  public Detail submit(long id, FilingForm form, UserPrincipal user) {
    Filing filing = editable(id, user);
    validate(form, Default.class, FilingForm.Submit.class);
    checkUniversity(form.universityId());
    LocalDateTime now = LocalDateTime.now(clock);
    apply(form, filing, now);
    filings.updateContent(filing);
    if (filing.processInstanceId == null) {
      start(filing, user, now);
    } else {
      resume(filing, user, now);
    }
    return detail(id, user);
  }

  private void start(Filing filing, UserPrincipal user, LocalDateTime now) {
    String processInstanceId = workflow.start(filing);
    filings.markSubmitted(filing.id, processInstanceId, now);
    record(filing.id, null, "submit", "提交备案", OpinionAction.SUBMIT, null, user, now);
  }

  /** A returned filing waits in a task offered to its initiator; completing it lets the BPMN route it on. */
  private void resume(Filing filing, UserPrincipal user, LocalDateTime now) {
    Task revise = workflow.reviseTask(filing);
    if (revise == null) {
      throw ApiException.conflict("该备案当前不能重新提交");
    }
    record(filing.id, revise.getId(), revise.getTaskDefinitionKey(), revise.getName(), OpinionAction.RESUBMIT, null,
        user, now);
    workflow.resume(revise, user);
  }

  /** The initiator takes a submitted filing back before the city review starts. */
  public Detail withdraw(long id, String reason, UserPrincipal user) {
    Filing filing = visible(id, user);
    if (filing.initiatorOrgId != user.orgId() || filing.processInstanceId == null) {
      throw ApiException.forbidden("只有发起单位可以撤回已提交的备案");
    }
    record(filing.id, null, "withdraw", "撤回", OpinionAction.WITHDRAW, reason, user, LocalDateTime.now(clock));
    workflow.withdraw(filing);
    return detail(id, user);
  }

  public void record(long filingId, String taskId, String stepKey, String stepName, OpinionAction action, String opinion,
      UserPrincipal user, LocalDateTime now) {
    FilingOpinion entry = new FilingOpinion();
    entry.filingId = filingId;
    entry.taskId = taskId;
    entry.stepKey = stepKey;
    entry.stepName = stepName;
    entry.action = action;
    entry.opinion = opinion;
    entry.userId = user.id();
    entry.userName = user.displayName();
    entry.orgId = user.orgId();
    entry.orgName = user.orgName();
    entry.createdAt = now;
    opinions.insert(entry);
  }

  /** The filing if the caller's organisation may see it, else 404 (its existence is not revealed). */
  Filing visible(long id, UserPrincipal user) {
    Filing filing = filings.findVisible(id, FilingScope.of(user));
    if (filing == null) {
      throw ApiException.notFound("备案不存在或无权查看");
    }
    return filing;
  }

  private Filing editable(long id, UserPrincipal user) {
    Filing filing = visible(id, user);
    if (filing.initiatorOrgId != user.orgId() || !user.has(Role.ZONE_OPERATOR)) {
      throw ApiException.forbidden("只有发起单位的经办人可以修改该备案");
    }
    if (!filing.status.editable()) {
      throw ApiException.conflict("备案当前状态为“" + filing.status.label() + "”，不能修改或提交");
    }
    return filing;
  }

  private void checkUniversity(Long universityId) {
    if (universityId == null) {
      return;
    }
    Org university = orgs.findById(universityId);
    if (university == null || university.type != OrgType.UNIVERSITY || !university.enabled) {
      throw ApiException.badField("universityId", "所选高校不存在或已停用");
    }
  }

  private void validate(FilingForm form, Class<?>... groups) {
    Set<ConstraintViolation<FilingForm>> violations = validator.validate(form, groups);
    if (!violations.isEmpty()) {
      List<FieldMessage> fields = violations.stream()
          .map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage()))
          .sorted(Comparator.comparing(FieldMessage::field))
          .toList();
      throw new ApiException(HttpStatus.BAD_REQUEST, "备案内容不完整或有误，请按提示修改", fields);
    }
  }

  private static void apply(FilingForm form, Filing filing, LocalDateTime now) {
    filing.universityId = form.universityId();
    filing.keyTasks = FilingViews.keyTaskCodes(form.keyTasks());
    filing.startDate = form.startDate();
    filing.endDate = form.endDate();
    ContactForm zone = form.zoneContact() == null ? new ContactForm(null, null, null) : form.zoneContact();
    ContactForm univ = form.universityContact() == null ? new ContactForm(null, null, null) : form.universityContact();
    filing.zoneContactName = zone.name();
    filing.zoneContactPhone = zone.phone();
    filing.zoneContactEmail = zone.email();
    filing.univContactName = univ.name();
    filing.univContactPhone = univ.phone();
    filing.univContactEmail = univ.email();
    filing.updatedAt = now;
  }

  private Detail toDetail(Filing f, UserPrincipal user) {
    boolean party = user.orgId() == f.zoneId || (f.universityId != null && user.orgId() == f.universityId);
    boolean reviewer = user.has(Role.CITY_REVIEWER) || user.has(Role.PROVINCE_ST_REVIEWER)
        || user.has(Role.PROVINCE_EDU_REVIEWER);
    Function<String, String> phone = party || reviewer ? Function.identity() : FilingViews::maskPhone;
    List<CurrentTask> current = f.processInstanceId == null ? List.of()
        : tasks.createTaskQuery().processInstanceId(f.processInstanceId).list().stream()
            .map(t -> new CurrentTask(t.getId(), t.getName())).toList();
    boolean editable = f.status.editable() && f.initiatorOrgId == user.orgId() && user.has(Role.ZONE_OPERATOR);
    return new Detail(f.id, f.zoneId, f.zoneName, f.cityName, f.universityId, f.universityName,
        FilingViews.keyTasks(f.keyTasks), f.startDate, f.endDate,
        new ContactForm(f.zoneContactName, phone.apply(f.zoneContactPhone), f.zoneContactEmail),
        new ContactForm(f.univContactName, phone.apply(f.univContactPhone), f.univContactEmail),
        f.status, f.status.label(), f.filingNo, f.submittedAt, f.approvedAt, editable,
        opinions.findByFiling(f.id).stream().map(FilingViews.Opinion::of).toList(), current);
  }

}
