package cn.sd.pairing.review;

import cn.sd.pairing.change.ChangeWorkflow;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.SqlLike;
import cn.sd.pairing.config.ClockConfig;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.qualification.TerminationService;
import cn.sd.pairing.report.AnnualReportProcess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * Filters of the task lists (待办 GET /api/tasks, 已办 GET /api/tasks/done), always combined with the caller's
 * candidate groups (待办) or username (已办).
 *
 * @param taskKey only this BPMN step (null = all)
 * @param processPattern LIKE pattern on the process definition id ("pairing-filing:%"), null = all processes
 * @param pattern lower-cased LIKE pattern (ESCAPE '!') on filing number, zone, university and city; null = none
 * @param overdueOnly only tasks due before {@code now} (待办 only)
 * @param dueFrom due on or after this instant (start of a day in Beijing time), null = open
 * @param dueBefore due before this instant (start of the day after the last day), null = open
 * @param now the engine's time: what "overdue" is measured against
 */
public record TaskQuery(String taskKey, String processPattern, String pattern, boolean overdueOnly, Date dueFrom,
    Date dueBefore, Date now) {

  /** The processes whose tasks reach the lists, by the name the API takes. */
  public enum Process {
    FILING(FilingProcess.KEY),
    CHANGE(ChangeWorkflow.KEY),
    TERMINATION(TerminationService.PROCESS_KEY),
    ANNUAL_REPORT(AnnualReportProcess.KEY);

    private final String key;

    Process(String key) {
      this.key = key;
    }
  }

  /** No filter at all. */
  public static TaskQuery all(Date now) {
    return new TaskQuery(null, null, null, false, null, null, now);
  }

  /**
   * From the request parameters: {@code taskKey}, {@code process} (FILING|CHANGE|TERMINATION|ANNUAL_REPORT),
   * {@code q}, {@code overdue}, {@code dueFrom}/{@code dueTo} (yyyy-MM-dd, both inclusive); bad values → 400.
   */
  public static TaskQuery of(String taskKey, Process process, String q, boolean overdueOnly, String dueFrom,
      String dueTo, Date now) {
    String key = taskKey == null || taskKey.isBlank() ? null : taskKey.strip();
    if (key != null && !key.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
      throw ApiException.badField("taskKey", "环节标识不正确");
    }
    LocalDate from = day("dueFrom", dueFrom);
    LocalDate to = day("dueTo", dueTo);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badField("dueTo", "截止日期范围的结束日不能早于开始日");
    }
    String pattern = SqlLike.contains(q);
    return new TaskQuery(key, process == null ? null : process.key + ":%",
        pattern == null ? null : pattern.toLowerCase(Locale.ROOT), overdueOnly, startOf(from),
        to == null ? null : startOf(to.plusDays(1)), now);
  }

  private static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badField(field, "日期格式应为yyyy-MM-dd");
    }
  }

  private static Date startOf(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ClockConfig.ZONE).toInstant());
  }
}
