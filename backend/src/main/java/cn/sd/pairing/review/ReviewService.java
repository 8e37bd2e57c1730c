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
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.UserPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
  private static final int MAX_TASKS = 500;
  private static final String ALREADY_DONE = "该任务已办理完毕，请勿重复提交";

  private final TaskService tasks;
  private final HistoryService history;
  private final FilingMapper filings;
  private final FilingService filingService;
  private final TaskDecisions decisions;
  private final TaskPeopleMapper people;
  private final Clock clock;

  public ReviewService(TaskService tasks, HistoryService history, FilingMapper filings, FilingService filingService,
      TaskDecisions decisions, TaskPeopleMapper people, Clock clock) {
    this.people = people;
    this.tasks = tasks;
    this.history = history;
    this.filings = filings;
    this.filingService = filingService;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<TaskView> todo(UserPrincipal user) {
    List<String> groups = CandidateGroups.of(user);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
        .initializeFormKeys().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, Filing> byProcess = filings.findByProcessInstanceIds(
            open.stream().map(Task::getProcessInstanceId).distinct().toList())
        .stream().collect(Collectors.toMap(f -> f.processInstanceId, Function.identity()));
    return views(open, byProcess);
  }

  /** Task views of open tasks; the filings and the assignees' names are read once for all of them. */
  List<TaskView> views(List<Task> open, Map<String, Filing> byProcess) {
    List<String> assignees = open.stream().map(Task::getAssignee).filter(java.util.Objects::nonNull).distinct()
        .toList();
    Map<String, String> names = assignees.isEmpty() ? Map.of() : people.findByUsernames(assignees).stream()
        .collect(Collectors.toMap(TaskPeopleMapper.PersonRow::username, TaskPeopleMapper.PersonRow::displayName,
            (a, b) -> a));
    return open.stream().map(t -> {
      Filing f = byProcess.get(t.getProcessInstanceId());
      return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getFormKey(), decisions.of(t),
          f == null ? null : f.id, f == null ? null : f.zoneName, f == null ? null : f.universityName,
          f == null ? null : f.cityName, t.getCreateTime(), t.getDueDate(),
          t.getDueDate() != null && t.getDueDate().before(ClockUtil.getCurrentTime()), t.getAssignee(),
          t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()));
    }).toList();
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
  private ApiException notOffered(String taskId) {
    if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
      return ApiException.forbidden("无权办理该任务");
    }
    boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    return finished ? ApiException.conflict(ALREADY_DONE) : ApiException.notFound("任务不存在");
  }
}
