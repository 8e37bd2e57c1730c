package cn.sd.pairing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled (or whose organisation was disabled), or whose roles the security
 * administrator changed, while logged in: the request continues as anonymous, so the API answers 401 and the user
 * must log in again — which a disabled account cannot, and which gives a changed account its new roles at once. One
 * indexed lookup per API request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {
  private final UserMapper users;

  ActiveAccountFilter(UserMapper users) {
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal user
        && !Objects.equals(rolesNow(user), user.roles().stream().map(Role::name).collect(Collectors.toSet()))) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }

  /** The account's roles as they are now; null when it may no longer act. */
  private Set<String> rolesNow(UserPrincipal user) {
    List<String> rows = users.findActiveRoles(user.id());
    return rows.isEmpty() ? null : rows.stream().filter(role -> !role.isEmpty()).collect(Collectors.toSet());
  }
}
