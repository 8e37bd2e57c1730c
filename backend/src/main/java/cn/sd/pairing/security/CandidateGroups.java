package cn.sd.pairing.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Camunda candidate groups are derived from the registry: "<orgId>:<ROLE>", so a task is
 * offered to the holders of one role in one organisation, never to named users.
 */
public final class CandidateGroups {
  private CandidateGroups() {}

  public static String of(long orgId, Role role) {
    return orgId + ":" + role.name();
  }

  public static List<String> of(UserPrincipal user) {
    return user.roles().stream().map(role -> of(user.orgId(), role)).toList();
  }

  /** The candidate groups among a task's identity links. */
  public static List<String> of(Collection<? extends IdentityLink> links) {
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
