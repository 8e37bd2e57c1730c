package cn.sd.pairing.report;

import cn.sd.pairing.common.SqlLike;
import java.util.Locale;

/**
 * Filters of the report list (GET /api/annual-reports), always within the caller's filing scope.
 *
 * @param year only reports of this year (null = all)
 * @param status only this state (null = all)
 * @param overdue only overdue reports
 * @param pattern lower-cased LIKE pattern (ESCAPE '!') on the zone, the university side and the filing number
 */
public record ReportQuery(Integer year, ReportStatus status, boolean overdue, String pattern) {
  public static ReportQuery of(Integer year, ReportStatus status, Boolean overdue, String q) {
    String pattern = SqlLike.contains(q);
    return new ReportQuery(year, status, Boolean.TRUE.equals(overdue),
        pattern == null ? null : pattern.toLowerCase(Locale.ROOT));
  }
}
