package cn.sd.pairing.report;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingScope;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.report.AnnualReportViews.Detail;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual results reports for the people of a pairing: whoever may see the filing sees its reports (a city bureau
 * asking for another city's is refused with 403, other organisations get 404); only the zone's operators fill
 * them — draft saves, and the submission that completes the report's open step (填报 or 修改) in the process.
 * The city decides in its ordinary task list (POST /api/tasks/{id}/complete).
 */
@Service
@Transactional
public class AnnualReportService {
  private static final String NOT_FOUND = "年度成效报告不存在或无权查看";

  private final AnnualReportMapper reports;
  private final FilingMapper filings;
  private final FilingService filingService;
  private final TaskService tasks;

  public AnnualReportService(AnnualReportMapper reports, FilingMapper filings, FilingService filingService,
      TaskService tasks) {
    this.reports = reports;
    this.filings = filings;
    this.filingService = filingService;
    this.tasks = tasks;
  }

  /** The reports of the caller's filing scope, newest year first; the administrators have none (403). */
  @Transactional(readOnly = true)
  public PageResult<Detail> list(UserPrincipal user, ReportQuery query, int page, int size) {
    FilingScope scope = FilingScope.of(user);
    if (FilingScope.NONE.equals(scope.kind())) {
      throw ApiException.forbidden("无权查看年度成效报告");
    }
    LocalDateTime now = ReportCalendar.now();
    return new PageResult<>(reports.count(scope, query, now),
        reports.findPage(scope, query, now, (long) (page - 1) * size, size).stream()
            .map(r -> Detail.of(r, now, fillable(r, user))).toList());
  }

  @Transactional(readOnly = true)
  public Detail detail(long id, UserPrincipal user) {
    AnnualReport report = visible(id, user);
    return Detail.of(report, ReportCalendar.now(), fillable(report, user));
  }

  /** The reports of one pairing (the filing's page), newest year first; 404 when the filing is not the caller's. */
  @Transactional(readOnly = true)
  public List<Detail> ofFiling(long filingId, UserPrincipal user) {
    if (filings.findVisible(filingId, FilingScope.of(user)) == null) {
      throw ApiException.notFound("备案不存在或无权查看");
    }
    LocalDateTime now = ReportCalendar.now();
    return reports.findByFiling(filingId).stream().map(r -> Detail.of(r, now, fillable(r, user))).toList();
  }

  /** A draft save: formats are checked, empty fields allowed. */
  @Audited(value = AuditEventType.REPORT_SAVE, target = "'annual-report:' + #id")
  public Detail save(long id, AnnualReportForm form, UserPrincipal user) {
    AnnualReport report = writable(id, user);
    ReportRules.check(form, false).throwIfAny();
    store(report, form, user);
    return detail(id, user);
  }

  /**
   * Saves the complete figures and completes the report's open step: the report goes to the city (待市科技局审核).
   * 400 with every field problem, nothing saved; 409 when it is not waiting for the reporter.
   */
  @Audited(value = AuditEventType.REPORT_SUBMIT, target = "'annual-report:' + #id")
  public Detail submit(long id, AnnualReportForm form, UserPrincipal user) {
    AnnualReport report = writable(id, user);
    ReportRules.check(form, true).throwIfAny();
    Task step = tasks.createTaskQuery().processInstanceId(report.processInstanceId)
        .taskDefinitionKeyIn(AnnualReportProcess.TASK_FILL, AnnualReportProcess.TASK_REVISE).singleResult();
    if (step == null) {
      throw ApiException.conflict("该年度成效报告已提交，请勿重复提交");
    }
    if (tasks.createTaskQuery().taskId(step.getId()).taskCandidateGroupIn(CandidateGroups.of(user))
        .includeAssignedTasks().count() == 0) {
      throw ApiException.forbidden("只有结对高新区的经办人可以填报年度成效报告");
    }
    store(report, form, user);
    LocalDateTime now = ReportCalendar.now();
    reports.markSubmitted(id, now);
    boolean resubmission = AnnualReportProcess.TASK_REVISE.equals(step.getTaskDefinitionKey());
    filingService.record(report.filingId, step.getId(), step.getTaskDefinitionKey(), step.getName(),
        resubmission ? OpinionAction.RESUBMIT : OpinionAction.SUBMIT, report.reportYear + "年度成效报告", user, now);
    tasks.complete(step.getId());
    return detail(id, user);
  }

  private void store(AnnualReport report, AnnualReportForm form, UserPrincipal user) {
    report.projectsStarted = form.projectsStarted();
    report.projectsFinished = form.projectsFinished();
    report.breakthroughs = form.breakthroughs();
    report.transfers = form.transfers();
    report.contractValueWan = form.contractValueWan();
    report.scenarios = form.scenarios();
    report.platformsBuilt = form.platformsBuilt();
    report.vicePresidents = form.vicePresidents();
    report.industryProfessors = form.industryProfessors();
    report.fundingWan = form.fundingWan();
    report.narrative = ReportRules.text(form.narrative());
    report.updatedBy = user.id();
    report.updatedAt = ReportCalendar.now();
    if (reports.updateFigures(report, form.version()) == 0) {
      throw ApiException.conflict("该年度成效报告已被他人修改，请刷新后重试");
    }
  }

  /**
   * The report when the caller may see it: 404 when its filing is outside the caller's scope, except a city
   * bureau asking for a report of another city's zone (403: reviewers know the pairings of other cities exist).
   */
  private AnnualReport visible(long id, UserPrincipal user) {
    AnnualReport report = reports.findById(id);
    if (report == null) {
      throw ApiException.notFound(NOT_FOUND);
    }
    if (user.has(Role.CITY_REVIEWER) && !Objects.equals(report.cityCode, user.cityCode())) {
      throw ApiException.forbidden("只能查看本市高新区的年度成效报告");
    }
    if (filings.findVisible(report.filingId, FilingScope.of(user)) == null) {
      throw ApiException.notFound(NOT_FOUND);
    }
    return report;
  }

  /** The report when the caller may fill it now: 404 unseen, 403 not the zone's operator, 409 not waiting. */
  private AnnualReport writable(long id, UserPrincipal user) {
    AnnualReport report = visible(id, user);
    if (!isReporter(report, user)) {
      throw ApiException.forbidden("只有结对高新区的经办人可以填报年度成效报告");
    }
    ReportStatus status = reports.lockStatus(id); // saves and submissions of one report one after the other
    if (!status.fillable()) {
      throw ApiException.conflict("年度成效报告当前状态为“" + status.label() + "”，不能修改或提交");
    }
    return reports.findById(id);
  }

  private static boolean fillable(AnnualReport report, UserPrincipal user) {
    return report.status.fillable() && isReporter(report, user);
  }

  /** The zone fills the report: one accountable reporter; the university side reads it. */
  private static boolean isReporter(AnnualReport report, UserPrincipal user) {
    return user.has(Role.ZONE_OPERATOR) && Objects.equals(report.zoneId, user.orgId());
  }
}
