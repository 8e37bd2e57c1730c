package cn.sd.pairing.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * pairing.security.*: the sign-in rules (等保2.0 level 3 defaults). Mutable so that tests can
 * switch a rule on for one test in the shared context (and restore it).
 */
@ConfigurationProperties("pairing.security")
public class IdentityProperties {
  /** Failed sign-ins in a row that lock the account. */
  private int maxFailures = 5;
  private Duration lockDuration = Duration.ofMinutes(30);
  /** A password older than this must be changed at the next sign-in; 0 = never expires. */
  private int passwordMaxAgeDays = 90;
  /** The new password may equal none of this many previous ones (the current one included). */
  private int passwordHistory = 5;
  /**
   * Whether seeded accounts and administrator-set passwords must be changed, and expired ones renewed,
   * at sign-in. Null = on unless the demo data is (demo mode keeps the demo accounts usable).
   */
  private Boolean enforcePasswordChange;
  /** Sign-in attempts one client address may make per minute (before the answer is 429). */
  private int loginAttemptsPerMinute = 20;
  /** Issuer shown in the authenticator app. */
  private String totpIssuer = "区校联动平台";

  public int getMaxFailures() {
    return maxFailures;
  }

  public void setMaxFailures(int maxFailures) {
    this.maxFailures = maxFailures;
  }

  public Duration getLockDuration() {
    return lockDuration;
  }

  public void setLockDuration(Duration lockDuration) {
    this.lockDuration = lockDuration;
  }

  public int getPasswordMaxAgeDays() {
    return passwordMaxAgeDays;
  }

  public void setPasswordMaxAgeDays(int passwordMaxAgeDays) {
    this.passwordMaxAgeDays = passwordMaxAgeDays;
  }

  public int getPasswordHistory() {
    return passwordHistory;
  }

  public void setPasswordHistory(int passwordHistory) {
    this.passwordHistory = passwordHistory;
  }

  public Boolean getEnforcePasswordChange() {
    return enforcePasswordChange;
  }

  public void setEnforcePasswordChange(Boolean enforcePasswordChange) {
    this.enforcePasswordChange = enforcePasswordChange;
  }

  public int getLoginAttemptsPerMinute() {
    return loginAttemptsPerMinute;
  }

  public void setLoginAttemptsPerMinute(int loginAttemptsPerMinute) {
    this.loginAttemptsPerMinute = loginAttemptsPerMinute;
  }

  public String getTotpIssuer() {
    return totpIssuer;
  }

  public void setTotpIssuer(String totpIssuer) {
    this.totpIssuer = totpIssuer;
  }
}
