package cn.sd.pairing.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * pairing.audit.*: how long audit rows are kept (等保 asks for at least 180 days; shorter values are
 * refused at start-up) and when the purge runs.
 */
@ConfigurationProperties("pairing.audit")
public record AuditProperties(Integer retentionDays, String purgeCron) {
  public static final int MIN_RETENTION_DAYS = 180;

  public AuditProperties {
    retentionDays = retentionDays == null ? MIN_RETENTION_DAYS : retentionDays;
    purgeCron = purgeCron == null ? "0 30 2 * * *" : purgeCron;
    if (retentionDays < MIN_RETENTION_DAYS) {
      throw new IllegalArgumentException("pairing.audit.retention-days must be at least " + MIN_RETENTION_DAYS);
    }
  }
}
