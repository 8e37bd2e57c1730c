package cn.sd.pairing.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Request bodies of the account APIs. The system administrator creates and edits accounts without roles;
 * the security administrator assigns the roles (三员分立). Roles are role codes (GET /api/security/roles).
 * The limits here stop oversized input at the door; the services check the precise rules with their own messages.
 */
public final class UserForms {
  private UserForms() {}

  public record Create(
      @Size(max = 64, message = "用户名不能超过32位") String username,
      @Size(max = 64, message = "姓名不能超过32个字符") String displayName,
      Long orgId,
      @Size(max = 128, message = "密码过长") String password) {}

  public record Update(
      @Size(max = 64, message = "姓名不能超过32个字符") String displayName,
      Long orgId) {}

  public record PasswordReset(@Size(max = 128, message = "密码过长") String password) {}

  /** The complete set of roles an account is to hold; an empty list leaves the account without roles. */
  public record RoleAssignment(
      @NotNull(message = "请选择角色")
      @Size(max = 10, message = "角色过多")
      List<@NotNull(message = "未知角色") @Size(max = 32, message = "未知角色") String> roles) {}
}
