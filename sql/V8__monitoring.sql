-- Provincial monitoring (issue 5): the dashboard's set-based queries (metrics/MetricsMapper.xml).
-- Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11. Camunda's own tables are created by the engine after
-- Flyway, so their indexes cannot live here; the ones the dashboard uses exist already (ACT_HI_TASKINST by
-- PROC_INST_ID_, ACT_HI_PROCINST by END_TIME_, ACT_RU_TASK by PROC_INST_ID_).

-- Coverage and results: approved pairings of a zone whose cooperation period has not ended.
CREATE INDEX idx_filing_active ON filing (status, zone_id, end_date);
-- Speed and pipeline: from the filings of a state to their process instances in Camunda's history.
CREATE INDEX idx_filing_status_process ON filing (status, process_instance_id);
