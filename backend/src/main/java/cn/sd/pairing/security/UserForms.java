package cn.sd.pairing.security;

import java.util.List;

/** Request bodies of the user administration API. Roles are role codes (see GET /api/admin/roles). */
public final class UserForms {
  private UserForms() {}

  public record Create(String username, String displayName, Long orgId, List<String> roles, String password) {}

  public record Update(String displayName, Long orgId, List<String> roles) {}

  public record PasswordReset(String password) {}
}
