package cn.sd.pairing.review;

import cn.sd.pairing.config.ClockConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of review steps (${deadlines.reviewDue()} in the BPMN): the end of the N-th working
 * day after today, skipping weekends and configured public holidays. Reads the engine clock,
 * so moving it in tests moves the deadlines and timers together.
 */
@Component("deadlines")
public class ReviewDeadlines {
  private final int workingDays;
  private final Set<LocalDate> holidays;
  private final Duration fixedDelay;

  public ReviewDeadlines(int workingDays, Set<LocalDate> holidays) {
    this(workingDays, holidays, null);
  }

  /**
   * @param fixedDelay pairing.review.due-after: when set, a step is due this long after it starts
   *     instead of after working days, so that a drill (bench/faults.sh, bench/cluster.sh) sees the
   *     催办 timers fire within a minute; unset by default
   */
  @Autowired
  public ReviewDeadlines(@Value("${pairing.review.due-working-days:5}") int workingDays,
      @Value("${pairing.review.holidays:}") Set<LocalDate> holidays,
      @Value("${pairing.review.due-after:#{null}}") Duration fixedDelay) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("pairing.review.due-working-days must be at least 1");
    }
    if (fixedDelay != null && (fixedDelay.isNegative() || fixedDelay.isZero())) {
      throw new IllegalArgumentException("pairing.review.due-after must be positive");
    }
    this.workingDays = workingDays;
    this.holidays = Set.copyOf(holidays);
    this.fixedDelay = fixedDelay;
  }

  public Date reviewDue() {
    if (fixedDelay != null) {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(fixedDelay));
    }
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ClockConfig.ZONE).toLocalDate();
    return Date.from(dueAfter(today).atTime(LocalTime.of(23, 59, 59)).atZone(ClockConfig.ZONE).toInstant());
  }

  LocalDate dueAfter(LocalDate start) {
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }
}
