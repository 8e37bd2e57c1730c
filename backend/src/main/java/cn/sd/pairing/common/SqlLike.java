package cn.sd.pairing.common;

/** Builds "contains" patterns for LIKE ... ESCAPE '!' (the same escape works on H2 and MySQL). */
public final class SqlLike {
  private SqlLike() {}

  /** null when there is nothing to search for; wildcards the user typed match literally. */
  public static String contains(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
