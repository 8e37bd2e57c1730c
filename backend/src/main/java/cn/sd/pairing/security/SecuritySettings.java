package cn.sd.pairing.security;

import jakarta.validation.constraints.Size;
import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings the security administrator (安全管理员) changes at run time: which roles must use the second factor. */
@Service
@Transactional
public class SecuritySettings {
  static final String TOTP_REQUIRED_ROLES = "TOTP_REQUIRED_ROLES";
  private final SecuritySettingMapper mapper;
  private final Clock clock;

  public SecuritySettings(SecuritySettingMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  public record View(List<Role> totpRequiredRoles) {}

  public record Form(
      @Size(max = 20, message = "角色过多") List<@Size(max = 32, message = "未知角色") String> totpRequiredRoles) {}

  @Transactional(readOnly = true)
  public View view() {
    return new View(List.copyOf(totpRequiredRoles()));
  }

  @Transactional(readOnly = true)
  public Set<Role> totpRequiredRoles() {
    String value = mapper.find(TOTP_REQUIRED_ROLES);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (value != null && !value.isBlank()) {
      Arrays.stream(value.split(",")).map(Role::valueOf).forEach(roles::add);
    }
    return roles;
  }

  @Audited(value = AuditEventType.SECURITY_SETTINGS, target = "'TOTP_REQUIRED_ROLES'",
      detail = "'需动态口令的角色：' + #result.totpRequiredRoles()")
  public View update(Form form) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : form.totpRequiredRoles() == null ? List.<String>of() : form.totpRequiredRoles()) {
      try {
        roles.add(Role.valueOf(code));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw ApiException.badField("totpRequiredRoles", "未知角色：" + code);
      }
    }
    String value = roles.stream().map(Enum::name).collect(Collectors.joining(","));
    LocalDateTime now = LocalDateTime.now(clock);
    if (mapper.update(TOTP_REQUIRED_ROLES, value, now) == 0) {
      mapper.insert(TOTP_REQUIRED_ROLES, value, now);
    }
    return view();
  }
}
