package cn.sd.pairing.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows buffered per table and written as batched multi-row INSERTs (rewriteBatchedStatements). */
final class Tables {
  static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("filing", new String[] {"id", "initiator_org_id", "zone_id", "university_id", "key_tasks", "start_date",
        "end_date", "zone_contact_name", "zone_contact_phone", "zone_contact_email", "univ_contact_name",
        "univ_contact_phone", "univ_contact_email", "status", "process_instance_id", "filing_year", "filing_seq",
        "filing_no", "submitted_at", "approved_at", "created_by", "created_at", "updated_at", "zone_industries",
        "subject_disciplines", "mechanism_decision", "mechanism_project", "mechanism_talent", "mechanism_benefit",
        "talent_vice_presidents", "talent_industry_professors", "talent_secondments", "talent_two_way_postings",
        "targets_2026", "targets_2028", "version"});
    COLUMNS.put("filing_project", new String[] {"filing_id", "seq", "name", "tech_field", "lead_enterprise", "budget_wan"});
    COLUMNS.put("filing_platform", new String[] {"filing_id", "seq", "type", "name", "note"});
    COLUMNS.put("filing_attachment", new String[] {"filing_id", "kind", "file_name", "content_type", "size_bytes",
        "sha256", "storage_key", "uploaded_by", "uploaded_at"});
    COLUMNS.put("filing_opinion", new String[] {"filing_id", "task_id", "step_key", "step_name", "action", "opinion",
        "user_id", "user_name", "org_id", "org_name", "created_at"});
    COLUMNS.put("notification", new String[] {"user_id", "title", "filing_id", "task_id", "created_at", "read_at"});
    COLUMNS.put("ACT_HI_PROCINST", new String[] {"ID_", "PROC_INST_ID_", "BUSINESS_KEY_", "PROC_DEF_KEY_",
        "PROC_DEF_ID_", "START_TIME_", "END_TIME_", "REMOVAL_TIME_", "DURATION_", "START_USER_ID_", "START_ACT_ID_",
        "END_ACT_ID_", "ROOT_PROC_INST_ID_", "STATE_"});
    COLUMNS.put("ACT_HI_ACTINST", new String[] {"ID_", "PARENT_ACT_INST_ID_", "PROC_DEF_KEY_", "PROC_DEF_ID_",
        "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "EXECUTION_ID_", "ACT_ID_", "TASK_ID_", "ACT_NAME_", "ACT_TYPE_",
        "ASSIGNEE_", "START_TIME_", "END_TIME_", "DURATION_", "ACT_INST_STATE_", "SEQUENCE_COUNTER_", "REMOVAL_TIME_"});
    COLUMNS.put("ACT_HI_TASKINST", new String[] {"ID_", "TASK_DEF_KEY_", "PROC_DEF_KEY_", "PROC_DEF_ID_",
        "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_", "NAME_", "ASSIGNEE_", "START_TIME_",
        "END_TIME_", "DURATION_", "DELETE_REASON_", "PRIORITY_", "DUE_DATE_", "TASK_STATE_", "REMOVAL_TIME_"});
    COLUMNS.put("ACT_HI_VARINST", new String[] {"ID_", "PROC_DEF_KEY_", "PROC_DEF_ID_", "ROOT_PROC_INST_ID_",
        "PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_", "NAME_", "VAR_TYPE_", "CREATE_TIME_", "REV_", "LONG_",
        "TEXT_", "STATE_", "REMOVAL_TIME_"});
    COLUMNS.put("ACT_HI_IDENTITYLINK", new String[] {"ID_", "TIMESTAMP_", "TYPE_", "USER_ID_", "GROUP_ID_", "TASK_ID_",
        "ROOT_PROC_INST_ID_", "PROC_DEF_ID_", "OPERATION_TYPE_", "ASSIGNER_ID_", "PROC_DEF_KEY_", "REMOVAL_TIME_"});
  }

  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
  final Map<String, Long> written = new LinkedHashMap<>();

  Tables() {
    for (String table : COLUMNS.keySet()) {
      rows.put(table, new ArrayList<>());
      written.put(table, 0L);
    }
  }

  void add(String table, Object... values) {
    if (values.length != COLUMNS.get(table).length) {
      throw new IllegalArgumentException(table + ": " + values.length + " values");
    }
    rows.get(table).add(values);
  }

  /** Writes and commits everything buffered (the caller's connection has auto-commit off). */
  void flush(Connection c) throws SQLException {
    for (Map.Entry<String, List<Object[]>> entry : rows.entrySet()) {
      List<Object[]> buffered = entry.getValue();
      if (buffered.isEmpty()) {
        continue;
      }
      String[] columns = COLUMNS.get(entry.getKey());
      String sql = "INSERT INTO " + entry.getKey() + " (" + String.join(", ", columns) + ") VALUES ("
          + "?, ".repeat(columns.length - 1) + "?)";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int inBatch = 0;
        for (Object[] row : buffered) {
          for (int i = 0; i < row.length; i++) {
            s.setObject(i + 1, row[i]);
          }
          s.addBatch();
          if (++inBatch == 1000) {
            s.executeBatch();
            inBatch = 0;
          }
        }
        if (inBatch > 0) {
          s.executeBatch();
        }
      }
      written.merge(entry.getKey(), (long) buffered.size(), Long::sum);
      buffered.clear();
    }
    c.commit();
  }
}
