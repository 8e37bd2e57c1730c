-- In-app notifications (站内消息): one row per recipient user.
CREATE TABLE notification (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT        NOT NULL,
  title      VARCHAR(200)  NOT NULL,
  filing_id  BIGINT,
  task_id    VARCHAR(64),
  created_at DATETIME(3)   NOT NULL,
  read_at    DATETIME(3),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX idx_notification_user ON notification (user_id, read_at, id);
