package cn.sd.pairing.filing;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.filing.FilingViews.CurrentTask;
import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.filing.FilingViews.Page;
import cn.sd.pairing.filing.FilingViews.Summary;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.OrgType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, submission and reading of filings; the engine and the tables change in one transaction.
 * Every save checks the form (formats and lengths; on submit also completeness and the required
 * attachments), decides the parties (see {@link FilingParties}) and is refused with 409 when the
 * filing was saved by someone else since the caller read it (optimistic lock on {@code version}).
 */
@Service
@Transactional
public class FilingService {
  static final String STALE = "该备案已被他人修改，请刷新后重试";

  private final FilingMapper filings;
  private final FilingOpinionMapper opinions;
  private final FilingAttachmentMapper attachments;
  private final FilingAccess access;
  private final FilingParties parties;
  private final FilingWorkflow workflow;
  private final Validator validator;
  private final Clock clock;

  public FilingService(FilingMapper filings, FilingOpinionMapper opinions, FilingAttachmentMapper attachments,
      FilingAccess access, FilingParties parties, FilingWorkflow workflow,
      Validator validator, Clock clock) {
    this.filings = filings;
    this.opinions = opinions;
    this.attachments = attachments;
    this.access = access;
    this.parties = parties;
    this.workflow = workflow;
    this.validator = validator;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<Summary> list(UserPrincipal user, FilingQuery query, int page, int size) {
    FilingScope scope = FilingScope.of(user);
    List<Summary> items = filings.findPage(scope, query, (page - 1) * size, size).stream()
        .map(Summary::of).toList();
    return new Page<>(filings.count(scope, query), items);
  }

  @Transactional(readOnly = true)
  public Detail detail(long id, UserPrincipal user) {
    return toDetail(access.visible(id, user), user);
  }

  /** A new draft; the caller's organisation is its initiator. */
  @Audited(value = AuditEventType.FILING_CREATE, target = "'filing:' + #result.id()")
  public Detail create(FilingForm raw, UserPrincipal user) {
    FilingParties.requireFiler(user);
    FilingForm form = check(raw, user, null, false);
    LocalDateTime now = LocalDateTime.now(clock);
    Filing filing = new Filing();
    filing.initiatorOrgId = user.orgId();
    filing.status = FilingStatus.DRAFT;
    filing.createdBy = user.id();
    filing.createdAt = now;
    filing.version = 0;
    apply(form, filing, now);
    filings.insert(filing);
    saveChildren(filing.id, form);
    return detail(filing.id, user);
  }

  @Audited(value = AuditEventType.FILING_UPDATE, target = "'filing:' + #id")
  public Detail update(long id, FilingForm raw, UserPrincipal user) {
    Filing filing = lockForChange(id, raw, user);
    FilingForm form = check(raw, user, filing, false);
    save(form, filing);
    return detail(id, user);
  }

  /** Saves the form and submits: starts the review process, or resumes it after a return. */
  @Audited(value = AuditEventType.FILING_SUBMIT, target = "'filing:' + #id")
  public Detail submit(long id, FilingForm raw, UserPrincipal user) {
    Filing filing = lockForChange(id, raw, user);
    FilingForm form = check(raw, user, filing, true);
    LocalDateTime now = save(form, filing);
    if (filing.processInstanceId == null) {
      start(filing, user, now);
    } else {
      resume(filing, user, now);
    }
    return detail(id, user);
  }

  /** The filing, when the caller may change it and the form is based on its current version (else 409). */
  private Filing lockForChange(long id, FilingForm raw, UserPrincipal user) {
    access.editable(id, user);
    access.lockEditable(id);
    // read again under the lock: the version this change is based on is the caller's, or (none sent) this one
    Filing current = filings.findById(id);
    if (raw.version() != null && raw.version() != current.version) {
      throw ApiException.conflict(STALE);
    }
    return current;
  }

  /** Writes content and lists; 409 when the row's version moved since it was read. */
  private LocalDateTime save(FilingForm form, Filing filing) {
    LocalDateTime now = LocalDateTime.now(clock);
    apply(form, filing, now);
    if (filings.updateContent(filing) == 0) {
      throw ApiException.conflict(STALE);
    }
    filing.version++;
    saveChildren(filing.id, form);
    return now;
  }

  /**
   * The normalised form with its parties decided, or 400 listing every problem: formats and
   * lengths always, completeness and the required attachments when submitting.
   */
  private FilingForm check(FilingForm raw, UserPrincipal user, Filing existing, boolean submit) {
    List<FieldMessage> errors = new ArrayList<>();
    FilingParties.Decided decided = parties.decide(raw.normalized(), user, existing, errors);
    FilingForm form = decided.form();
    validate(form, submit, "", errors);
    if (submit && existing != null) {
      if (attachments.countOfKind(existing.id, AttachmentKind.AGREEMENT) == 0) {
        errors.add(new FieldMessage("attachments.AGREEMENT", "请上传双方签署的合作协议（PDF）"));
      }
      if (decided.subject() != null && decided.subject().type == OrgType.UNIT
          && attachments.countOfKind(existing.id, AttachmentKind.CONSENT) == 0) {
        errors.add(new FieldMessage("attachments.CONSENT",
            "结对主体为内设机构/团队，请上传所属高校出具的法人单位同意书（PDF）"));
      }
    }
    if (!errors.isEmpty()) {
      List<FieldMessage> sorted = errors.stream().sorted(Comparator.comparing(FieldMessage::field)).toList();
      throw new ApiException(HttpStatus.BAD_REQUEST, "备案内容不完整或有误，请按提示修改", sorted);
    }
    return form;
  }

  /** Formats and lengths, and completeness when asked; each problem once, its path under the prefix. */
  private void validate(FilingForm form, boolean complete, String prefix, List<FieldMessage> errors) {
    Class<?>[] groups = complete ? new Class<?>[] {Default.class, FilingForm.Submit.class}
        : new Class<?>[] {Default.class};
    for (ConstraintViolation<FilingForm> v : validator.validate(form, groups)) {
      String field = prefix + fieldPath(v);
      if (errors.stream().noneMatch(e -> e.field().equals(field))) {
        errors.add(new FieldMessage(field, v.getMessage()));
      }
    }
  }

  /**
   * The content proposed for an approved filing (a change filing): normalised and checked by the filing's own rules
   * (formats and lengths; completeness when {@code complete}), with the filing's parties. Problems are added to
   * {@code errors}, their paths under {@code prefix}; missing tag lists count as empty.
   */
  public FilingForm checkedContent(FilingForm raw, Filing filing, boolean complete, String prefix,
      List<FieldMessage> errors) {
    FilingForm normal = raw.normalized();
    FilingForm form = normal.withParties(filing.zoneId, filing.universityId,
        Objects.requireNonNullElse(normal.zoneIndustries(), List.of()),
        Objects.requireNonNullElse(normal.subjectDisciplines(), List.of()));
    validate(form, complete, prefix, errors);
    return form;
  }

  /**
   * Replaces the content of an approved filing with a checked one (see {@link #checkedContent}), in the caller's
   * transaction, which holds the filing's row lock: the approval of a change filing. Parties and number stay.
   */
  public void replaceContent(long filingId, FilingForm form) {
    save(form, filings.findById(filingId));
  }

  /** {@code projects[2].budgetWan}, {@code zoneIndustries[3]}: the path without validator-internal node names. */
  static String fieldPath(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replaceAll("\\.<[^>]*>", "");
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
  @Audited(value = AuditEventType.FILING_WITHDRAW, target = "'filing:' + #id", detail = "#reason")
  public Detail withdraw(long id, String reason, UserPrincipal user) {
    Filing filing = access.visible(id, user);
    if (filing.initiatorOrgId != user.orgId()) {
      throw ApiException.forbidden("只有发起单位可以撤回已提交的备案");
    }
    if (filing.processInstanceId == null) {
      throw ApiException.conflict("备案尚未提交，无需撤回");
    }
    record(filing.id, null, "withdraw", "撤回", OpinionAction.WITHDRAW, reason, user, LocalDateTime.now(clock));
    workflow.withdraw(filing);
    return detail(id, user);
  }

  /** An action on the filing's own process. */
  public void record(long filingId, String taskId, String stepKey, String stepName, OpinionAction action, String opinion,
      UserPrincipal user, LocalDateTime now) {
    record(filingId, null, taskId, stepKey, stepName, action, opinion, null, user, now);
  }

  /**
   * An action on one process of the filing (its own review, or a later change or termination; null: its own),
   * optionally with the part of the form the opinion concerns.
   */
  public void record(long filingId, String processInstanceId, String taskId, String stepKey, String stepName,
      OpinionAction action, String opinion, FilingSection section, UserPrincipal user, LocalDateTime now) {
    FilingOpinion entry = new FilingOpinion();
    entry.filingId = filingId;
    entry.processInstanceId = processInstanceId;
    entry.taskId = taskId;
    entry.stepKey = stepKey;
    entry.stepName = stepName;
    entry.action = action;
    entry.opinion = opinion;
    entry.section = section;
    entry.userId = user.id();
    entry.userName = user.displayName();
    entry.orgId = user.orgId();
    entry.orgName = user.orgName();
    entry.createdAt = now;
    opinions.insert(entry);
  }

  private static void apply(FilingForm form, Filing filing, LocalDateTime now) {
    filing.zoneId = form.zoneId();
    filing.universityId = form.universityId();
    filing.fillFrom(form);
    filing.plannedProjects = form.projects().size();
    filing.plannedBudgetWan = form.projects().stream().map(ProjectForm::budgetWan).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    filing.plannedPlatforms = form.platforms().size();
    filing.updatedAt = now;
  }

  /** Projects and platforms are replaced as a whole, in the order given. */
  private void saveChildren(long filingId, FilingForm form) {
    filings.deleteProjects(filingId);
    List<FilingProject> projects = new ArrayList<>();
    for (ProjectForm p : form.projects()) {
      FilingProject row = new FilingProject();
      row.seq = projects.size() + 1;
      row.name = p.name();
      row.techField = p.field();
      row.leadEnterprise = p.leadEnterprise();
      row.budgetWan = p.budgetWan();
      projects.add(row);
    }
    if (!projects.isEmpty()) {
      filings.insertProjects(filingId, projects);
    }
    filings.deletePlatforms(filingId);
    List<FilingPlatform> platforms = new ArrayList<>();
    for (PlatformForm p : form.platforms()) {
      FilingPlatform row = new FilingPlatform();
      row.seq = platforms.size() + 1;
      row.type = p.type();
      row.name = p.name();
      row.note = p.note();
      platforms.add(row);
    }
    if (!platforms.isEmpty()) {
      filings.insertPlatforms(filingId, platforms);
    }
  }

  private Detail toDetail(Filing f, UserPrincipal user) {
    ContactMask mask = ContactMask.of(f, user);
    List<CurrentTask> current = f.processInstanceId == null ? List.of() : filings.findCurrentTasks(f.processInstanceId);
    boolean editable = f.status.editable() && FilingAccess.isInitiatorOperator(f, user);
    TalentForm talent = new TalentForm(zeroIfNull(f.talentVicePresidents), zeroIfNull(f.talentIndustryProfessors),
        zeroIfNull(f.talentSecondments), zeroIfNull(f.talentTwoWayPostings));
    return new Detail(f.id, f.zoneId, f.zoneName, f.zoneLevel, FilingViews.zoneLevelLabel(f.zoneLevel), f.cityName,
        f.universityId, f.universityName, f.subjectType, FilingViews.orgTypeLabel(f.subjectType),
        f.parentUniversityId, f.parentUniversityName, f.initiatorOrgId, f.initiatorName, f.initiatorType,
        FilingViews.keyTasks(f.keyTasks), f.startDate, f.endDate,
        mask.contact(f.zoneContactName, f.zoneContactPhone, f.zoneContactEmail),
        mask.contact(f.univContactName, f.univContactPhone, f.univContactEmail),
        FilingText.split(f.zoneIndustries), FilingText.split(f.subjectDisciplines),
        f.mechanismDecision, f.mechanismProject, f.mechanismTalent, f.mechanismBenefit,
        filings.findProjects(f.id).stream().map(FilingViews.Project::of).toList(),
        filings.findPlatforms(f.id).stream().map(FilingViews.Platform::of).toList(),
        talent, f.targets2026, f.targets2028,
        attachments.findByFiling(f.id).stream().map(FilingViews.Attachment::of).toList(),
        f.version, f.status, f.status.label(), f.filingNo, f.submittedAt, f.approvedAt, editable,
        opinions.findByFiling(f.id).stream().map(FilingViews.Opinion::of).toList(), current,
        f.status == FilingStatus.APPROVED ? filings.findParticipants(f.id) : List.of());
  }

  private static int zeroIfNull(Integer value) {
    return value == null ? 0 : value;
  }

}
