package cn.sd.pairing.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Camunda's secondary indexes of its history tables (ACT_HI_ACTINST alone has 11), dropped before the bulk load and
 * built again after it: InnoDB then sorts each index once instead of inserting millions of entries one by one into
 * B-trees that outgrow the buffer pool. The definitions are read from information_schema, so exactly Camunda's
 * indexes come back (names, column order, prefix lengths, uniqueness).
 */
final class HistoryIndexes {
  private HistoryIndexes() {}

  /** Drops them; returns one ALTER TABLE per table that adds them again. */
  static List<String> drop(Connection c, String database) throws SQLException {
    Map<String, List<String>> adds = new LinkedHashMap<>();
    Map<String, List<String>> drops = new LinkedHashMap<>();
    String sql = "SELECT TABLE_NAME, INDEX_NAME, MAX(NON_UNIQUE), GROUP_CONCAT(CONCAT('`', COLUMN_NAME, '`',"
        + " IF(SUB_PART IS NULL, '', CONCAT('(', SUB_PART, ')'))) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')"
        + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME LIKE 'ACT\\_HI\\_%'"
        + " AND INDEX_NAME <> 'PRIMARY' GROUP BY TABLE_NAME, INDEX_NAME ORDER BY TABLE_NAME, INDEX_NAME";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, database);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String index = rs.getString(2);
          String kind = rs.getInt(3) == 0 ? "UNIQUE INDEX" : "INDEX";
          adds.computeIfAbsent(table, t -> new ArrayList<>()).add("ADD " + kind + " `" + index + "` (" + rs.getString(4) + ")");
          drops.computeIfAbsent(table, t -> new ArrayList<>()).add("DROP INDEX `" + index + "`");
        }
      }
    }
    List<String> rebuild = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, List<String>> e : drops.entrySet()) {
        s.execute("ALTER TABLE " + e.getKey() + " " + String.join(", ", e.getValue()));
        rebuild.add("ALTER TABLE " + e.getKey() + " " + String.join(", ", adds.get(e.getKey())));
      }
    }
    return rebuild;
  }

  static void rebuild(Connection c, List<String> statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }
}
