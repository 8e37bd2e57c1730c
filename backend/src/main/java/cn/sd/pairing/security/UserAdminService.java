package cn.sd.pairing.security;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldErrors;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.common.SqlLike;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's maintenance of accounts: name, organisation, status, password. A new
 * account has no role until the security administrator assigns one (RoleAssignmentService, 三员分立).
 */
@Service
@Transactional
public class UserAdminService {
  static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9_.-]{2,31}$");
  static final int DISPLAY_NAME_MAX = 32;

  private final UserMapper users;
  private final OrgMapper orgs;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;
  private final SignInService signIn;

  public UserAdminService(UserMapper users, OrgMapper orgs, PasswordEncoder passwordEncoder, Clock clock,
      SignInService signIn) {
    this.signIn = signIn;
    this.users = users;
    this.orgs = orgs;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  public List<RoleView> roles() {
    return Arrays.stream(Role.values()).map(RoleView::of).toList();
  }

  @Transactional(readOnly = true)
  public PageResult<UserView> list(String query, Long orgId, OrgType orgType, Role role, Boolean enabled,
      int page, int size) {
    String pattern = SqlLike.contains(query);
    UserFilter filter = new UserFilter(pattern, pattern == null ? null : pattern.toLowerCase(Locale.ROOT), orgId,
        orgType, role, enabled);
    List<AppUser> rows = users.search(filter, (page - 1) * size, size);
    Map<Long, List<Role>> roles = new HashMap<>();
    if (!rows.isEmpty()) {
      for (UserMapper.UserRoleRow r : users.findRolesOf(rows.stream().map(u -> u.id).toList())) {
        roles.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(r.role());
      }
    }
    List<UserView> items = rows.stream().map(u -> UserView.of(u, roles.getOrDefault(u.id, List.of()))).toList();
    return new PageResult<>(users.countSearch(filter), items);
  }

  @Transactional(readOnly = true)
  public UserView get(long id) {
    AppUser user = existing(id);
    return UserView.of(user, users.findRoles(id));
  }

  @Audited(value = AuditEventType.USER_CREATE, target = "'user:' + #result.id()", detail = "#form.username()")
  public UserView create(UserForms.Create form) {
    FieldErrors errors = new FieldErrors();
    String username = form.username() == null ? null : form.username().strip();
    if (username == null || username.isEmpty()) {
      errors.add("username", "用户名不能为空");
    } else if (!USERNAME.matcher(username).matches()) {
      errors.add("username", "用户名须以小写字母开头，由小写字母、数字、下划线、点或短横线组成，长度3–32位");
    }
    String displayName = checkDisplayName(form.displayName(), errors);
    Org org = checkOrg(form.orgId(), errors, null);
    String problem = PasswordPolicy.problem(form.password(), username);
    if (problem != null) {
      errors.add("password", problem);
    }
    errors.throwIfAny();
    if (users.countByUsername(username) > 0) {
      String message = "用户名“" + username + "”已被使用";
      throw new ApiException(HttpStatus.CONFLICT, message, List.of(new FieldMessage("username", message)));
    }
    AppUser user = new AppUser();
    user.username = username;
    user.displayName = displayName;
    user.orgId = org.id;
    user.passwordHash = passwordEncoder.encode(form.password());
    user.createdAt = LocalDateTime.now(clock);
    users.insert(user);
    return get(user.id);
  }

  @Audited(value = AuditEventType.USER_UPDATE, target = "'user:' + #id", detail = "#form.displayName()")
  public UserView update(long id, UserForms.Update form) {
    AppUser current = existing(id);
    FieldErrors errors = new FieldErrors();
    String displayName = checkDisplayName(form.displayName(), errors);
    Org org = checkOrg(form.orgId(), errors, current.orgId);
    if (org != null) {
      // the roles were granted for the organisation's type; moving the account must not smuggle them elsewhere
      for (Role role : users.findRoles(id)) {
        if (!role.fits(org.type)) {
          errors.add("orgId", "该用户现有角色“" + role.label() + "”不适用于" + org.type.label()
              + "，请先由安全管理员调整角色");
          break;
        }
      }
    }
    errors.throwIfAny();
    AppUser user = new AppUser();
    user.id = id;
    user.displayName = displayName;
    user.orgId = org.id;
    user.updatedAt = LocalDateTime.now(clock);
    users.update(user);
    return get(id);
  }

  /** A disabled user cannot log in, and an open session of that user ends at its next request. */
  @Audited(value = AuditEventType.USER_STATUS, target = "'user:' + #id", detail = "#enabled ? '启用' : '停用'")
  public UserView setEnabled(long id, boolean enabled, UserPrincipal actor) {
    AppUser user = existing(id);
    if (!enabled && id == actor.id()) {
      throw ApiException.conflict("不能停用当前登录的账号");
    }
    if (user.enabled != enabled) {
      users.setEnabled(id, enabled, LocalDateTime.now(clock));
    }
    return get(id);
  }

  @Audited(value = AuditEventType.USER_PASSWORD_RESET, target = "'user:' + #id")
  /** A temporary password: the owner must replace it at the next sign-in; the account is unlocked. */
  public void resetPassword(long id, UserForms.PasswordReset form) {
    AppUser user = existing(id);
    String problem = PasswordPolicy.problem(form.password(), user.username);
    if (problem != null) {
      throw ApiException.badField("password", problem);
    }
    signIn.replacePassword(users.findAccount(id), form.password(), true);
  }

  AppUser existing(long id) {
    AppUser user = users.findById(id);
    if (user == null) {
      throw ApiException.notFound("用户不存在");
    }
    return user;
  }

  private static String checkDisplayName(String value, FieldErrors errors) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      errors.add("displayName", "姓名不能为空");
    } else if (name.length() > DISPLAY_NAME_MAX) {
      errors.add("displayName", "姓名不能超过" + DISPLAY_NAME_MAX + "个字符");
    }
    return name;
  }

  /** The organisation must exist and be enabled (unless it is the user's current one, kept unchanged). */
  private Org checkOrg(Long orgId, FieldErrors errors, Long currentOrgId) {
    if (orgId == null) {
      errors.add("orgId", "所属机构不能为空");
      return null;
    }
    Org org = orgs.findById(orgId);
    if (org == null) {
      errors.add("orgId", "所属机构不存在");
      return null;
    }
    if (!org.enabled && !org.id.equals(currentOrgId)) {
      errors.add("orgId", "所属机构“" + org.name + "”已停用");
      return null;
    }
    return org;
  }
}
