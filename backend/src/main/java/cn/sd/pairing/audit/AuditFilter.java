package cn.sd.pairing.audit;

import java.time.LocalDateTime;

/** The audit search: time range [from, to), user name (exact), event, result; null = any. */
public record AuditFilter(LocalDateTime from, LocalDateTime to, String username, AuditEventType event,
    AuditResult result) {}
