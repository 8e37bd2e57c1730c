package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.util.List;

/** A role with its Chinese label and the organisation types whose users may hold it. */
public record RoleView(Role code, String label, List<OrgType> orgTypes, List<String> orgTypeLabels) {
  static RoleView of(Role role) {
    List<OrgType> types = role.orgTypes().stream().sorted().toList();
    return new RoleView(role, role.label(), types, types.stream().map(OrgType::label).toList());
  }
}
