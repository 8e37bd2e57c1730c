-- Registry of organisations (one source of truth for zones, universities, units, reviewers' bodies)
-- and of users. Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE city (
  code VARCHAR(6)  NOT NULL PRIMARY KEY,
  name VARCHAR(32) NOT NULL
);

CREATE TABLE org (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(128) NOT NULL,
  -- PROVINCE_ST, PROVINCE_EDU, CITY_BUREAU, ZONE, UNIVERSITY, UNIT, PLATFORM
  type        VARCHAR(16)  NOT NULL,
  city_code   VARCHAR(6),
  -- zones only: NATIONAL or PROVINCIAL
  zone_level  VARCHAR(16),
  -- units/teams only: the legal-entity university
  parent_id   BIGINT,
  industries  VARCHAR(512),
  disciplines VARCHAR(512),
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_org_code UNIQUE (code),
  CONSTRAINT fk_org_city FOREIGN KEY (city_code) REFERENCES city (code),
  CONSTRAINT fk_org_parent FOREIGN KEY (parent_id) REFERENCES org (id)
);
CREATE INDEX idx_org_type_city ON org (type, city_code);

CREATE TABLE app_user (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  display_name  VARCHAR(64)  NOT NULL,
  org_id        BIGINT       NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_user_username UNIQUE (username),
  CONSTRAINT fk_user_org FOREIGN KEY (org_id) REFERENCES org (id)
);

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
