package cn.sd.pairing.filing;

import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.security.UserPrincipal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
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
 * store repeats the other; this class joins them by task id.
 */
@Service
@Transactional(readOnly = true)
public class FilingTimeline {
  /** Activity types worth a line in the timeline. */
  private static final Set<String> SHOWN = Set.of("userTask", "boundaryTimer", "noneEndEvent");

  private final FilingAccess access;
  private final FilingOpinionMapper opinions;
  private final HistoryService history;
  private final RuntimeService runtime;

  public FilingTimeline(FilingAccess access, FilingOpinionMapper opinions, HistoryService history,
      RuntimeService runtime) {
    this.access = access;
    this.opinions = opinions;
    this.history = history;
    this.runtime = runtime;
  }

  public record Entry(String kind, String activityId, String stepName, LocalDateTime startedAt,
      LocalDateTime endedAt, LocalDateTime dueAt, boolean overdue, OpinionAction action, String actionLabel,
      String opinion, FilingSection section, String sectionLabel, String userName, String orgName) {}

  public record Timeline(String processDefinitionId, List<String> activeActivityIds,
      List<String> passedActivityIds, List<Entry> entries) {}

  public Timeline of(long filingId, UserPrincipal user) {
    Filing filing = access.visible(filingId, user);
    List<FilingOpinion> actions = opinions.findByFiling(filingId);
    List<Entry> entries = new ArrayList<>();
    // events of the filing (submit, withdraw) and actions on an open step that do not decide it
    // (转办, 抄送): each its own line, the latter naming the step they were made on
    actions.stream().filter(o -> o.taskId == null || o.action.sideAction()).forEach(o -> entries.add(new Entry(
        "EVENT", o.taskId == null ? null : o.stepKey, o.stepName, o.createdAt, o.createdAt, null, false, o.action,
        o.action.label(), o.opinion, o.section, FilingSection.labelOf(o.section), o.userName, o.orgName)));
    if (filing.processInstanceId == null) {
      return new Timeline(null, List.of(), List.of(), entries);
    }
    Map<String, FilingOpinion> byTask = actions.stream().filter(o -> o.taskId != null && !o.action.sideAction())
        .collect(Collectors.toMap(o -> o.taskId, Function.identity(), (first, later) -> later));
    Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceId(filing.processInstanceId).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(filing.processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(filing.processInstanceId).singleResult();
    Date now = ClockUtil.getCurrentTime();
    for (HistoricActivityInstance activity : activities) {
      if (!SHOWN.contains(activity.getActivityType()) || activity.getActivityName() == null) {
        continue;
      }
      // an END line only for the end that closed the filing's process, not for inner ends
      // (双方已确认 of the agreement stage, 已催办 of a reminder) while the filing goes on
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
    List<String> active = instance.getEndTime() == null ? runtime.getActiveActivityIds(filing.processInstanceId)
        : List.of();
    List<String> passed = activities.stream().filter(a -> a.getEndTime() != null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList();
    return new Timeline(instance.getProcessDefinitionId(), active, passed, entries);
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
