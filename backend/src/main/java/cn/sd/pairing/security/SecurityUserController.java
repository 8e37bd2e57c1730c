package cn.sd.pairing.security;

import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.subject.OrgType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and their roles as the security administrator manages them (SECURITY_ADMIN only, SecurityConfig). */
@RestController
@Validated
@RequestMapping("/api/security")
public class SecurityUserController {
  private final UserAdminService accounts;
  private final RoleAssignmentService roles;

  public SecurityUserController(UserAdminService accounts, RoleAssignmentService roles) {
    this.accounts = accounts;
    this.roles = roles;
  }

  @GetMapping("/roles")
  public List<RoleView> roles() {
    return accounts.roles();
  }

  @GetMapping("/users")
  public PageResult<UserView> list(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词不能超过64个字符") String query,
      @RequestParam(required = false) OrgType orgType,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return accounts.list(query, null, orgType, role, null, page, size);
  }

  @PutMapping("/users/{id:\\d+}/roles")
  public UserView assign(@PathVariable long id, @Valid @RequestBody UserForms.RoleAssignment form,
      @AuthenticationPrincipal UserPrincipal actor) {
    return roles.assign(id, form, actor);
  }
}
