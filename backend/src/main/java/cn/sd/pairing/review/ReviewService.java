package cn.sd.pairing.review;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.filing.FilingSection;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.review.TaskListMapper.OpenRow;
import cn.sd.pairing.review.TaskListMapper.StepCount;
import cn.sd.pairing.review.TaskWorkViews.StepOption;
import cn.sd.pairing.review.TaskWorkViews.TaskPage;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.UserPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviewers' work: the tasks offered to their organisation and role, and their decisions. */
@Service
@Transactional
public class ReviewService {
  private static final String ALREADY_DONE = "该任务已办理完毕，请勿重复提交";

  private final TaskService tasks;
  private final HistoryService history;
  private final FilingMapper filings;
  private final FilingService filingService;
  private final TaskDecisions decisions;
  private final TaskListMapper taskList;
  private final Clock clock;

  public ReviewService(TaskService tasks, HistoryService history, FilingMapper filings, FilingService filingService,
      TaskDecisions decisions, TaskListMapper taskList, Clock clock) {
    this.taskList = taskList;
    this.tasks = tasks;
    this.history = history;
    this.filings = filings;
    this.filingService = filingService;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** 待办: a page of the open tasks offered to the caller's groups, newest first, and the counts (two statements). */
  @Transactional(readOnly = true)
  public TaskPage todo(UserPrincipal user, TaskQuery query, int page, int size) {
    List<String> groups = CandidateGroups.of(user);
    if (groups.isEmpty()) {
      return new TaskPage(0, 0, List.of(), List.of());
    }
    List<StepCount> counts = taskList.countOpen(groups, query);
    long total = 0;
    long overdue = 0;
    for (StepCount step : counts) {
      if (query.taskKey() == null || query.taskKey().equals(step.taskKey())) {
        total += step.tasks();
        overdue += step.overdue();
      }
    }
    List<StepOption> steps = counts.stream().map(c -> new StepOption(c.taskKey(), c.name(), c.tasks())).toList();
    long offset = (long) (page - 1) * size;
    List<TaskView> items = total <= offset ? List.of()
        : taskList.findOpen(groups, query, size, (int) offset).stream().map(r -> view(r, query.now())).toList();
    return new TaskPage(total, overdue, steps, items);
  }

  /** One open task offered to the caller: 404 unknown, 409 already completed, 403 someone else's. */
  @Transactional(readOnly = true)
  public TaskView task(String taskId, UserPrincipal user) {
    List<String> groups = CandidateGroups.of(user);
    OpenRow row = groups.isEmpty() ? null : taskList.findOpenById(groups, taskId);
    if (row == null) {
      throw notOffered(taskId);
    }
    return view(row, ClockUtil.getCurrentTime());
  }

  private TaskView view(OpenRow r, Date now) {
    String formKey = decisions.formKey(r.processDefinitionId(), r.taskKey());
    return new TaskView(r.id(), r.name(), r.taskKey(), formKey,
        decisions.of(r.processDefinitionId(), r.taskKey(), formKey), r.filingId(), r.zoneName(), r.universityName(),
        r.cityName(), r.createdAt(), r.dueAt(), r.dueAt() != null && r.dueAt().before(now), r.assignee(),
        r.assignee() == null ? null : Objects.requireNonNullElse(r.assigneeName(), r.assignee()));
  }

  @Audited(value = AuditEventType.TASK_COMPLETE, target = "'task:' + #taskId", detail = "#request.decision()")
  public Detail complete(String taskId, CompleteTaskRequest request, UserPrincipal user) {
    // one query on the way of every decision: the task, if it is offered to the caller; the reasons why not only
    // when it is not
    List<String> groups = CandidateGroups.of(user);
    Task task = groups.isEmpty() ? null : tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups)
        .includeAssignedTasks().initializeFormKeys().singleResult();
    if (task == null) {
      throw notOffered(taskId);
    }
    List<Decision> allowed = decisions.of(task);
    if (allowed.isEmpty()) {
      throw ApiException.conflict(TaskDecisions.formElsewhere(task));
    }
    if (!allowed.contains(request.decision())) {
      throw ApiException.badField("decision", "“" + task.getName() + "”环节不能作出该结论");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw ApiException.conflict("该任务已由他人签收办理");
    }
    String opinion = request.opinion() == null ? null : request.opinion().strip();
    if (request.decision() != Decision.APPROVE && (opinion == null || opinion.isEmpty())) {
      throw ApiException.badField("opinion", request.decision() == Decision.RETURN
          ? "退回修改时必须填写审核意见" : "不同意时必须填写理由");
    }
    FilingSection section = FilingSection.parse(request.section());
    Filing filing = filings.findByProcessInstanceIds(List.of(task.getProcessInstanceId())).get(0);
    // Claim first: the task row is the first row written, so a concurrent decision on the same
    // task waits on it (then fails its revision check → 409) instead of deadlocking with this
    // transaction on the filing row (MariaDB) after both recorded an opinion.
    try {
      tasks.setAssignee(taskId, user.username());
    } catch (NotFoundException completedMeanwhile) {
      throw ApiException.conflict(ALREADY_DONE);
    }
    filingService.record(filing.id, task.getProcessInstanceId(), taskId, task.getTaskDefinitionKey(), task.getName(),
        request.decision().action(), opinion, section, user, LocalDateTime.now(clock));
    tasks.complete(taskId,
        Map.of(task.getTaskDefinitionKey() + FilingProcess.DECISION_SUFFIX, request.decision().name()));
    return filingService.detail(filing.id, user);
  }

  /** Why a task is not offered to the caller: done already (409), unknown (404), or someone else's (403). */
  ApiException notOffered(String taskId) {
    if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
      return ApiException.forbidden("无权办理该任务");
    }
    boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    return finished ? ApiException.conflict(ALREADY_DONE) : ApiException.notFound("任务不存在");
  }
}
