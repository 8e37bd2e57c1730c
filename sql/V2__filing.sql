-- Pairing filings (结对备案), the reviewers' opinions, and the gap-free filing-number counter.

CREATE TABLE filing (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  initiator_org_id      BIGINT       NOT NULL,
  zone_id               BIGINT       NOT NULL,
  university_id         BIGINT,
  -- comma-separated KeyTask codes
  key_tasks             VARCHAR(128),
  start_date            DATE,
  end_date              DATE,
  zone_contact_name     VARCHAR(32),
  zone_contact_phone    VARCHAR(16),
  zone_contact_email    VARCHAR(128),
  univ_contact_name     VARCHAR(32),
  univ_contact_phone    VARCHAR(16),
  univ_contact_email    VARCHAR(128),
  status                VARCHAR(24)  NOT NULL,
  process_instance_id   VARCHAR(64),
  filing_year           INT,
  filing_seq            INT,
  filing_no             VARCHAR(64),
  submitted_at          DATETIME(3),
  approved_at           DATETIME(3),
  created_by            BIGINT       NOT NULL,
  created_at            DATETIME(3)  NOT NULL,
  updated_at            DATETIME(3)  NOT NULL,
  CONSTRAINT uk_filing_no UNIQUE (filing_no),
  CONSTRAINT uk_filing_year_seq UNIQUE (filing_year, filing_seq),
  CONSTRAINT fk_filing_initiator FOREIGN KEY (initiator_org_id) REFERENCES org (id),
  CONSTRAINT fk_filing_zone FOREIGN KEY (zone_id) REFERENCES org (id),
  CONSTRAINT fk_filing_university FOREIGN KEY (university_id) REFERENCES org (id),
  CONSTRAINT fk_filing_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE INDEX idx_filing_zone ON filing (zone_id, status);
CREATE INDEX idx_filing_university ON filing (university_id, status);
CREATE INDEX idx_filing_status ON filing (status, updated_at);
CREATE INDEX idx_filing_process ON filing (process_instance_id);

-- One row per human action on a filing (submit, resubmit, approve, return), with the opinion.
CREATE TABLE filing_opinion (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id  BIGINT        NOT NULL,
  task_id    VARCHAR(64),
  step_key   VARCHAR(64)   NOT NULL,
  step_name  VARCHAR(64)   NOT NULL,
  action     VARCHAR(16)   NOT NULL,
  opinion    VARCHAR(1000),
  user_id    BIGINT        NOT NULL,
  user_name  VARCHAR(64)   NOT NULL,
  org_id     BIGINT        NOT NULL,
  org_name   VARCHAR(128)  NOT NULL,
  created_at DATETIME(3)   NOT NULL,
  CONSTRAINT fk_opinion_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_opinion_filing ON filing_opinion (filing_id, id);

-- Row-locked counter: numbers are taken inside the approving transaction, so a rollback
-- gives the number back and numbers stay gap-free per year.
CREATE TABLE filing_number_seq (
  filing_year INT NOT NULL PRIMARY KEY,
  last_seq    INT NOT NULL
);
