-- Security (等保2.0 level 3): the append-only audit trail with its hash chain, and the account
-- state the identity rules need. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.

-- One row per security-relevant event. seq is given by the application from audit_chain (no
-- AUTO_INCREMENT), so the chain has no gaps: a row and the chain head commit together.
-- hash = SHA-256(prev_hash + canonical row); the application never updates a row, and only the
-- retention purge deletes the oldest ones (moving the anchor in audit_chain).
CREATE TABLE audit_event (
  seq         BIGINT       NOT NULL PRIMARY KEY,
  occurred_at DATETIME(3)  NOT NULL,
  user_id     BIGINT,
  username    VARCHAR(64),
  org_id      BIGINT,
  org_name    VARCHAR(128),
  ip          VARCHAR(45),
  event       VARCHAR(32)  NOT NULL,
  -- SUCCESS, FAILURE, DENIED
  result      VARCHAR(16)  NOT NULL,
  target      VARCHAR(128),
  detail      VARCHAR(500),
  prev_hash   CHAR(64)     NOT NULL,
  hash        CHAR(64)     NOT NULL
);
CREATE INDEX idx_audit_time ON audit_event (occurred_at, seq);
CREATE INDEX idx_audit_user ON audit_event (username, occurred_at);
CREATE INDEX idx_audit_event ON audit_event (event, occurred_at);

-- The single head row of the chain: locked (SELECT … FOR UPDATE) by each append, so appends from
-- concurrent transactions (and nodes) are serialised. anchor_*: the last purged row, where
-- verification starts.
CREATE TABLE audit_chain (
  id          INT          NOT NULL PRIMARY KEY,
  last_seq    BIGINT       NOT NULL,
  last_hash   CHAR(64)     NOT NULL,
  anchor_seq  BIGINT       NOT NULL,
  anchor_hash CHAR(64)     NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Account state: lockout after repeated failures, password age, forced change, TOTP second factor.
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until DATETIME(3);
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(3);
-- TRUE for accounts that must choose their own password at the next login (seeded, reset by an admin)
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
-- Base32 TOTP secret; set once enrolment is confirmed with a valid code
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
UPDATE app_user SET password_changed_at = created_at, must_change_password = TRUE;

-- The hashes of earlier passwords (no reuse of the last N).
CREATE TABLE password_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT       NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  changed_at    DATETIME(3)  NOT NULL,
  CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX idx_password_history_user ON password_history (user_id, changed_at);

-- Settings the security administrator (安全管理员) changes at run time, e.g. the roles that must
-- use the second factor: setting_key TOTP_REQUIRED_ROLES, setting_value a comma-separated list of roles.
CREATE TABLE security_setting (
  setting_key VARCHAR(64)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(512) NOT NULL,
  updated_at  DATETIME(3)  NOT NULL
);
