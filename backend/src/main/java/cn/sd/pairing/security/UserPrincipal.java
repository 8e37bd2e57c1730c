package cn.sd.pairing.security;

import cn.sd.pairing.subject.OrgType;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user with the organisation facts every access decision needs. */
public record UserPrincipal(
    long id,
    String username,
    String passwordHash,
    String displayName,
    boolean enabled,
    long orgId,
    String orgName,
    OrgType orgType,
    String cityCode,
    Set<Role> roles) implements UserDetails {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities = roles.stream()
        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
        .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** Keeps the hash out of the session once authenticated. */
  public UserPrincipal withoutPassword() {
    return new UserPrincipal(id, username, "", displayName, enabled, orgId, orgName, orgType, cityCode, roles);
  }
}
