package cn.sd.pairing.review;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.filing.FilingService;
import cn.sd.pairing.filing.OpinionAction;
import cn.sd.pairing.notification.NotificationService;
import cn.sd.pairing.review.TaskPeopleMapper.PersonRow;
import cn.sd.pairing.review.TaskWorkViews.CcRequest;
import cn.sd.pairing.review.TaskWorkViews.DonePage;
import cn.sd.pairing.review.TaskWorkViews.DoneTask;
import cn.sd.pairing.review.TaskWorkViews.Person;
import cn.sd.pairing.review.TaskWorkViews.TransferRequest;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work management around the open tasks: 已办 (what the caller completed), 签收/取消签收 of a
 * task offered to a group, 转办 to a colleague who may handle the step, 抄送 to people who may
 * see the filing. Transfers and copies are kept in filing_opinion, so the timeline shows them.
 */
@Service
@Transactional
public class TaskWorkService {
  private static final String ALREADY_DONE = "该任务已办理完毕";
  private static final int TITLE_MAX = 200;

  private final TaskService tasks;
  private final HistoryService history;
  private final FilingMapper filings;
  private final TaskListMapper taskList;
  private final FilingService filingService;
  private final NotificationService notifications;
  private final TaskPeopleMapper people;
  private final OrgMapper orgs;
  private final ReviewService reviews;
  private final Clock clock;

  public TaskWorkService(TaskService tasks, HistoryService history, FilingMapper filings,
      TaskListMapper taskList, FilingService filingService, NotificationService notifications,
      TaskPeopleMapper people, OrgMapper orgs, ReviewService reviews, Clock clock) {
    this.tasks = tasks;
    this.history = history;
    this.filings = filings;
    this.taskList = taskList;
    this.filingService = filingService;
    this.notifications = notifications;
    this.people = people;
    this.orgs = orgs;
    this.reviews = reviews;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ 已办

  /** 已办: a page of the tasks the caller completed, newest first, and the count (two statements). */
  @Transactional(readOnly = true)
  public DonePage done(UserPrincipal user, TaskQuery query, int page, int size) {
    long total = taskList.countDone(user.username(), query);
    long offset = (long) (page - 1) * size;
    if (total <= offset) {
      return new DonePage(total, List.of());
    }
    List<DoneTask> items = taskList.findDone(user.username(), user.id(), query, size, (int) offset).stream()
        .map(r -> new DoneTask(r.id(), r.name(), r.taskKey(), r.filingId(), r.zoneName(), r.universityName(),
            r.cityName(), r.filingStatus(), r.filingStatus() == null ? null : r.filingStatus().label(), r.filingNo(),
            r.createdAt(), r.endedAt(), r.action(), r.action() == null ? null : r.action().label(), r.opinion()))
        .toList();
    return new DonePage(total, items);
  }

  // ------------------------------------------------------------------ 签收 / 取消签收

  @Audited(value = AuditEventType.TASK_CLAIM, target = "'task:' + #taskId")
  public TaskView claim(String taskId, UserPrincipal user) {
    Task task = offered(taskId, user);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw ApiException.conflict("该任务已由" + displayName(task.getAssignee()) + "签收，不能重复签收");
    }
    if (task.getAssignee() == null) {
      assign(taskId, user.username());
    }
    return reviews.task(taskId, user);
  }

  @Audited(value = AuditEventType.TASK_UNCLAIM, target = "'task:' + #taskId")
  public TaskView unclaim(String taskId, UserPrincipal user) {
    Task task = offered(taskId, user);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw ApiException.forbidden("只有签收人可以取消签收");
    }
    if (task.getAssignee() != null) {
      assign(taskId, null);
    }
    return reviews.task(taskId, user);
  }

  // ------------------------------------------------------------------ 转办

  @Transactional(readOnly = true)
  public List<Person> colleagues(String taskId, UserPrincipal user) {
    Task task = offered(taskId, user);
    Set<String> groups = Set.copyOf(CandidateGroups.of(tasks.getIdentityLinksForTask(task.getId())));
    return persons(people.findActiveInOrgs(List.of(user.orgId())).stream()
        .filter(p -> p.id() != user.id() && groups.contains(CandidateGroups.of(p.orgId(), p.role())))
        .toList());
  }

  @Audited(value = AuditEventType.TASK_TRANSFER, target = "'task:' + #taskId", detail = "'转给用户' + #request.toUserId()")
  public TaskView transfer(String taskId, TransferRequest request, UserPrincipal user) {
    Task task = offered(taskId, user);
    if (!FilingProcess.FORM_DECISION.equals(task.getFormKey())) {
      throw ApiException.conflict(TaskDecisions.formElsewhere(task) + "，不能转办");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw ApiException.conflict("该任务已由" + displayName(task.getAssignee()) + "签收，不能转办");
    }
    String reason = request.reason().strip();
    if (reason.isEmpty()) {
      throw ApiException.badField("reason", "请填写转办原因");
    }
    List<PersonRow> target = people.findById(request.toUserId());
    if (target.isEmpty()) {
      throw ApiException.badField("toUserId", "所选人员不存在");
    }
    PersonRow to = target.get(0);
    if (to.id() == user.id()) {
      throw ApiException.badField("toUserId", "不能转办给自己");
    }
    if (to.orgId() != user.orgId()) {
      throw ApiException.forbidden("只能转办给本单位的人员");
    }
    if (!to.enabled() || !to.orgEnabled()) {
      throw ApiException.badField("toUserId", "所选人员已停用，不能接收转办");
    }
    Set<String> groups = Set.copyOf(CandidateGroups.of(tasks.getIdentityLinksForTask(task.getId())));
    if (target.stream().noneMatch(p -> groups.contains(CandidateGroups.of(p.orgId(), p.role())))) {
      throw ApiException.badField("toUserId", "所选人员无权办理“" + task.getName() + "”环节");
    }
    assign(taskId, to.username());
    Filing filing = filingOf(task);
    filingService.record(filing.id, task.getProcessInstanceId(), taskId, task.getTaskDefinitionKey(), task.getName(),
        OpinionAction.TRANSFER, "转办给" + to.displayName() + "：" + reason, null, user, LocalDateTime.now(clock));
    notifications.notifyUsers(List.of(to.id()), title("转办：" + user.displayName() + "将“" + task.getName()
        + "”转给您办理（" + filing.zoneName + " 与 " + filing.universityName + "）"), filing.id, taskId);
    return reviews.task(taskId, user);
  }

  // ------------------------------------------------------------------ 抄送

  @Transactional(readOnly = true)
  public List<Person> ccCandidates(String taskId, UserPrincipal user) {
    Task task = offered(taskId, user);
    return persons(ccPool(filingOf(task), user));
  }

  @Audited(value = AuditEventType.TASK_CC, target = "'task:' + #taskId", detail = "'抄送用户' + #request.userIds()")
  public void cc(String taskId, CcRequest request, UserPrincipal user) {
    Task task = offered(taskId, user);
    Filing filing = filingOf(task);
    Map<Long, Person> pool = new LinkedHashMap<>();
    persons(ccPool(filing, user)).forEach(p -> pool.put(p.id(), p));
    List<Person> chosen = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(request.userIds())) {
      Person person = id == null ? null : pool.get(id);
      if (person == null) {
        throw ApiException.badField("userIds", "所选人员不在可抄送范围内（本单位、备案双方或省级主管部门的在用人员）");
      }
      chosen.add(person);
    }
    String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    String names = chosen.stream().map(Person::displayName).collect(Collectors.joining("、"));
    String text = "抄送给" + names + (note == null ? "" : "：" + note);
    filingService.record(filing.id, task.getProcessInstanceId(), taskId, task.getTaskDefinitionKey(), task.getName(),
        OpinionAction.CC, text.length() > 1000 ? text.substring(0, 999) + "…" : text, null, user,
        LocalDateTime.now(clock));
    notifications.notifyUsers(chosen.stream().map(Person::id).toList(), title("抄送：" + user.displayName()
        + "在“" + task.getName() + "”环节抄送了" + filing.zoneName + " 与 " + filing.universityName + " 结对备案"
        + (note == null ? "" : "（" + note + "）")), filing.id, null);
  }

  /** Enabled users of the caller's organisation, the filing's parties and the provincial departments. */
  private List<PersonRow> ccPool(Filing filing, UserPrincipal user) {
    Set<Long> orgIds = new LinkedHashSet<>();
    orgIds.add(user.orgId());
    orgIds.add(filing.zoneId);
    orgIds.add(filing.universityId);
    if (filing.parentUniversityId != null) {
      orgIds.add(filing.parentUniversityId);
    }
    orgs.findEnabledByType(OrgType.PROVINCE_ST, null).forEach(o -> orgIds.add(o.id));
    orgs.findEnabledByType(OrgType.PROVINCE_EDU, null).forEach(o -> orgIds.add(o.id));
    orgIds.remove(null);
    return people.findActiveInOrgs(orgIds).stream().filter(p -> p.id() != user.id()).toList();
  }

  // ------------------------------------------------------------------ helpers

  /** The open task when it is offered to the caller: 404 unknown, 409 already completed, 403 not a candidate. */
  private Task offered(String taskId, UserPrincipal user) {
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
      throw finished ? ApiException.conflict(ALREADY_DONE) : ApiException.notFound("任务不存在");
    }
    List<String> groups = CandidateGroups.of(user);
    if (groups.isEmpty() || tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups)
        .includeAssignedTasks().count() == 0) {
      throw ApiException.forbidden("无权办理该任务");
    }
    return task;
  }

  private void assign(String taskId, String username) {
    try {
      tasks.setAssignee(taskId, username);
    } catch (NotFoundException completedMeanwhile) {
      throw ApiException.conflict(ALREADY_DONE);
    }
  }

  private Filing filingOf(Task task) {
    return filings.findByProcessInstanceIds(List.of(task.getProcessInstanceId())).get(0);
  }

  private String displayName(String username) {
    return people.findByUsernames(List.of(username)).stream().map(PersonRow::displayName).findFirst()
        .orElse(username);
  }

  /** One person per user (the rows repeat a user per role). */
  private static List<Person> persons(List<PersonRow> rows) {
    Map<Long, Person> byId = new LinkedHashMap<>();
    for (PersonRow p : rows) {
      byId.putIfAbsent(p.id(), new Person(p.id(), p.username(), p.displayName(), p.orgId(), p.orgName()));
    }
    return List.copyOf(byId.values());
  }

  private static String title(String text) {
    return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX - 1) + "…";
  }
}
