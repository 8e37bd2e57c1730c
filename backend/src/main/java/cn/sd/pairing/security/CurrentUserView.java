package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.util.List;

public record CurrentUserView(
    long id, String username, String displayName, long orgId, String orgName, OrgType orgType, List<Role> roles) {

  static CurrentUserView of(UserPrincipal p) {
    return new CurrentUserView(p.id(), p.username(), p.displayName(), p.orgId(), p.orgName(), p.orgType(),
        List.copyOf(p.roles()));
  }
}
