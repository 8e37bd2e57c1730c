package cn.sd.pairing.notification;

import java.time.LocalDateTime;

public class Notification {
  public Long id;
  public Long userId;
  public String title;
  public Long filingId;
  public String taskId;
  public LocalDateTime createdAt;
  public LocalDateTime readAt;
}
