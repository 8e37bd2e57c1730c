package cn.sd.pairing.security;

import java.util.EnumSet;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AppUserDetailsService implements UserDetailsService {
  private final UserMapper users;

  public AppUserDetailsService(UserMapper users) {
    this.users = users;
  }

  @Override
  public UserPrincipal loadUserByUsername(String username) {
    AppUser user = users.findByUsername(username);
    if (user == null) {
      throw new UsernameNotFoundException(username);
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(users.findRoles(user.id));
    // a disabled organisation locks out all of its users
    return new UserPrincipal(user.id, user.username, user.passwordHash, user.displayName,
        user.enabled && user.orgEnabled,
        user.orgId, user.orgName, user.orgType, user.cityCode, roles);
  }
}
