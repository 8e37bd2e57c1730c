package cn.sd.pairing.security;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.AuditLog;
import cn.sd.pairing.audit.AuditLog.Actor;
import cn.sd.pairing.audit.AuditResult;
import cn.sd.pairing.common.ApiException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in rules: lockout after repeated failures, forced change of seeded / administrator-set /
 * expired passwords, no reuse of recent passwords, the TOTP second factor. Failures are counted and
 * audited even though the call ends in an exception (noRollbackFor).
 */
@Service
@Transactional(noRollbackFor = ApiException.class)
public class SignInService {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final String BAD_CREDENTIALS = "用户名或密码错误";

  private final UserMapper users;
  private final PasswordEncoder encoder;
  private final IdentityProperties properties;
  private final SecuritySettings settings;
  private final Totp totp;
  private final AuditLog audit;
  private final Clock clock;
  private final boolean demo;
  /** Compared against when the user does not exist, so the answer takes as long as a wrong password. */
  private final String dummyHash;

  public SignInService(UserMapper users, PasswordEncoder encoder, IdentityProperties properties,
      SecuritySettings settings, Totp totp, AuditLog audit, Clock clock,
      @Value("${pairing.demo-data.enabled:true}") boolean demo) {
    this.users = users;
    this.encoder = encoder;
    this.properties = properties;
    this.settings = settings;
    this.totp = totp;
    this.audit = audit;
    this.clock = clock;
    this.demo = demo;
    this.dummyHash = encoder.encode("not-a-password-" + System.nanoTime());
  }

  /** What remains before a sign-in is complete, in order. */
  public enum Step { PASSWORD_CHANGE, TOTP_ENROL, TOTP }

  /** A sign-in whose password was right but which still has steps to go; kept in the session. */
  public record Pending(long userId, String username, List<Step> steps) implements Serializable {
    public Step next() {
      return steps.isEmpty() ? null : steps.get(0);
    }

    public Pending done(Step step) {
      List<Step> rest = new ArrayList<>(steps);
      rest.remove(step);
      return new Pending(userId, username, Collections.unmodifiableList(rest));
    }
  }

  /** Checks the password; 401 with the reason otherwise. */
  public Pending authenticate(String username, String password) {
    AppUser user = username == null ? null : users.findByUsername(username);
    LocalDateTime now = LocalDateTime.now(clock);
    if (user == null) {
      encoder.matches(password == null ? "" : password, dummyHash);
      audit.record(Actor.named(username), AuditEventType.LOGIN, AuditResult.FAILURE, null, "用户不存在");
      throw unauthorized(BAD_CREDENTIALS);
    }
    Actor actor = new Actor(user.id, user.username, user.orgId, user.orgName);
    if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
      audit.record(actor, AuditEventType.LOGIN, AuditResult.FAILURE, "user:" + user.id, "账号锁定中");
      throw locked(user.lockedUntil);
    }
    if (password == null || !encoder.matches(password, user.passwordHash)) {
      UserMapper.LockState state = failure(user, now, "密码错误");
      if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
        throw locked(state.lockedUntil());
      }
      // the same answer as for an unknown user: the message must not tell which accounts exist
      throw unauthorized(BAD_CREDENTIALS);
    }
    if (!user.enabled || !user.orgEnabled) {
      audit.record(actor, AuditEventType.LOGIN, AuditResult.FAILURE, "user:" + user.id, "账号或所属机构已停用");
      throw unauthorized("账号已停用，请联系系统管理员");
    }
    if (user.failedLogins > 0 || user.lockedUntil != null) {
      users.clearFailures(user.id);
    }
    return new Pending(user.id, user.username, Collections.unmodifiableList(steps(user, now)));
  }

  private List<Step> steps(AppUser user, LocalDateTime now) {
    List<Step> steps = new ArrayList<>();
    boolean enforce = properties.getEnforcePasswordChange() != null ? properties.getEnforcePasswordChange() : !demo;
    boolean expired = properties.getPasswordMaxAgeDays() > 0 && user.passwordChangedAt != null
        && user.passwordChangedAt.plusDays(properties.getPasswordMaxAgeDays()).isBefore(now);
    if (enforce && (user.mustChangePassword || expired)) {
      steps.add(Step.PASSWORD_CHANGE);
    }
    if (user.totpSecret != null) {
      steps.add(Step.TOTP);
    } else if (users.findRoles(user.id).stream().anyMatch(settings.totpRequiredRoles()::contains)) {
      steps.add(Step.TOTP_ENROL);
    }
    return steps;
  }

  /** The sign-in is complete: audited in the same transaction as nothing else, so on its own. */
  public void signedIn(UserPrincipal user) {
    audit.record(Actor.of(user), AuditEventType.LOGIN, AuditResult.SUCCESS, "user:" + user.id(), null);
  }

  /** The owner's new password: the old one must be right, the new one follow the policy and not be a recent one. */
  public void changePassword(long userId, String oldPassword, String newPassword) {
    AppUser user = users.findAccount(userId);
    Actor actor = new Actor(user.id, user.username, user.orgId, user.orgName);
    if (oldPassword == null || !encoder.matches(oldPassword, user.passwordHash)) {
      audit.record(actor, AuditEventType.PASSWORD_CHANGE, AuditResult.FAILURE, "user:" + userId, "原密码不正确");
      throw ApiException.badField("oldPassword", "原密码不正确");
    }
    String problem = PasswordPolicy.problem(newPassword, user.username);
    if (problem == null && recentlyUsed(user, newPassword)) {
      problem = "新密码不能与最近" + properties.getPasswordHistory() + "次使用过的密码相同";
    }
    if (problem != null) {
      audit.record(actor, AuditEventType.PASSWORD_CHANGE, AuditResult.FAILURE, "user:" + userId, problem);
      throw ApiException.badField("newPassword", problem);
    }
    replacePassword(user, newPassword, false);
    audit.record(actor, AuditEventType.PASSWORD_CHANGE, AuditResult.SUCCESS, "user:" + userId, null);
  }

  /** Keeps the outgoing hash in the history and stores the new one. */
  void replacePassword(AppUser user, String newPassword, boolean mustChange) {
    LocalDateTime now = LocalDateTime.now(clock);
    users.insertPasswordHistory(user.id, user.passwordHash, now);
    users.setPassword(user.id, encoder.encode(newPassword), mustChange, now);
  }

  private boolean recentlyUsed(AppUser user, String password) {
    if (encoder.matches(password, user.passwordHash)) {
      return true;
    }
    int earlier = Math.max(0, properties.getPasswordHistory() - 1);
    return earlier > 0 && users.recentPasswordHashes(user.id, earlier).stream().anyMatch(h -> encoder.matches(password, h));
  }

  /** Stores a second factor the user proved to have set up (a valid code from it). */
  public void enrolTotp(long userId, String secret, String code) {
    AppUser user = users.findAccount(userId);
    Actor actor = new Actor(user.id, user.username, user.orgId, user.orgName);
    if (secret == null) {
      throw ApiException.conflict("请先获取动态口令绑定二维码");
    }
    if (!totp.valid(secret, code)) {
      audit.record(actor, AuditEventType.TOTP_ENROL, AuditResult.FAILURE, "user:" + userId, "动态口令不正确");
      throw ApiException.badField("code", "动态口令不正确，请核对手机上显示的6位数字");
    }
    users.setTotpSecret(userId, secret);
    audit.record(actor, AuditEventType.TOTP_ENROL, AuditResult.SUCCESS, "user:" + userId, null);
  }

  /** The second step of a sign-in; a wrong code counts as a failed sign-in. */
  public void verifyTotp(long userId, String code) {
    AppUser user = users.findAccount(userId);
    LocalDateTime now = LocalDateTime.now(clock);
    if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
      throw locked(user.lockedUntil);
    }
    if (!totp.valid(user.totpSecret, code)) {
      UserMapper.LockState state = failure(user, now, "动态口令错误");
      if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
        throw locked(state.lockedUntil());
      }
      throw ApiException.badField("code", "动态口令不正确");
    }
    users.clearFailures(userId);
  }

  private UserMapper.LockState failure(AppUser user, LocalDateTime now, String reason) {
    if (user.lockedUntil != null) {
      users.clearFailures(user.id); // an expired lock: counting starts afresh
    }
    users.countFailure(user.id, properties.getMaxFailures(), now.plus(properties.getLockDuration()));
    UserMapper.LockState state = users.lockState(user.id);
    boolean lockedNow = state.lockedUntil() != null && state.lockedUntil().isAfter(now);
    audit.record(new Actor(user.id, user.username, user.orgId, user.orgName), AuditEventType.LOGIN,
        AuditResult.FAILURE, "user:" + user.id,
        reason + "（连续第" + state.failedLogins() + "次）" + (lockedNow ? "，账号已锁定" : ""));
    return state;
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(HttpStatus.UNAUTHORIZED, message);
  }

  private static ApiException locked(LocalDateTime until) {
    return unauthorized("连续登录失败次数过多，账号已锁定，请于" + until.format(HH_MM) + "后再试或联系系统管理员");
  }
}
