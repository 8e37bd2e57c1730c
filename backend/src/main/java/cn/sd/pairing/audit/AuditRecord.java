package cn.sd.pairing.audit;

import java.time.LocalDateTime;

/** One row of audit_event. */
public class AuditRecord {
  public long seq;
  public LocalDateTime occurredAt;
  public Long userId;
  public String username;
  public Long orgId;
  public String orgName;
  public String ip;
  public AuditEventType event;
  public AuditResult result;
  public String target;
  public String detail;
  public String prevHash;
  public String hash;
}
