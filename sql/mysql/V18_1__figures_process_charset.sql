-- MySQL / MariaDB only: the read model's process ids in Camunda's character set, as V14 did for filing, so the
-- backfill's join filing_figures ⋈ ACT_HI_TASKINST uses Camunda's PROC_INST_ID_ index.
ALTER TABLE filing_figures MODIFY process_instance_id VARCHAR(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL;
