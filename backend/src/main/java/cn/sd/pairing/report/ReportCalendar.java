package cn.sd.pairing.report;

import cn.sd.pairing.config.ClockConfig;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reporting calendar of annual reports: the report for year Y opens on the configured day of Y+1
 * (pairing.annual-report.window-opens, default 01-01, 00:00 Beijing time) and is due at the end of the
 * configured day of Y+1 (pairing.annual-report.due, default 01-31). A report that opens late (a pairing
 * approved before this feature, a server that was down) still gets min-fill-days (default 30) to be filled.
 *
 * <p>Report times read the engine clock, like the review deadlines: the timers that open reports and remind
 * of them are engine jobs, so moving the engine clock in a test moves the whole report lifecycle together.
 * In production the engine clock is the system clock.
 */
@Component
public class ReportCalendar {
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final MonthDay opens;
  private final MonthDay due;
  private final int minFillDays;

  public ReportCalendar(@Value("${pairing.annual-report.window-opens:01-01}") String opens,
      @Value("${pairing.annual-report.due:01-31}") String due,
      @Value("${pairing.annual-report.min-fill-days:30}") int minFillDays) {
    this.opens = monthDay("pairing.annual-report.window-opens", opens);
    this.due = monthDay("pairing.annual-report.due", due);
    if (!this.due.isAfter(this.opens)) {
      throw new IllegalArgumentException("pairing.annual-report.due must come after window-opens in the year");
    }
    if (minFillDays < 1) {
      throw new IllegalArgumentException("pairing.annual-report.min-fill-days must be at least 1");
    }
    this.minFillDays = minFillDays;
  }

  /** When the report for a year opens: the configured day of the following year, at midnight. */
  public LocalDateTime windowOpens(int reportYear) {
    return opens.atYear(reportYear + 1).atStartOfDay();
  }

  /** The due date of the report for a year that opened at {@code opened}. */
  public LocalDateTime due(int reportYear, LocalDateTime opened) {
    LocalDateTime configured = due.atYear(reportYear + 1).atTime(END_OF_DAY);
    LocalDateTime earliest = opened.toLocalDate().plusDays(minFillDays).atTime(END_OF_DAY);
    return earliest.isAfter(configured) ? earliest : configured;
  }

  /** The engine's current time in Beijing, in whole seconds (MariaDB keeps no fractions here). */
  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ClockConfig.ZONE)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  /** A Beijing time as the engine's Date (timer dates, due dates). */
  public static Date toDate(LocalDateTime beijing) {
    return Date.from(beijing.atZone(ClockConfig.ZONE).toInstant());
  }

  private static MonthDay monthDay(String property, String value) {
    try {
      return MonthDay.parse("--" + value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(property + " must be a month and day like 01-31, not " + value, e);
    }
  }
}
