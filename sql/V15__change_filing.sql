-- Change filings (变更备案) of approved pairings: the proposed version of the content, the units/teams a change adds as
-- participants, its documents, the earlier versions kept when a change is approved, and the participants it added.
-- Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11.
--
-- Contact phones and e-mails stay in columns of their own (never inside the JSON columns), so the column encryption of
-- personal data can be applied to them as to filing's own; they are wide enough for the encrypted form.

-- One change request. At most one open (DRAFT, CITY_REVIEW, PROVINCE_REVIEW, RETURNED) per filing, checked under the
-- filing's row lock. The content columns hold the proposed version, as filing holds the current one.
CREATE TABLE filing_change (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id                  BIGINT        NOT NULL,
  -- DRAFT, CITY_REVIEW, PROVINCE_REVIEW, RETURNED, APPROVED, REJECTED, WITHDRAWN
  status                     VARCHAR(24)   NOT NULL,
  process_instance_id        VARCHAR(64),
  applicant_org_id           BIGINT        NOT NULL,
  created_by                 BIGINT        NOT NULL,
  reason                     VARCHAR(500),
  key_tasks                  VARCHAR(128),
  start_date                 DATE,
  end_date                   DATE,
  zone_contact_name          VARCHAR(32),
  zone_contact_phone         VARCHAR(512),
  zone_contact_email         VARCHAR(512),
  univ_contact_name          VARCHAR(32),
  univ_contact_phone         VARCHAR(512),
  univ_contact_email         VARCHAR(512),
  zone_industries            VARCHAR(1000),
  subject_disciplines        VARCHAR(1000),
  mechanism_decision         TEXT,
  mechanism_project          TEXT,
  mechanism_talent           TEXT,
  mechanism_benefit          TEXT,
  talent_vice_presidents     INT,
  talent_industry_professors INT,
  talent_secondments         INT,
  talent_two_way_postings    INT,
  targets_2026               TEXT,
  targets_2028               TEXT,
  -- planned joint projects and shared platforms as JSON arrays ({name, field, leadEnterprise, budgetWan} and
  -- {type, name, note}); no personal data
  projects                   TEXT,
  platforms                  TEXT,
  -- optimistic lock of the draft: one more on every save
  version                    INT DEFAULT 0 NOT NULL,
  created_at                 DATETIME(3)   NOT NULL,
  updated_at                 DATETIME(3)   NOT NULL,
  submitted_at               DATETIME(3),
  decided_at                 DATETIME(3),
  CONSTRAINT fk_change_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_change_applicant FOREIGN KEY (applicant_org_id) REFERENCES org (id),
  CONSTRAINT fk_change_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE INDEX idx_change_filing ON filing_change (filing_id, status);
CREATE INDEX idx_change_process ON filing_change (process_instance_id);

-- Internal units/teams of the pairing's university that a change adds as participants (参与单位).
CREATE TABLE filing_change_unit (
  change_id BIGINT NOT NULL,
  unit_id   BIGINT NOT NULL,
  PRIMARY KEY (change_id, unit_id),
  CONSTRAINT fk_change_unit_change FOREIGN KEY (change_id) REFERENCES filing_change (id),
  CONSTRAINT fk_change_unit_org FOREIGN KEY (unit_id) REFERENCES org (id)
);

-- Documents of a change (法人单位同意书 when a unit is added, others); copied to filing_attachment on approval
-- (same stored file).
CREATE TABLE filing_change_attachment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  change_id    BIGINT        NOT NULL,
  -- AGREEMENT 合作协议, CONSENT 法人单位同意书, OTHER 其他材料
  kind         VARCHAR(16)   NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       VARCHAR(64)   NOT NULL,
  storage_key  VARCHAR(80)   NOT NULL,
  uploaded_by  BIGINT        NOT NULL,
  uploaded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_change_attachment_storage UNIQUE (storage_key),
  CONSTRAINT fk_change_attachment_change FOREIGN KEY (change_id) REFERENCES filing_change (id),
  CONSTRAINT fk_change_attachment_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
);
CREATE INDEX idx_change_attachment ON filing_change_attachment (change_id, kind);

-- The content a filing had when a change was first submitted: the version the change is based on. Nothing else
-- changes a filing while one of its changes is open, so for an approved change it is the earlier version it replaced.
CREATE TABLE filing_snapshot (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id                  BIGINT        NOT NULL,
  change_id                  BIGINT        NOT NULL,
  key_tasks                  VARCHAR(128),
  start_date                 DATE,
  end_date                   DATE,
  zone_contact_name          VARCHAR(32),
  zone_contact_phone         VARCHAR(512),
  zone_contact_email         VARCHAR(512),
  univ_contact_name          VARCHAR(32),
  univ_contact_phone         VARCHAR(512),
  univ_contact_email         VARCHAR(512),
  zone_industries            VARCHAR(1000),
  subject_disciplines        VARCHAR(1000),
  mechanism_decision         TEXT,
  mechanism_project          TEXT,
  mechanism_talent           TEXT,
  mechanism_benefit          TEXT,
  talent_vice_presidents     INT,
  talent_industry_professors INT,
  talent_secondments         INT,
  talent_two_way_postings    INT,
  targets_2026               TEXT,
  targets_2028               TEXT,
  projects                   TEXT,
  platforms                  TEXT,
  taken_at                   DATETIME(3)   NOT NULL,
  CONSTRAINT uk_snapshot_change UNIQUE (change_id),
  CONSTRAINT fk_snapshot_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_snapshot_change FOREIGN KEY (change_id) REFERENCES filing_change (id)
);
CREATE INDEX idx_snapshot_filing ON filing_snapshot (filing_id, id);

-- Units/teams that joined a pairing through an approved change; they may see the filing.
CREATE TABLE filing_participant (
  filing_id BIGINT       NOT NULL,
  org_id    BIGINT       NOT NULL,
  change_id BIGINT       NOT NULL,
  added_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (filing_id, org_id),
  CONSTRAINT fk_participant_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_participant_org FOREIGN KEY (org_id) REFERENCES org (id),
  CONSTRAINT fk_participant_change FOREIGN KEY (change_id) REFERENCES filing_change (id)
);
CREATE INDEX idx_participant_org ON filing_participant (org_id, filing_id);

-- The process an action belongs to: the filing's own review, or a later change or termination of the pairing, so
-- the timeline shows each in its own rounds. NULL on rows written before: they belong to the filing's own process
-- (decisions are matched to their process by task id).
ALTER TABLE filing_opinion ADD COLUMN process_instance_id VARCHAR(64);
