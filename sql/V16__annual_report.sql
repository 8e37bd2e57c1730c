-- Annual results reports (年度成效报告) of approved pairings. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.

-- One reporting cycle per approved pairing: the process pairing-annual-report that opens a report every year
-- (docs/process.md). The primary key makes starting it idempotent (approval, start-up backfill, two nodes).
CREATE TABLE annual_report_cycle (
  filing_id           BIGINT       NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64),
  -- the first year a report was asked for (the approval year; later for pairings approved before the feature)
  first_year          INT          NOT NULL,
  started_at          DATETIME(3)  NOT NULL,
  CONSTRAINT fk_report_cycle_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_report_cycle_process ON annual_report_cycle (process_instance_id);

-- One report per pairing and year, opened by the process when the reporting window opens. Figures are NULL
-- until the reporter fills them (a draft may be partial); a submitted report has them all.
CREATE TABLE annual_report (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id           BIGINT        NOT NULL,
  report_year         INT           NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  -- DUE 待填报, SUBMITTED 待市科技局审核, RETURNED 退回修改, APPROVED 审核通过, CLOSED 结对终止（无需填报）
  status              VARCHAR(16)   NOT NULL,
  opened_at           DATETIME(3)   NOT NULL,
  due_at              DATETIME(3)   NOT NULL,
  -- the first submission decides whether the report was on time; later ones are resubmissions after a return
  first_submitted_at  DATETIME(3),
  submitted_at        DATETIME(3),
  approved_at         DATETIME(3),
  return_count        INT           NOT NULL DEFAULT 0,
  -- the city's latest opinion when it returned the report
  review_opinion      VARCHAR(1000),
  projects_started    INT,
  projects_finished   INT,
  breakthroughs       INT,
  transfers           INT,
  contract_value_wan  DECIMAL(12, 2),
  scenarios           INT,
  platforms_built     INT,
  vice_presidents     INT,
  industry_professors INT,
  funding_wan         DECIMAL(12, 2),
  narrative           VARCHAR(2000),
  version             INT           NOT NULL DEFAULT 0,
  updated_by          BIGINT,
  updated_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_annual_report_year UNIQUE (filing_id, report_year),
  CONSTRAINT fk_annual_report_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_annual_report_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
);
-- the monitoring's results and counts read reports by year and state
CREATE INDEX idx_annual_report_year ON annual_report (report_year, status);
