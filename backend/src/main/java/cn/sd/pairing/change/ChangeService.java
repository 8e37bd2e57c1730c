package cn.sd.pairing.change;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.change.ChangeMapper.Unit;
import cn.sd.pairing.change.ChangeViews.Changes;
import cn.sd.pairing.change.ChangeViews.Detail;
import cn.sd.pairing.change.ChangeViews.Summary;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.filing.AttachmentKind;
import cn.sd.pairing.filing.AttachmentService;
import cn.sd.pairing.filing.ContactMask;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingAccess;
import cn.sd.pairing.filing.FilingAttachment;
import cn.sd.pairing.filing.FilingForm;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.FilingText;
import cn.sd.pairing.filing.FilingViews;
import cn.sd.pairing.filing.FilingViews.Attachment;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.qualification.Qualification;
import cn.sd.pairing.qualification.QualificationMapper;
import cn.sd.pairing.qualification.QualificationState;
import cn.sd.pairing.qualification.TerminationMapper;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 变更备案 of an approved pairing: an operator of either party drafts the proposed version of the content (and units
 * of the pairing's university to add), then submits it with a reason, which starts pairing-change (city, then
 * province S&T review; see ChangeSteps for what approval does). One open change per pairing, checked under the
 * filing's row lock. Drafts are seen by the two parties only; submitted changes by whoever sees the filing.
 */
@Service
@Transactional
public class ChangeService {
  static final String STALE = "该变更申请已被他人修改，请刷新后重试";
  static final int MAX_REASON = 500;
  static final int MAX_UNITS = 10;
  static final int MAX_ATTACHMENTS = 10;
  private static final String NOT_FOUND = "变更申请不存在或无权查看";

  private final ChangeMapper changes;
  private final ChangeAttachmentMapper attachments;
  private final ChangeWorkflow workflow;
  private final FilingMapper filings;
  private final FilingAccess access;
  private final FilingService filingService;
  private final AttachmentService attachmentService;
  private final QualificationMapper qualifications;
  private final TerminationMapper terminations;
  private final OrgMapper orgs;
  private final Clock clock;

  public ChangeService(ChangeMapper changes, ChangeAttachmentMapper attachments, ChangeWorkflow workflow,
      FilingMapper filings, FilingAccess access, FilingService filingService, AttachmentService attachmentService,
      QualificationMapper qualifications, TerminationMapper terminations, OrgMapper orgs, Clock clock) {
    this.changes = changes;
    this.attachments = attachments;
    this.workflow = workflow;
    this.filings = filings;
    this.access = access;
    this.filingService = filingService;
    this.attachmentService = attachmentService;
    this.qualifications = qualifications;
    this.terminations = terminations;
    this.orgs = orgs;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ reading

  @Transactional(readOnly = true)
  public Changes list(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    boolean party = FilingAccess.isParty(filing, user);
    List<FilingChange> all = changes.findByFiling(filingId);
    ChangeContent current = null;
    List<Summary> items = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      FilingChange c = all.get(i);
      if (c.status == ChangeStatus.DRAFT && !party) {
        continue;
      }
      ChangeContent base = changes.findSnapshot(c.id);
      if (base == null) {
        current = current == null ? current(filing) : current;
        base = current;
      }
      items.add(new Summary(c.id, all.size() - i, c.status, c.status.label(), c.applicantOrgName, c.reason,
          c.createdAt, c.submittedAt, c.decidedAt, changes.findUnits(c.id),
          ChangeDiff.between(base, c, ContactMask.of(filing, user))));
    }
    boolean canApply = FilingAccess.counterpartOf(filing, user) != null && blocker(filing, true) == null;
    return new Changes(canApply, items);
  }

  @Transactional(readOnly = true)
  public Detail detail(long filingId, long changeId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    return view(filing, visibleChange(filing, changeId, user), user);
  }

  /** The pairing's change that is not decided yet, when the caller may see it; else 404. */
  @Transactional(readOnly = true)
  public Detail open(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    FilingChange open = changes.findOpen(filingId);
    if (open == null || (open.status == ChangeStatus.DRAFT && !FilingAccess.isParty(filing, user))) {
      throw ApiException.notFound("该结对没有正在办理的变更申请");
    }
    return view(filing, open, user);
  }

  // ------------------------------------------------------------------ writing

  /** A new draft of the caller's organisation: 403 no party's operator, 409 not active or a change already open. */
  @Audited(value = AuditEventType.CHANGE_CREATE, target = "'filing:' + #filingId")
  public Detail create(long filingId, ChangeForm raw, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    if (FilingAccess.counterpartOf(filing, user) == null) {
      throw ApiException.forbidden("只有结对双方的经办人可以申请变更备案");
    }
    filings.lockStatus(filingId); // one open change per pairing
    String blocker = blocker(filing, true);
    if (blocker != null) {
      throw ApiException.conflict(blocker);
    }
    Checked checked = check(raw, filing, null, false);
    LocalDateTime now = LocalDateTime.now(clock);
    FilingChange change = new FilingChange();
    change.filingId = filingId;
    change.status = ChangeStatus.DRAFT;
    change.applicantOrgId = user.orgId();
    change.createdBy = user.id();
    change.reason = checked.reason();
    change.version = 0;
    change.createdAt = now;
    change.updatedAt = now;
    change.fill(checked.content());
    changes.insert(change);
    saveUnits(change.id, checked.unitIds());
    return view(filing, changes.findById(change.id), user);
  }

  @Audited(value = AuditEventType.CHANGE_UPDATE, target = "'change:' + #changeId")
  public Detail update(long filingId, long changeId, ChangeForm raw, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    FilingChange change = lockForChange(filing, changeId, raw, user);
    save(change, check(raw, filing, change, false));
    return view(filing, changes.findById(changeId), user);
  }

  /** Saves and submits: starts the review, or (returned) resumes it at the step that returned it. */
  @Audited(value = AuditEventType.CHANGE_SUBMIT, target = "'change:' + #changeId")
  public Detail submit(long filingId, long changeId, ChangeForm raw, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    FilingChange change = lockForChange(filing, changeId, raw, user);
    String blocker = blocker(filing, false);
    if (blocker != null) {
      throw ApiException.conflict(blocker);
    }
    LocalDateTime now = save(change, check(raw, filing, change, true));
    if (change.processInstanceId == null) {
      start(filing, change, user, now);
    } else {
      resume(filing, change, user, now);
    }
    return view(filing, changes.findById(changeId), user);
  }

  /** The applicant takes a submitted change back while the city review is pending or it waits for revision. */
  @Audited(value = AuditEventType.CHANGE_WITHDRAW, target = "'change:' + #changeId", detail = "#reason")
  public Detail withdraw(long filingId, long changeId, String reason, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    FilingChange change = visibleChange(filing, changeId, user);
    if (!isApplicant(change, user)) {
      throw ApiException.forbidden("只有申请单位的经办人可以撤回变更申请");
    }
    if (change.processInstanceId == null) {
      throw ApiException.conflict("变更申请尚未提交，无需撤回，可直接删除草稿");
    }
    filingService.record(filingId, change.processInstanceId, null, "withdraw", "撤回", OpinionAction.WITHDRAW,
        FilingText.clean(reason), null, user, LocalDateTime.now(clock));
    workflow.withdraw(change);
    return view(filing, changes.findById(changeId), user);
  }

  /** Deletes a draft never submitted, with its documents. */
  @Audited(value = AuditEventType.CHANGE_DISCARD, target = "'change:' + #changeId")
  public void discard(long filingId, long changeId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    FilingChange change = visibleChange(filing, changeId, user);
    if (!isApplicant(change, user)) {
      throw ApiException.forbidden("只有申请单位的经办人可以删除变更草稿");
    }
    filings.lockStatus(filingId);
    if (changes.findById(changeId).status != ChangeStatus.DRAFT) {
      throw ApiException.conflict("只能删除尚未提交的变更草稿");
    }
    for (FilingAttachment a : attachments.findByChange(changeId)) {
      attachmentService.deleteFileAfterCommit(a.storageKey);
    }
    attachments.deleteAll(changeId);
    changes.deleteUnits(changeId);
    changes.delete(changeId);
  }

  // ------------------------------------------------------------------ documents

  @Audited(value = AuditEventType.ATTACHMENT_UPLOAD, target = "'change:' + #changeId", detail = "#kind")
  public Attachment upload(long filingId, long changeId, String kind, MultipartFile file, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    lockForChange(filing, changeId, null, user);
    String owner = "change " + changeId;
    AttachmentService.Checked upload = attachmentService.check(kind, file, owner);
    if (attachments.count(changeId) >= MAX_ATTACHMENTS) {
      throw ApiException.badField("file", "每份变更申请最多上传" + MAX_ATTACHMENTS + "个附件，请先删除不需要的附件");
    }
    FilingAttachment row = attachmentService.store(upload, user, owner, stored -> attachments.insert(changeId, stored));
    return attachment(filingId, changeId, row);
  }

  @Transactional(readOnly = true)
  @Audited(value = AuditEventType.ATTACHMENT_DOWNLOAD, target = "'change:' + #changeId + '/attachment:' + #attachmentId")
  public AttachmentService.Download download(long filingId, long changeId, long attachmentId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    visibleChange(filing, changeId, user);
    FilingAttachment attachment = findAttachment(changeId, attachmentId);
    return new AttachmentService.Download(attachment,
        attachmentService.verifiedFile(attachment, "change " + changeId));
  }

  @Audited(value = AuditEventType.ATTACHMENT_DELETE, target = "'change:' + #changeId + '/attachment:' + #attachmentId")
  public void deleteAttachment(long filingId, long changeId, long attachmentId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    lockForChange(filing, changeId, null, user);
    FilingAttachment attachment = findAttachment(changeId, attachmentId);
    attachments.delete(changeId, attachmentId);
    attachmentService.deleteFileAfterCommit(attachment.storageKey);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Why no change may be applied for (or submitted) now, or null: the qualification is not active, a termination is
   * pending, or (for a new one) another change is open.
   */
  private String blocker(Filing filing, boolean forNew) {
    Qualification q = qualifications.findByFilingId(filing.id);
    if (q == null || q.stateOn(LocalDate.now(clock)) != QualificationState.ACTIVE) {
      return "该结对不在政策适用期内，不能申请变更备案";
    }
    if (terminations.countPending(filing.id) > 0) {
      return "该结对有终止申请正在办理，不能申请变更备案";
    }
    if (forNew && changes.findOpen(filing.id) != null) {
      return "该结对已有变更申请正在办理，请待其办结后再申请";
    }
    return null;
  }

  /** 404 not of this filing, or a draft and the caller no party. */
  private FilingChange visibleChange(Filing filing, long changeId, UserPrincipal user) {
    FilingChange change = changes.findById(changeId);
    if (change == null || !change.filingId.equals(filing.id)
        || (change.status == ChangeStatus.DRAFT && !FilingAccess.isParty(filing, user))) {
      throw ApiException.notFound(NOT_FOUND);
    }
    return change;
  }

  private static boolean isApplicant(FilingChange change, UserPrincipal user) {
    return FilingAccess.isOperator(user) && Objects.equals(change.applicantOrgId, user.orgId());
  }

  /**
   * The change, locked with its filing, when the caller may edit it now: 404 unseen, 403 not the applicant's
   * operator, 409 no longer editable or edited by someone else since the caller read it.
   */
  private FilingChange lockForChange(Filing filing, long changeId, ChangeForm raw, UserPrincipal user) {
    FilingChange change = visibleChange(filing, changeId, user);
    if (!isApplicant(change, user)) {
      throw ApiException.forbidden("只有申请单位的经办人可以修改该变更申请");
    }
    filings.lockStatus(filing.id);
    FilingChange current = changes.findById(changeId);
    if (!current.status.editable()) {
      throw ApiException.conflict("变更申请当前状态为“" + current.status.label() + "”，不能修改或提交");
    }
    if (raw != null && raw.version() != null && raw.version() != current.version) {
      throw ApiException.conflict(STALE);
    }
    return current;
  }

  private record Checked(FilingForm content, List<Long> unitIds, String reason) {}

  /**
   * The normalised proposal, or 400 listing every problem: the content by the filing's own rules (completeness on
   * submission), the units to add, the reason; on submission also a real change, an end of the period not past and
   * the consent document when units are added.
   */
  private Checked check(ChangeForm raw, Filing filing, FilingChange existing, boolean submit) {
    List<FieldMessage> errors = new ArrayList<>();
    FilingForm content = null;
    if (raw == null || raw.content() == null) {
      errors.add(new FieldMessage("content", "请填写变更后的备案内容"));
    } else {
      content = filingService.checkedContent(raw.content(), filing, submit, "content.", errors);
    }
    String reason = FilingText.clean(raw == null ? null : raw.reason());
    if (reason == null && submit) {
      errors.add(new FieldMessage("reason", "请填写变更原因"));
    } else if (reason != null && reason.length() > MAX_REASON) {
      errors.add(new FieldMessage("reason", "变更原因不能超过" + MAX_REASON + "字"));
    }
    List<Long> unitIds = units(raw == null ? null : raw.addedUnitIds(), filing, errors);
    if (submit && content != null) {
      if (content.endDate() != null && content.endDate().isBefore(LocalDate.now(clock))
          && errors.stream().noneMatch(e -> e.field().equals("content.endDate"))) {
        errors.add(new FieldMessage("content.endDate", "变更后的合作结束日期不能早于今天"));
      }
      if (!unitIds.isEmpty() && attachments.countOfKind(existing.id, AttachmentKind.CONSENT) == 0) {
        errors.add(new FieldMessage("attachments.CONSENT",
            "新增内设机构/团队参与结对，请上传所属高校出具的法人单位同意书（PDF）"));
      }
      if (errors.isEmpty() && unitIds.isEmpty()) {
        ChangeContent proposed = new ChangeContent();
        proposed.fill(content);
        if (ChangeDiff.between(current(filing), proposed).isEmpty()) {
          errors.add(new FieldMessage("content", "变更后的内容与现备案内容相同，请修改需要变更的内容"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "变更申请不完整或有误，请按提示修改",
          errors.stream().sorted(Comparator.comparing(FieldMessage::field)).toList());
    }
    return new Checked(content, unitIds, reason);
  }

  /**
   * The units to add, each once: enabled internal units/teams of the pairing's university (the subject, or the
   * subject's legal-entity university) that are neither the subject nor participants already.
   */
  private List<Long> units(List<Long> raw, Filing filing, List<FieldMessage> errors) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    if (new HashSet<>(raw).size() > MAX_UNITS) {
      errors.add(new FieldMessage("addedUnitIds", "一次最多新增" + MAX_UNITS + "个参与单位"));
      return List.of();
    }
    long university = filing.parentUniversityId != null ? filing.parentUniversityId : filing.universityId;
    Set<Long> participants = new HashSet<>(changes.findParticipantIds(filing.id));
    Set<Long> kept = new LinkedHashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      Long id = raw.get(i);
      String field = "addedUnitIds[" + i + "]";
      Org unit = id == null ? null : orgs.findById(id);
      if (unit == null || unit.type != OrgType.UNIT || !unit.enabled) {
        errors.add(new FieldMessage(field, "所选单位不存在、已停用或不是内设机构/团队"));
      } else if (!Objects.equals(unit.parentId, university)) {
        errors.add(new FieldMessage(field, "只能新增本结对高校的内设机构/团队"));
      } else if (unit.id.equals(filing.universityId)) {
        errors.add(new FieldMessage(field, "该内设机构/团队已是结对主体"));
      } else if (participants.contains(unit.id)) {
        errors.add(new FieldMessage(field, "该内设机构/团队已参与本结对"));
      } else {
        kept.add(unit.id);
      }
    }
    return List.copyOf(kept);
  }

  /** Writes reason, proposal and units; 409 when the change was saved by someone else meanwhile. */
  private LocalDateTime save(FilingChange change, Checked checked) {
    LocalDateTime now = LocalDateTime.now(clock);
    change.fill(checked.content());
    change.reason = checked.reason();
    change.updatedAt = now;
    if (changes.updateContent(change) == 0) {
      throw ApiException.conflict(STALE);
    }
    change.version++;
    changes.deleteUnits(change.id);
    saveUnits(change.id, checked.unitIds());
    return now;
  }

  private void saveUnits(long changeId, List<Long> unitIds) {
    if (!unitIds.isEmpty()) {
      changes.insertUnits(changeId, unitIds);
    }
  }

  /** First submission: the version the change is based on is kept, then the review starts. */
  private void start(Filing filing, FilingChange change, UserPrincipal user, LocalDateTime now) {
    FilingSnapshot base = new FilingSnapshot();
    base.copy(current(filing));
    base.filingId = filing.id;
    base.changeId = change.id;
    base.takenAt = now;
    changes.insertSnapshot(base);
    String processInstanceId = workflow.start(change, FilingAccess.counterpartOf(filing, user));
    changes.markSubmitted(change.id, processInstanceId, now);
    filingService.record(filing.id, processInstanceId, null, "changeSubmitted", "提交变更申请", OpinionAction.SUBMIT,
        change.reason, null, user, now);
  }

  /** A returned change waits in a task offered to the applicant; completing it lets the BPMN route it on. */
  private void resume(Filing filing, FilingChange change, UserPrincipal user, LocalDateTime now) {
    Task revise = workflow.reviseTask(change);
    if (revise == null) {
      throw ApiException.conflict("该变更申请当前不能重新提交");
    }
    filingService.record(filing.id, change.processInstanceId, revise.getId(), revise.getTaskDefinitionKey(),
        revise.getName(), OpinionAction.RESUBMIT, change.reason, null, user, now);
    workflow.resume(revise, user);
  }

  private ChangeContent current(Filing filing) {
    return ChangeContent.of(filing, filings.findProjects(filing.id), filings.findPlatforms(filing.id));
  }

  private Detail view(Filing filing, FilingChange change, UserPrincipal user) {
    boolean applicant = isApplicant(change, user);
    ContactMask mask = ContactMask.of(filing, user);
    ChangeContent base = changes.findSnapshot(change.id);
    List<FilingChange> all = changes.findByFiling(filing.id);
    int no = (int) all.stream().filter(c -> c.id <= change.id).count();
    FilingForm content = change.toForm(filing.zoneId, filing.universityId,
        mask.contact(change.zoneContactName, change.zoneContactPhone, change.zoneContactEmail),
        mask.contact(change.univContactName, change.univContactPhone, change.univContactEmail));
    List<Unit> units = changes.findUnits(change.id);
    List<Attachment> documents = attachments.findByChange(change.id).stream()
        .map(a -> attachment(filing.id, change.id, a)).toList();
    return new Detail(change.id, no, filing.id, change.status, change.status.label(), change.applicantOrgId,
        change.applicantOrgName, change.reason, content, units, documents,
        ChangeDiff.between(base == null ? current(filing) : base, change, mask), change.version,
        applicant && change.status.editable(), applicant && workflow.withdrawable(change),
        applicant && change.status == ChangeStatus.DRAFT, change.createdAt, change.submittedAt, change.decidedAt);
  }

  private static Attachment attachment(long filingId, long changeId, FilingAttachment a) {
    return Attachment.of(a, "/api/filings/" + filingId + "/changes/" + changeId + "/attachments/" + a.id + "/content");
  }

  private FilingAttachment findAttachment(long changeId, long attachmentId) {
    FilingAttachment attachment = attachments.find(changeId, attachmentId);
    if (attachment == null) {
      throw ApiException.notFound("附件不存在");
    }
    return attachment;
  }
}
