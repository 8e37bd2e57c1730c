package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may change a filing, for the filing itself and for its attachments alike:
 * anyone whose organisation's scope holds it may see it (else 404, so its existence stays unknown);
 * only an operator of the initiating organisation may change it, and only while it is a draft or
 * returned for revision.
 */
@Component
public class FilingAccess {
  private final FilingMapper filings;

  public FilingAccess(FilingMapper filings) {
    this.filings = filings;
  }

  /** The filing when the caller may see it; otherwise 404. */
  public Filing visible(long id, UserPrincipal user) {
    Filing filing = filings.findVisible(id, FilingScope.of(user));
    if (filing == null) {
      throw ApiException.notFound("备案不存在或无权查看");
    }
    return filing;
  }

  /** The filing when the caller may change it now: 404 unseen, 403 not the initiator's operator, 409 not editable. */
  public Filing editable(long id, UserPrincipal user) {
    Filing filing = visible(id, user);
    if (!isInitiatorOperator(filing, user)) {
      throw ApiException.forbidden("只有发起单位的经办人可以修改该备案");
    }
    requireEditable(filing.status);
    return filing;
  }

  /**
   * Locks the filing row for the rest of the transaction and checks its state again, so that
   * uploads, deletions and submissions of one filing happen one after the other.
   */
  public void lockEditable(long id) {
    requireEditable(filings.lockStatus(id));
  }

  private static void requireEditable(FilingStatus status) {
    if (status == null) {
      throw ApiException.notFound("备案不存在或无权查看");
    }
    if (!status.editable()) {
      throw ApiException.conflict("备案当前状态为“" + status.label() + "”，不能修改或提交");
    }
  }

  /** An operator (zone, university or unit) of the organisation that started the filing. */
  public static boolean isInitiatorOperator(Filing filing, UserPrincipal user) {
    return Objects.equals(filing.initiatorOrgId, user.orgId()) && isOperator(user);
  }

  public static boolean isOperator(UserPrincipal user) {
    return user.has(Role.ZONE_OPERATOR) || user.has(Role.UNIVERSITY_OPERATOR) || user.has(Role.UNIT_OPERATOR);
  }

  /**
   * The other party when the caller is an operator of one party of the pairing (the zone, or the university side:
   * the subject or its legal-entity university); otherwise null. Who may apply to change or end a pairing.
   */
  public static Long counterpartOf(Filing filing, UserPrincipal user) {
    if (!isOperator(user)) {
      return null;
    }
    if (Objects.equals(filing.zoneId, user.orgId())) {
      return filing.universityId;
    }
    if (Objects.equals(filing.universityId, user.orgId()) || Objects.equals(filing.parentUniversityId, user.orgId())) {
      return filing.zoneId;
    }
    return null;
  }

  /** Parties and reviewers read contact phones in full; everyone else masked. */
  public static boolean seesContacts(Filing filing, UserPrincipal user) {
    return isParty(filing, user) || user.has(Role.CITY_REVIEWER) || user.has(Role.PROVINCE_ST_REVIEWER)
        || user.has(Role.PROVINCE_EDU_REVIEWER);
  }

  /** The zone, the subject, the subject's legal-entity university or the initiator. */
  public static boolean isParty(Filing filing, UserPrincipal user) {
    long org = user.orgId();
    return Objects.equals(filing.zoneId, org) || Objects.equals(filing.universityId, org)
        || Objects.equals(filing.parentUniversityId, org) || Objects.equals(filing.initiatorOrgId, org);
  }
}
