package cn.sd.pairing.security;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldErrors;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's assignment of roles (三员分立): a role must fit the account's organisation
 * type; each of the three administrator roles is held alone by its own account; nobody changes their own
 * roles (so the security administrator cannot make itself system or audit administrator); and the last
 * enabled holder of an administrator role keeps it, so no duty is left without an account.
 */
@Service
@Transactional
public class RoleAssignmentService {
  private final UserMapper users;
  private final OrgMapper orgs;
  private final UserAdminService accounts;
  private final Clock clock;

  public RoleAssignmentService(UserMapper users, OrgMapper orgs, UserAdminService accounts, Clock clock) {
    this.users = users;
    this.orgs = orgs;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Audited(value = AuditEventType.USER_ROLES, target = "'user:' + #id", detail = "#result.roleLabels()")
  public UserView assign(long id, UserForms.RoleAssignment form, UserPrincipal actor) {
    AppUser user = accounts.existing(id);
    if (id == actor.id()) {
      throw ApiException.forbidden("不能修改本人的角色，请由另一名安全管理员办理");
    }
    FieldErrors errors = new FieldErrors();
    Org org = orgs.findById(user.orgId);
    Set<Role> roles = checkRoles(form.roles(), org, errors);
    errors.throwIfAny();
    Set<Role> current = EnumSet.noneOf(Role.class);
    current.addAll(users.findRoles(id));
    for (Role role : current) {
      if (role.admin() && !roles.contains(role) && user.enabled
          && users.countSearch(new UserFilter(null, null, null, null, role, true)) <= 1) {
        throw ApiException.conflict("“" + user.displayName + "”是唯一的" + role.label() + "，请先为其他账号分配该角色");
      }
    }
    if (!roles.equals(current)) {
      users.deleteRoles(id);
      roles.forEach(role -> users.insertRole(id, role));
      AppUser touched = new AppUser();
      touched.id = id;
      touched.displayName = user.displayName;
      touched.orgId = user.orgId;
      touched.updatedAt = LocalDateTime.now(clock);
      users.update(touched);
    }
    return accounts.get(id);
  }

  static Set<Role> checkRoles(List<String> codes, Org org, FieldErrors errors) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (codes == null) {
      errors.add("roles", "请选择角色");
      return roles;
    }
    Map<String, Role> byCode = Arrays.stream(Role.values()).collect(Collectors.toMap(Enum::name, r -> r));
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      Role role = byCode.get(code.strip());
      if (role == null) {
        errors.add("roles", "未知角色：" + code.strip());
        return roles;
      }
      roles.add(role);
    }
    if (roles.stream().anyMatch(Role::admin) && roles.size() > 1) {
      errors.add("roles", "系统管理员、安全管理员、审计管理员须由不同账号分别担任（三员分立），且不能兼任其他角色");
      return roles;
    }
    if (org != null) {
      for (Role role : roles) {
        if (!role.fits(org.type)) {
          String allowed = role.orgTypes().stream().sorted().map(OrgType::label).collect(Collectors.joining("或"));
          errors.add("roles", "角色“" + role.label() + "”只能授予" + allowed + "的用户，该用户所属机构“" + org.name + "”是"
              + org.type.label());
        }
      }
    }
    return roles;
  }
}
