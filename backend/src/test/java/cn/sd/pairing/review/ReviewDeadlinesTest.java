package cn.sd.pairing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Due dates of review steps: N working days, weekends and configured holidays skipped, Beijing time. */
class ReviewDeadlinesTest {
  private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

  private static ReviewDeadlines fiveDays(LocalDate... holidays) {
    return new ReviewDeadlines(5, Set.of(holidays));
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    LocalDate thursday = LocalDate.of(2026, 11, 19);
    assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(fiveDays().dueAfter(thursday)).isEqualTo(LocalDate.of(2026, 11, 26)); // next Thursday
    assertThat(fiveDays().dueAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 30)); // Mon → Mon
    assertThat(fiveDays().dueAfter(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 27)); // Fri → Fri
    // started at the weekend: the five days are the next working week
    assertThat(fiveDays().dueAfter(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 27)); // Sat
    assertThat(fiveDays().dueAfter(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 27)); // Sun
    // across a month and a year end
    assertThat(fiveDays().dueAfter(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void configuredHolidaysAreNotWorkingDays() {
    // 国庆节 2026: 1–7 October (Thursday to Wednesday)
    LocalDate[] nationalDay = java.util.stream.IntStream.rangeClosed(1, 7)
        .mapToObj(d -> LocalDate.of(2026, 10, d)).toArray(LocalDate[]::new);
    LocalDate wednesdayBefore = LocalDate.of(2026, 9, 30);
    assertThat(fiveDays().dueAfter(wednesdayBefore)).isEqualTo(LocalDate.of(2026, 10, 7));
    // with the holidays: 8, 9, 12, 13, 14 October
    assertThat(fiveDays(nationalDay).dueAfter(wednesdayBefore)).isEqualTo(LocalDate.of(2026, 10, 14));
    // a holiday on the would-be due date moves it to the next working day
    assertThat(fiveDays(LocalDate.of(2026, 11, 26)).dueAfter(LocalDate.of(2026, 11, 19)))
        .isEqualTo(LocalDate.of(2026, 11, 27));
    // a holiday at a weekend changes nothing
    assertThat(fiveDays(LocalDate.of(2026, 11, 21)).dueAfter(LocalDate.of(2026, 11, 19)))
        .isEqualTo(LocalDate.of(2026, 11, 26));
  }

  @Test
  void theNumberOfWorkingDaysIsConfigurable() {
    assertThat(new ReviewDeadlines(1, Set.of()).dueAfter(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(new ReviewDeadlines(10, Set.of()).dueAfter(LocalDate.of(2026, 11, 19)))
        .isEqualTo(LocalDate.of(2026, 12, 3));
    assertThatThrownBy(() -> new ReviewDeadlines(0, Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reviewDueIsTheEndOfTheDueDayInBeijingOnTheEngineClock() {
    // Thursday 10:00 in Beijing → the next Thursday, 23:59:59 Beijing time
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 19, 10, 0, 0, 0, BEIJING).toInstant()));
    assertThat(fiveDays().reviewDue().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 26, 23, 59, 59, 0, BEIJING).toInstant());

    // Thursday 17:00 UTC is already Friday 01:00 in Beijing: the Beijing day counts
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 19, 17, 0, 0, 0, java.time.ZoneOffset.UTC)
        .toInstant()));
    assertThat(fiveDays().reviewDue().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 27, 23, 59, 59, 0, BEIJING).toInstant());
  }

  @Test
  void aFixedDelayForDrillsReplacesTheWorkingDays() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 20, 23, 59, 50, 0, BEIJING).toInstant()));
    ReviewDeadlines drill = new ReviewDeadlines(5, Set.of(), java.time.Duration.ofSeconds(30));
    assertThat(drill.reviewDue().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 21, 0, 0, 20, 0, BEIJING).toInstant());
    assertThatThrownBy(() -> new ReviewDeadlines(5, Set.of(), java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
