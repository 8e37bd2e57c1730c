package cn.sd.pairing.security;

import cn.sd.pairing.common.PageResult;
import cn.sd.pairing.subject.OrgType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration without roles (SYSTEM_ADMIN only, SecurityConfig); roles: SecurityUserController. */
@RestController
@Validated
@RequestMapping("/api/admin")
public class UserAdminController {
  private final UserAdminService service;

  public UserAdminController(UserAdminService service) {
    this.service = service;
  }

  @GetMapping("/roles")
  public List<RoleView> roles() {
    return service.roles();
  }

  @GetMapping("/users")
  public PageResult<UserView> list(
      @RequestParam(name = "q", required = false) @Size(max = 64, message = "搜索词不能超过64个字符") String query,
      @RequestParam(required = false) Long orgId,
      @RequestParam(required = false) OrgType orgType,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean enabled,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return service.list(query, orgId, orgType, role, enabled, page, size);
  }

  @GetMapping("/users/{id:\\d+}")
  public UserView get(@PathVariable long id) {
    return service.get(id);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  public UserView create(@Valid @RequestBody UserForms.Create form) {
    return service.create(form);
  }

  @PutMapping("/users/{id:\\d+}")
  public UserView update(@PathVariable long id, @Valid @RequestBody UserForms.Update form) {
    return service.update(id, form);
  }

  @PostMapping("/users/{id:\\d+}/disable")
  public UserView disable(@PathVariable long id, @AuthenticationPrincipal UserPrincipal actor) {
    return service.setEnabled(id, false, actor);
  }

  @PostMapping("/users/{id:\\d+}/enable")
  public UserView enable(@PathVariable long id, @AuthenticationPrincipal UserPrincipal actor) {
    return service.setEnabled(id, true, actor);
  }

  @PostMapping("/users/{id:\\d+}/reset-password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void resetPassword(@PathVariable long id, @Valid @RequestBody UserForms.PasswordReset form) {
    service.resetPassword(id, form);
  }
}
