package cn.sd.pairing.metrics;

import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.metrics.FiguresMapper.FilingPair;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's read model (sql/V18) from the engine's own history events of pairing-filing, in the same
 * transaction as Camunda's history rows: process start and end, revise tasks created, tasks completed. Which steps
 * exist and in which order stays the BPMN's business; this only counts what the engine reports. Being a
 * HistoryEventHandler bean, the Camunda starter adds it beside its database history handler.
 */
@Component
public class FiguresHistoryHandler implements HistoryEventHandler {
  /** The task whose instances are return rounds (the same key MetricsMapper's drill-downs read). */
  static final String REVISE_STEP = "revise";
  /** Camunda's end reason of a task done by a person; a task cancelled with its scope (a withdrawal) is "deleted". */
  private static final String COMPLETED = "completed";

  private final FiguresMapper figures;
  private final FirstRows firstRows;

  public FiguresHistoryHandler(@Lazy FiguresMapper figures, FirstRows firstRows) {
    this.figures = figures;
    this.firstRows = firstRows;
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!FilingProcess.KEY.equals(event.getProcessDefinitionKey())) {
      return;
    }
    if (event instanceof HistoricProcessInstanceEventEntity process) {
      if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        started(process);
      } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        ended(process);
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)
          && REVISE_STEP.equals(task.getTaskDefinitionKey())) {
        returned(task);
      } else if (COMPLETED.equals(task.getDeleteReason())) {
        completed(task);
      }
    }
  }

  private void started(HistoricProcessInstanceEventEntity process) {
    long filingId = Long.parseLong(process.getBusinessKey());
    figures.insertFiling(filingId, process.getProcessInstanceId(), process.getStartTime());
    FilingPair pair = figures.pairOf(process.getProcessInstanceId());
    if (pair != null) {
      addToPair(pair, 1, 0, 0);
    }
  }

  /** The end event carries no start time (Camunda computes the duration from the stored row): the same here. */
  private void ended(HistoricProcessInstanceEventEntity process) {
    FilingPair pair = figures.pairOf(process.getProcessInstanceId());
    if (pair != null) {
      Date end = process.getEndTime();
      int year = LocalDate.ofInstant(end.toInstant(), ClockConfig.ZONE).getYear();
      figures.endProcess(process.getProcessInstanceId(), end, year, end.getTime() - pair.startedAt().getTime());
    }
  }

  private void returned(HistoricTaskInstanceEventEntity task) {
    FilingPair pair = figures.pairOf(task.getProcessInstanceId());
    if (pair != null) {
      figures.addReturnRound(pair.filingId());
      addToPair(pair, 0, 1, pair.returnRounds() == 0 ? 1 : 0);
    }
  }

  private void completed(HistoricTaskInstanceEventEntity task) {
    FilingPair pair = figures.pairOf(task.getProcessInstanceId());
    if (pair == null) {
      return;
    }
    long ms = task.getEndTime().getTime() - startOf(task).getTime();
    int late = task.getDueDate() != null && task.getEndTime().after(task.getDueDate()) ? 1 : 0;
    if (late == 1) {
      figures.addLateStep(pair.filingId());
    }
    String step = task.getTaskDefinitionKey();
    if (figures.addToStep(pair.zoneId(), pair.universityId(), step, task.getName(), ms, late) == 0) {
      firstRows.step(pair.zoneId(), pair.universityId(), step, task.getName());
      figures.addToStep(pair.zoneId(), pair.universityId(), step, task.getName(), ms, late);
    }
  }

  /**
   * The complete event carries no start time (Camunda's history handler keeps the one of the stored row): it is the
   * creation time of the task, still in the command's cache while it completes.
   */
  private static Date startOf(HistoricTaskInstanceEventEntity task) {
    if (task.getStartTime() != null) {
      return task.getStartTime();
    }
    return Context.getCommandContext().getTaskManager().findTaskById(task.getTaskId()).getCreateTime();
  }

  private void addToPair(FilingPair pair, int filings, int rounds, int returned) {
    if (figures.addToPair(pair.zoneId(), pair.universityId(), filings, rounds, returned) == 0) {
      firstRows.pair(pair.zoneId(), pair.universityId());
      figures.addToPair(pair.zoneId(), pair.universityId(), filings, rounds, returned);
    }
  }
}
