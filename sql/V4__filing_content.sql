-- What a filing holds (备案内容): the subject may be a university or one of its units (university_id
-- keeps "the university-side subject"), the zone's industries and the subject's disciplines, the four
-- mechanisms, talent exchange, targets, planned projects and platforms, attachments, and a version for
-- optimistic locking. Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11.

-- ';'-separated lists, ≤ 20 items of ≤ 32 characters each
ALTER TABLE filing ADD COLUMN zone_industries VARCHAR(1000);
ALTER TABLE filing ADD COLUMN subject_disciplines VARCHAR(1000);
-- the four mechanisms 决策共商、项目共研、人才共用、利益共享 (≤ 2000 characters each)
ALTER TABLE filing ADD COLUMN mechanism_decision TEXT;
ALTER TABLE filing ADD COLUMN mechanism_project TEXT;
ALTER TABLE filing ADD COLUMN mechanism_talent TEXT;
ALTER TABLE filing ADD COLUMN mechanism_benefit TEXT;
-- planned talent exchange: 科技副总, 产业教授, 挂职, 双向派驻 (0–10000 each)
ALTER TABLE filing ADD COLUMN talent_vice_presidents INT;
ALTER TABLE filing ADD COLUMN talent_industry_professors INT;
ALTER TABLE filing ADD COLUMN talent_secondments INT;
ALTER TABLE filing ADD COLUMN talent_two_way_postings INT;
-- targets for end-2026 and end-2028 (≤ 2000 characters each)
ALTER TABLE filing ADD COLUMN targets_2026 TEXT;
ALTER TABLE filing ADD COLUMN targets_2028 TEXT;
-- optimistic lock: every save of the content adds one; a save based on an older value is refused
ALTER TABLE filing ADD COLUMN version INT DEFAULT 0 NOT NULL;

-- Planned joint projects (联合攻关项目), replaced as a whole on every save; seq keeps the user's order.
CREATE TABLE filing_project (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id       BIGINT         NOT NULL,
  seq             INT            NOT NULL,
  name            VARCHAR(100)   NOT NULL,
  tech_field      VARCHAR(50),
  lead_enterprise VARCHAR(100),
  -- 万元
  budget_wan      DECIMAL(14, 2),
  CONSTRAINT fk_project_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_project_filing ON filing_project (filing_id, seq);

-- Planned shared platforms (共建平台), replaced as a whole on every save.
CREATE TABLE filing_platform (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id BIGINT       NOT NULL,
  seq       INT          NOT NULL,
  -- LAB, TECH_CENTER, SCIENCE_PARK, PILOT_BASE, POC_CENTER, SPECIAL_COLLEGE, TRAINING_BASE
  type      VARCHAR(24)  NOT NULL,
  name      VARCHAR(100) NOT NULL,
  note      VARCHAR(500),
  CONSTRAINT fk_platform_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_platform_filing ON filing_platform (filing_id, seq);

-- Uploaded documents. The bytes live in the attachment folder (pairing.attachments.dir) under <storage_key>, outside any
-- web root, under a random name; sha256 is checked on every download.
CREATE TABLE filing_attachment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id    BIGINT        NOT NULL,
  -- AGREEMENT 合作协议, CONSENT 法人单位同意书, OTHER 其他材料
  kind         VARCHAR(16)   NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       VARCHAR(64)   NOT NULL,
  storage_key  VARCHAR(80)   NOT NULL,
  uploaded_by  BIGINT        NOT NULL,
  uploaded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_attachment_storage UNIQUE (storage_key),
  CONSTRAINT fk_attachment_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_attachment_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
);
CREATE INDEX idx_attachment_filing ON filing_attachment (filing_id, kind);
