package cn.sd.pairing.subject;

import java.util.List;

/**
 * Outcome of an import: total non-blank data rows, how many created and updated, and each
 * rejected row with the row number the user sees in the file (header = row 1).
 */
public record ImportResult(int total, int created, int updated, List<Rejected> rejected) {
  public record Rejected(int row, String code, String reason) {}
}
