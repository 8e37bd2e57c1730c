-- Registry administration (issue "Subjects registry", part 1): users get a last-change time
-- for the admin list. Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11.
-- (org.parent_id and app_user.org_id are already indexed by their foreign keys.)

ALTER TABLE app_user ADD COLUMN updated_at DATETIME(3);
UPDATE app_user SET updated_at = created_at WHERE updated_at IS NULL;
