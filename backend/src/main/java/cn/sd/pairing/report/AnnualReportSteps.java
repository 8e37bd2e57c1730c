package cn.sd.pairing.report;

import static cn.sd.pairing.report.AnnualReportProcess.VAR_CITY_GROUP;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_NEXT_YEAR;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_REPORTER_GROUP;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_REPORT_DUE;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_REPORT_ID;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_REPORT_YEAR;
import static cn.sd.pairing.report.AnnualReportProcess.VAR_WINDOW_OPENS;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.qualification.Qualification;
import cn.sd.pairing.qualification.QualificationMapper;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The service tasks and listeners of pairing-annual-report.bpmn (${annualReportSteps.…(execution)}). */
@Component("annualReportSteps")
public class AnnualReportSteps {
  private final AnnualReportMapper reports;
  private final FilingMapper filings;
  private final QualificationMapper qualifications;
  private final OrgMapper orgs;
  private final NotificationService notifications;
  private final TaskService tasks;
  private final ReportCalendar calendar;

  public AnnualReportSteps(AnnualReportMapper reports, FilingMapper filings, QualificationMapper qualifications,
      OrgMapper orgs, NotificationService notifications, TaskService tasks, ReportCalendar calendar) {
    this.reports = reports;
    this.filings = filings;
    this.qualifications = qualifications;
    this.orgs = orgs;
    this.notifications = notifications;
    this.tasks = tasks;
    this.calendar = calendar;
  }

  /**
   * 确定应报年度: the next year is due when it is not after the last year of the cooperation period and the
   * pairing has not been terminated; its window-opening date goes to the timer. reportYear = null ends the cycle.
   */
  public void planNext(DelegateExecution execution) {
    int next = ((Number) execution.getVariable(VAR_NEXT_YEAR)).intValue();
    Qualification q = qualifications.findByFilingId(filingId(execution));
    boolean due = q != null && q.terminatedOn == null && next <= q.activeUntil.getYear();
    execution.setVariable(VAR_REPORT_YEAR, due ? next : null);
    execution.setVariable(VAR_WINDOW_OPENS, due ? ReportCalendar.toDate(calendar.windowOpens(next)) : null);
  }

  /**
   * 生成年度成效报告: the report row of the year (待填报) with its due date, and who fills and who reviews it —
   * the zone's operators and the city bureau of the zone's city, read from the registry now.
   */
  public void open(DelegateExecution execution) {
    long filingId = filingId(execution);
    int year = ((Number) execution.getVariable(VAR_REPORT_YEAR)).intValue();
    Filing filing = filings.findById(filingId);
    List<Org> bureaus = orgs.findEnabledByType(OrgType.CITY_BUREAU, filing.cityCode);
    if (bureaus.isEmpty()) {
      throw ApiException.conflict("该高新区所在城市尚未配置市科技局，请联系管理员");
    }
    LocalDateTime now = ReportCalendar.now();
    AnnualReport report = new AnnualReport();
    report.filingId = filingId;
    report.reportYear = year;
    report.processInstanceId = execution.getProcessInstanceId();
    report.status = ReportStatus.DUE;
    report.openedAt = now;
    report.dueAt = calendar.due(year, now);
    report.updatedAt = now;
    reports.insert(report);
    execution.setVariable(VAR_REPORT_ID, report.id);
    execution.setVariable(VAR_REPORT_DUE, ReportCalendar.toDate(report.dueAt));
    execution.setVariable(VAR_REPORTER_GROUP, CandidateGroups.of(filing.zoneId, Role.ZONE_OPERATOR));
    execution.setVariable(VAR_CITY_GROUP, CandidateGroups.of(bureaus.get(0).id, Role.CITY_REVIEWER));
  }

  /** 催办 on a step's due date: the step stays open (and counts as overdue); its candidates are told. */
  public void remind(DelegateExecution execution, String taskKey) {
    AnnualReport report = report(execution);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list()) {
      notifications.notifyGroups(CandidateGroups.of(tasks.getIdentityLinksForTask(task.getId())),
          "催办：" + report.reportYear + "年度成效报告“" + task.getName() + "”已超过办理时限（" + report.zoneName + " 与 "
              + report.universityName + "）", report.filingId, task.getId());
    }
  }

  /** Execution listener: the state shown while the report waits at a step. */
  public void status(DelegateExecution execution, String status) {
    reports.setStatus(reportId(execution), ReportStatus.valueOf(status), ReportCalendar.now());
  }

  /** Execution listener of 修改年度成效报告: returned, with the city's opinion recorded moments ago. */
  public void returned(DelegateExecution execution) {
    reports.markReturned(reportId(execution),
        reports.latestOpinion(filingId(execution), AnnualReportProcess.TASK_REVIEW), ReportCalendar.now());
  }

  /** 审核通过，计入成效: the figures count from now on; the next year follows. */
  public void approve(DelegateExecution execution) {
    AnnualReport report = report(execution);
    reports.markApproved(report.id, ReportCalendar.now());
    execution.setVariable(VAR_NEXT_YEAR, report.reportYear + 1);
    notifications.notifyParties(report.filingId, report.reportYear + "年度成效报告审核通过");
  }

  /** 关闭未完成的报告: the pairing has ended; a report still waiting is closed (no longer owed). */
  public void close(DelegateExecution execution) {
    reports.closeOpen(execution.getProcessInstanceId(), ReportCalendar.now());
  }

  private AnnualReport report(DelegateExecution execution) {
    return reports.findById(reportId(execution));
  }

  private static long reportId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_REPORT_ID)).longValue();
  }

  private static long filingId(DelegateExecution execution) {
    return ((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
  }
}
