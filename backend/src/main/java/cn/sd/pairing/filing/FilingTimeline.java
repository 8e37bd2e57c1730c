package cn.sd.pairing.filing;

import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.security.UserPrincipal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of one filing, every round included: the steps and their times come from
 * Camunda's history, the people, organisations and opinions from filing_opinion. Neither
 * store repeats the other; this class joins them by task id. After approval, the pairing's
 * change filings and termination requests follow, each a process with rounds of its own.
 */
@Service
@Transactional(readOnly = true)
public class FilingTimeline {
  /** Activity types worth a line in the timeline. */
  private static final Set<String> SHOWN = Set.of("userTask", "boundaryTimer", "noneEndEvent");

  private final FilingAccess access;
  private final FilingOpinionMapper opinions;
  private final FilingMapper filings;
  private final HistoryService history;
  private final RuntimeService runtime;

  public FilingTimeline(FilingAccess access, FilingOpinionMapper opinions, FilingMapper filings,
      HistoryService history, RuntimeService runtime) {
    this.access = access;
    this.opinions = opinions;
    this.filings = filings;
    this.history = history;
    this.runtime = runtime;
  }

  public record Entry(String kind, String activityId, String stepName, LocalDateTime startedAt,
      LocalDateTime endedAt, LocalDateTime dueAt, boolean overdue, OpinionAction action, String actionLabel,
      String opinion, FilingSection section, String sectionLabel, String userName, String orgName) {}

  /**
   * A later process of the approved pairing with its own rounds: a change filing (kind CHANGE) or a termination
   * request (TERMINATION); {@code no} counts them per kind (第N次), status is the change's or termination's.
   */
  public record FollowUp(String kind, long id, int no, String status, String processDefinitionId,
      List<String> activeActivityIds, List<String> passedActivityIds, List<Entry> entries) {}

  /** The filing's own review (its diagram and entries) and, after approval, its follow-ups, oldest first. */
  public record Timeline(String processDefinitionId, List<String> activeActivityIds,
      List<String> passedActivityIds, List<Entry> entries, List<FollowUp> followUps) {}

  /** A change filing or termination request that has a process (FilingMapper.findFollowUps). */
  public record FollowUpRow(String kind, long id, String processInstanceId, String status, LocalDateTime startedAt) {}

  /** One process's trail: its diagram markers and its lines. */
  private record Trail(String processDefinitionId, List<String> active, List<String> passed, List<Entry> entries) {}

  public Timeline of(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    List<FilingOpinion> actions = opinions.findByFiling(filingId);
    // events (submit, withdraw) and actions on an open step that do not decide it (转办, 抄送) are lines of their
    // own, in the process they were recorded for (none recorded: the filing's own); decisions join their step by
    // task id
    Map<String, List<FilingOpinion>> eventsByProcess = new HashMap<>();
    List<FilingOpinion> ownEvents = new ArrayList<>();
    for (FilingOpinion o : actions) {
      if (o.taskId == null || o.action.sideAction()) {
        if (o.processInstanceId == null || o.processInstanceId.equals(filing.processInstanceId)) {
          ownEvents.add(o);
        } else {
          eventsByProcess.computeIfAbsent(o.processInstanceId, k -> new ArrayList<>()).add(o);
        }
      }
    }
    if (filing.processInstanceId == null) {
      return new Timeline(null, List.of(), List.of(), ownEvents.stream().map(FilingTimeline::event).toList(),
          List.of());
    }
    Map<String, FilingOpinion> byTask = actions.stream().filter(o -> o.taskId != null && !o.action.sideAction())
        .collect(Collectors.toMap(o -> o.taskId, Function.identity(), (first, later) -> later));
    Trail own = trail(filing.processInstanceId, ownEvents, byTask);
    List<FollowUp> followUps = new ArrayList<>();
    Map<String, Integer> counted = new HashMap<>();
    for (FollowUpRow row : filings.findFollowUps(filingId)) {
      Trail t = trail(row.processInstanceId(), eventsByProcess.getOrDefault(row.processInstanceId(), List.of()),
          byTask);
      followUps.add(new FollowUp(row.kind(), row.id(), counted.merge(row.kind(), 1, Integer::sum), row.status(),
          t.processDefinitionId(), t.active(), t.passed(), t.entries()));
    }
    return new Timeline(own.processDefinitionId(), own.active(), own.passed(), own.entries(), followUps);
  }

  private static Entry event(FilingOpinion o) {
    return new Entry("EVENT", o.taskId == null ? null : o.stepKey, o.stepName, o.createdAt, o.createdAt, null, false,
        o.action, o.action.label(), o.opinion, o.section, FilingSection.labelOf(o.section), o.userName, o.orgName);
  }

  /** The steps of one process from Camunda's history, each with its decision, and the process's events. */
  private Trail trail(String processInstanceId, List<FilingOpinion> events, Map<String, FilingOpinion> byTask) {
    List<Entry> entries = new ArrayList<>(events.stream().map(FilingTimeline::event).toList());
    Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    Date now = ClockUtil.getCurrentTime();
    for (HistoricActivityInstance activity : activities) {
      if (!SHOWN.contains(activity.getActivityType()) || activity.getActivityName() == null) {
        continue;
      }
      // an END line only for the end that closed the process, not for inner ends
      // (双方已确认 of the agreement stage, 已催办 of a reminder) while it goes on
      if ("noneEndEvent".equals(activity.getActivityType())
          && !activity.getActivityId().equals(instance.getEndActivityId())) {
        continue;
      }
      HistoricTaskInstance task = activity.getTaskId() == null ? null : tasks.get(activity.getTaskId());
      FilingOpinion action = activity.getTaskId() == null ? null : byTask.get(activity.getTaskId());
      Date due = task == null ? null : task.getDueDate();
      Date end = activity.getEndTime();
      boolean overdue = due != null && (end == null ? now : end).after(due);
      entries.add(new Entry(kind(activity), activity.getActivityId(), activity.getActivityName(),
          local(activity.getStartTime()), local(end), local(due), overdue,
          action == null ? null : action.action, action == null ? null : action.action.label(),
          action == null ? null : action.opinion, action == null ? null : action.section,
          action == null ? null : FilingSection.labelOf(action.section), action == null ? null : action.userName,
          action == null ? null : action.orgName));
    }
    entries.sort(Comparator.comparing(Entry::startedAt).thenComparingInt(FilingTimeline::rankWithinTheSameInstant));
    List<String> active = instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId)
        : List.of();
    List<String> passed = activities.stream().filter(a -> a.getEndTime() != null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList();
    return new Trail(instance.getProcessDefinitionId(), active, passed, entries);
  }

  /**
   * Times may tie (MariaDB keeps whole seconds: sendFractionalSeconds=false), e.g. a filing
   * submitted and withdrawn within one second. Then the submission comes first (it started the
   * process), the steps next in the engine's order (the sort is stable), a withdrawal after the
   * steps it cancelled, the end last.
   */
  private static int rankWithinTheSameInstant(Entry entry) {
    return switch (entry.kind()) {
      case "EVENT" -> entry.action() == OpinionAction.SUBMIT ? 0 : 2;
      case "END" -> 3;
      default -> 1;
    };
  }

  private static String kind(HistoricActivityInstance activity) {
    return switch (activity.getActivityType()) {
      case "userTask" -> "STEP";
      case "boundaryTimer" -> "REMINDER";
      default -> "END";
    };
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ClockConfig.ZONE);
  }
}
