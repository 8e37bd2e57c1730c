package cn.sd.pairing.audit;

import cn.sd.pairing.security.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. {@link #record} joins the caller's transaction, so an action and its
 * audit row commit (or roll back) together; {@link #recordAlone} commits on its own, for what
 * happens outside any business transaction or after one failed (denials, failed logins).
 */
@Service
public class AuditLog {
  /** Request attribute set once a failure of the request is audited, so it is not audited twice. */
  static final String RECORDED = AuditLog.class.getName() + ".RECORDED";
  static final int TARGET_MAX = 128;
  static final int DETAIL_MAX = 500;

  private final AuditMapper mapper;
  private final Clock clock;
  private final TransactionTemplate alone;

  public AuditLog(AuditMapper mapper, Clock clock, PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.clock = clock;
    this.alone = new TransactionTemplate(transactions);
    this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Who acted: the logged-in user of this thread, or a named one before login completes. */
  public record Actor(Long userId, String username, Long orgId, String orgName) {
    public static Actor of(UserPrincipal user) {
      return new Actor(user.id(), user.username(), user.orgId(), user.orgName());
    }

    public static Actor named(String username) {
      return new Actor(null, username, null, null);
    }
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditEventType event, AuditResult result, String target, String detail) {
    append(currentActor(), event, result, target, detail);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(Actor actor, AuditEventType event, AuditResult result, String target, String detail) {
    append(actor, event, result, target, detail);
  }

  /** In a transaction of its own, and marks the request as audited. */
  public void recordAlone(Actor actor, AuditEventType event, AuditResult result, String target, String detail) {
    alone.executeWithoutResult(tx -> append(actor == null ? currentActor() : actor, event, result, target, detail));
    markRecorded();
  }

  static void markRecorded() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null) {
      attributes.setAttribute(RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
  }

  public static boolean alreadyRecorded(HttpServletRequest request) {
    return request.getAttribute(RECORDED) != null;
  }

  private void append(Actor actor, AuditEventType event, AuditResult result, String target, String detail) {
    AuditMapper.ChainHead head = mapper.lockHead();
    AuditRecord r = new AuditRecord();
    r.seq = head.lastSeq() + 1;
    r.prevHash = head.lastHash();
    // whole seconds: what MariaDB keeps with sendFractionalSeconds=false, so the hash is reproducible
    r.occurredAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    r.userId = actor.userId();
    r.username = actor.username();
    r.orgId = actor.orgId();
    r.orgName = actor.orgName();
    r.ip = clientIp();
    r.event = event;
    r.result = result;
    r.target = cut(target, TARGET_MAX);
    r.detail = cut(detail, DETAIL_MAX);
    r.hash = AuditHash.of(r);
    mapper.insert(r);
    mapper.advance(r.seq, r.hash);
  }

  public static Actor currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof UserPrincipal user) {
      return Actor.of(user);
    }
    return new Actor(null, null, null, null);
  }

  /** The client's address as the servlet container sees it (behind a proxy: server.forward-headers-strategy). */
  private static String clientIp() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      return cut(servlet.getRequest().getRemoteAddr(), 45);
    }
    return null;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
