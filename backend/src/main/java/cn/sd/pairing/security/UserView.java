package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.time.LocalDateTime;
import java.util.List;

/** A user as the administration API shows it; there is deliberately no password field. */
public record UserView(long id, String username, String displayName, long orgId, String orgCode, String orgName,
    OrgType orgType, String orgTypeLabel, boolean orgEnabled, List<Role> roles, List<String> roleLabels,
    boolean enabled, LocalDateTime createdAt, LocalDateTime updatedAt) {

  static UserView of(AppUser u, List<Role> roles) {
    List<Role> sorted = roles.stream().sorted().toList();
    return new UserView(u.id, u.username, u.displayName, u.orgId, u.orgCode, u.orgName, u.orgType,
        u.orgType == null ? null : u.orgType.label(), u.orgEnabled, sorted, sorted.stream().map(Role::label).toList(),
        u.enabled, u.createdAt, u.updatedAt);
  }
}
