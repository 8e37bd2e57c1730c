package cn.sd.pairing.review;

import cn.sd.pairing.config.ClockConfig;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  public ReviewDeadlines(@Value("${pairing.review.due-working-days:5}") int workingDays,
      @Value("${pairing.review.holidays:}") Set<LocalDate> holidays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("pairing.review.due-working-days must be at least 1");
    }
    this.workingDays = workingDays;
    this.holidays = Set.copyOf(holidays);
  }

  public Date reviewDue() {
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
