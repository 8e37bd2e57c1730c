-- The monitoring dashboard's read model (docs/monitoring.md, "Read model"): figures of the filing process kept by
-- the engine's history events in the same transaction as Camunda's own history rows (metrics/FiguresHistoryHandler),
-- so the speed figures aggregate a few thousand summary rows instead of every task instance in ACT_HI_TASKINST.
-- Filings submitted before this migration are filled from Camunda's history at start-up (metrics/FiguresBackfill).

-- One row per submitted filing (its pairing-filing process instance).
CREATE TABLE filing_figures (
  filing_id           BIGINT       NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  zone_id             BIGINT       NOT NULL,
  university_id       BIGINT       NOT NULL,
  -- the zone's city when the process started
  city_code           VARCHAR(6)   NOT NULL,
  started_at          DATETIME(3)  NOT NULL,
  -- process end and its duration: submission to approval for an approved filing
  ended_at            DATETIME(3),
  duration_ms         BIGINT,
  -- year of ended_at in Beijing time (the speed figures' year filter)
  ended_year          INT,
  -- the process ended with the filing approved (status APPROVED when it ended)
  approved            BOOLEAN      NOT NULL,
  -- instances of the revise task (a provincial round in which both departments return is one round)
  return_rounds       INT          NOT NULL,
  -- steps completed after their due date
  late_steps          INT          NOT NULL,
  CONSTRAINT fk_figures_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_figures_process ON filing_figures (process_instance_id);
-- weekly approvals read this index alone
CREATE INDEX idx_figures_approved ON filing_figures (approved, ended_at, zone_id, university_id, filing_id);
-- median and p90 of the approval durations: the value at rank k is read in duration order, k entries into one of
-- these (all years or one year; the province or one city), instead of sorting every approval per request
CREATE INDEX idx_figures_duration ON filing_figures (approved, duration_ms, filing_id);
CREATE INDEX idx_figures_city_duration ON filing_figures (approved, city_code, duration_ms, filing_id);
CREATE INDEX idx_figures_year_duration ON filing_figures (approved, ended_year, duration_ms, filing_id);
CREATE INDEX idx_figures_year_city_duration ON filing_figures (approved, ended_year, city_code, duration_ms, filing_id);


-- Sums per pair (zone, university-side subject as filed when the process started) and BPMN step: completed task
-- instances, their total duration and how many of them were completed after their due date.
CREATE TABLE step_figures (
  zone_id       BIGINT       NOT NULL,
  university_id BIGINT       NOT NULL,
  step_key      VARCHAR(64)  NOT NULL,
  step_name     VARCHAR(255),
  completed     BIGINT       NOT NULL,
  completed_ms  BIGINT       NOT NULL,
  late          BIGINT       NOT NULL,
  PRIMARY KEY (zone_id, university_id, step_key)
);

-- Sums per pair: submitted filings, return rounds, filings returned at least once.
CREATE TABLE pair_figures (
  zone_id          BIGINT NOT NULL,
  university_id    BIGINT NOT NULL,
  filings          BIGINT NOT NULL,
  return_rounds    BIGINT NOT NULL,
  returned_filings BIGINT NOT NULL,
  PRIMARY KEY (zone_id, university_id)
);
