package cn.sd.pairing.notification;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Written in the transaction of the action that causes them, so a
 * rolled-back action leaves no notification behind.
 */
@Service
@Transactional
public class NotificationService {
  private final NotificationMapper notifications;
  private final FilingMapper filings;
  private final OrgMapper orgs;
  private final Clock clock;

  public NotificationService(NotificationMapper notifications, FilingMapper filings, OrgMapper orgs, Clock clock) {
    this.notifications = notifications;
    this.filings = filings;
    this.orgs = orgs;
    this.clock = clock;
  }

  /** The longest title kept (notification.title); longer ones end with "…". */
  static final int TITLE_MAX = 200;

  /** Tells the holders of candidate groups ("orgId:ROLE") that something needs them. */
  public void notifyGroups(Collection<String> candidateGroups, String rawTitle, Long filingId, String taskId) {
    String title = clip(rawTitle);
    LocalDateTime now = LocalDateTime.now(clock);
    for (String group : candidateGroups) {
      int colon = group.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      long orgId = Long.parseLong(group.substring(0, colon));
      Role role = Role.valueOf(group.substring(colon + 1));
      notifications.insertForRole(orgId, role, title, filingId, taskId, now);
    }
  }

  /** Tells named users (转办, 抄送). */
  public void notifyUsers(Collection<Long> userIds, String title, Long filingId, String taskId) {
    if (!userIds.isEmpty()) {
      notifications.insertForUsers(userIds, clip(title), filingId, taskId, LocalDateTime.now(clock));
    }
  }

  /** A title that fits its column: a reason quoted in it may be long. */
  static String clip(String title) {
    return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
  }

  /** Tells both parties of a filing (zone side and university side) that it moved. */
  public void notifyParties(long filingId, String title) {
    Filing filing = filings.findById(filingId);
    String full = clip(title + "：" + filing.zoneName + " 与 " + filing.universityName + " 结对备案");
    LocalDateTime now = LocalDateTime.now(clock);
    for (Long orgId : List.of(filing.zoneId, filing.universityId)) {
      Org org = orgs.findById(orgId);
      notifications.insertForRole(org.id, Role.operatorOf(org.type), full, filingId, null, now);
    }
  }

  @Transactional(readOnly = true)
  public NotificationPage list(UserPrincipal user, boolean unreadOnly, int page, int size) {
    List<NotificationView> items = notifications.findPage(user.id(), unreadOnly, (page - 1) * size, size).stream()
        .map(NotificationView::of).toList();
    return new NotificationPage(notifications.count(user.id(), unreadOnly), notifications.count(user.id(), true),
        items);
  }

  @Transactional(readOnly = true)
  public long unread(UserPrincipal user) {
    return notifications.count(user.id(), true);
  }

  public void markRead(long id, UserPrincipal user) {
    if (notifications.countOwned(id, user.id()) == 0) {
      throw ApiException.notFound("消息不存在");
    }
    notifications.markRead(id, user.id(), LocalDateTime.now(clock));
  }

  public void markAllRead(UserPrincipal user) {
    notifications.markAllRead(user.id(), LocalDateTime.now(clock));
  }

  public record NotificationView(long id, String title, Long filingId, String taskId, LocalDateTime createdAt,
      boolean read) {
    static NotificationView of(Notification n) {
      return new NotificationView(n.id, n.title, n.filingId, n.taskId, n.createdAt, n.readAt != null);
    }
  }

  public record NotificationPage(long total, long unread, List<NotificationView> items) {}
}
