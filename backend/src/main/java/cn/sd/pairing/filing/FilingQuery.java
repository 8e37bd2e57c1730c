package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.SqlLike;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Filters and order of the filing list (GET /api/filings), always combined with the caller's
 * {@link FilingScope}.
 *
 * @param status only this status (null = all)
 * @param pattern lower-cased LIKE pattern (ESCAPE '!') on the zone, the university/unit (and its
 *     university) names and the filing number; null = no text filter
 * @param year year of submission (drafts: of creation); null = all years
 * @param sort the column to sort by, a whitelisted constant
 * @param desc descending
 */
public record FilingQuery(FilingStatus status, String pattern, Integer year, Sort sort, boolean desc) {
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;

  /** The sortable columns; {@link #column} is a constant, the only text MyBatis inlines (${}). */
  public enum Sort {
    SUBMITTED_AT("submittedAt", "f.submitted_at", true),
    UPDATED_AT("updatedAt", "f.updated_at", false),
    FILING_NO("filingNo", "f.filing_no", true),
    STATUS("status", "f.status", false);

    private final String param;
    private final String column;
    private final boolean nullable;

    Sort(String param, String column, boolean nullable) {
      this.param = param;
      this.column = column;
      this.nullable = nullable;
    }

    public String getColumn() {
      return column;
    }

    /** Drafts have no value here: they sort last, at the price of not reading the column's index in order. */
    public boolean isNullable() {
      return nullable;
    }

    static Sort ofParam(String value) {
      for (Sort sort : values()) {
        if (sort.param.equals(value)) {
          return sort;
        }
      }
      throw ApiException.badField("sort", "排序字段只能是提交时间、更新时间、备案编号或状态");
    }
  }

  /** All filings of the scope, newest change first (the list's default). */
  public static FilingQuery all(FilingStatus status) {
    return new FilingQuery(status, null, null, Sort.UPDATED_AT, true);
  }

  /**
   * From the request parameters: {@code sort} submittedAt|updatedAt|filingNo|status (default updatedAt),
   * {@code order} asc|desc (default desc); anything else → 400 naming the parameter.
   */
  public static FilingQuery of(FilingStatus status, String q, Integer year, String sort, String order) {
    Sort column = sort == null || sort.isBlank() ? Sort.UPDATED_AT : Sort.ofParam(sort.strip());
    boolean desc;
    if (order == null || order.isBlank()) {
      desc = true;
    } else if (order.strip().equalsIgnoreCase("asc")) {
      desc = false;
    } else if (order.strip().equalsIgnoreCase("desc")) {
      desc = true;
    } else {
      throw ApiException.badField("order", "排序方向只能是升序（asc）或降序（desc）");
    }
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      throw ApiException.badField("year", "年份应在" + MIN_YEAR + "至" + MAX_YEAR + "之间");
    }
    String pattern = SqlLike.contains(q);
    return new FilingQuery(status, pattern == null ? null : pattern.toLowerCase(Locale.ROOT), year, column, desc);
  }

  /** ASC or DESC: a constant, never user text. */
  public String getDirection() {
    return desc ? "DESC" : "ASC";
  }

  /** Start of the year (inclusive), or null. */
  public LocalDateTime getYearFrom() {
    return year == null ? null : LocalDateTime.of(year, 1, 1, 0, 0);
  }

  /** Start of the next year (exclusive), or null. */
  public LocalDateTime getYearTo() {
    return year == null ? null : LocalDateTime.of(year + 1, 1, 1, 0, 0);
  }
}
