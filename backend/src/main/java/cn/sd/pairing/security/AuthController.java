package cn.sd.pairing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {
  private final AuthenticationManager authenticationManager;
  private final SecurityContextRepository contextRepository;

  public AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository) {
    this.authenticationManager = authenticationManager;
    this.contextRepository = contextRepository;
  }

  @PostMapping("/login")
  public CurrentUserView login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
      HttpServletResponse response) {
    Authentication result = authenticationManager.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()));
    UserPrincipal principal = ((UserPrincipal) result.getPrincipal()).withoutPassword();
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    return CurrentUserView.of(principal);
  }

  @GetMapping("/me")
  public CurrentUserView me(@AuthenticationPrincipal UserPrincipal user) {
    return CurrentUserView.of(user);
  }
}
