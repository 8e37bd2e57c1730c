package cn.sd.pairing.security;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.SignInService.Pending;
import cn.sd.pairing.security.SignInService.Step;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in in steps: the password, then — when the rules ask for them — a new password and the TOTP
 * code (or its enrolment). Until the last step the session holds only the {@link Pending} sign-in,
 * which opens nothing but these endpoints.
 */
@RestController
@RequestMapping("/api/auth")
public class AuthController {
  static final String PENDING = AuthController.class.getName() + ".PENDING";
  static final String ENROLMENT = AuthController.class.getName() + ".ENROLMENT";

  private final SignInService signIn;
  private final AppUserDetailsService userDetails;
  private final SecurityContextRepository contextRepository;
  private final LoginRateLimiter rateLimiter;
  private final Totp totp;

  public AuthController(SignInService signIn, AppUserDetailsService userDetails,
      SecurityContextRepository contextRepository, LoginRateLimiter rateLimiter, Totp totp) {
    this.signIn = signIn;
    this.userDetails = userDetails;
    this.contextRepository = contextRepository;
    this.rateLimiter = rateLimiter;
    this.totp = totp;
  }

  /** next: the step still to do (PASSWORD_CHANGE, TOTP_ENROL, TOTP), or null with the signed-in user's fields. */
  public record LoginResult(Step next, @JsonUnwrapped CurrentUserView user) {}

  public record PasswordChange(
      @NotBlank(message = "请输入原密码") @Size(max = 128, message = "密码过长") String oldPassword,
      @NotBlank(message = "请输入新密码") @Size(max = 128, message = "密码过长") String newPassword) {}

  public record TotpCode(@NotBlank(message = "请输入6位动态口令") @Size(max = 6, message = "动态口令为6位数字") String code) {}

  public record TotpSetup(String secret, String uri, String qrDataUri) {}

  @PostMapping("/login")
  public LoginResult login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
      HttpServletResponse response) {
    String address = request.getRemoteAddr();
    if (rateLimiter.blocked(address)) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "登录尝试过于频繁，请一分钟后再试");
    }
    Pending pending;
    try {
      pending = signIn.authenticate(login.username(), login.password());
    } catch (ApiException e) {
      rateLimiter.failed(address);
      throw e;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    return proceed(pending, request, response);
  }

  /** The own password: during sign-in (step PASSWORD_CHANGE) or at any time when signed in. */
  @PostMapping("/password")
  public LoginResult changePassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request,
      HttpServletResponse response) {
    UserPrincipal current = signedIn();
    if (current != null) {
      signIn.changePassword(current.id(), change.oldPassword(), change.newPassword());
      return new LoginResult(null, CurrentUserView.of(current));
    }
    Pending pending = pending(request, Step.PASSWORD_CHANGE);
    signIn.changePassword(pending.userId(), change.oldPassword(), change.newPassword());
    return proceed(pending.done(Step.PASSWORD_CHANGE), request, response);
  }

  /** A new TOTP secret with its QR code, kept in the session until a code from it confirms it. */
  @PostMapping("/totp/setup")
  public TotpSetup totpSetup(HttpServletRequest request) {
    UserPrincipal current = signedIn();
    String username = current != null ? current.username() : pending(request, Step.TOTP_ENROL).username();
    Totp.Enrolment enrolment = totp.newEnrolment(username);
    request.getSession().setAttribute(ENROLMENT, enrolment.secret());
    return new TotpSetup(enrolment.secret(), enrolment.uri(), enrolment.qrDataUri());
  }

  @PostMapping("/totp/enrol")
  public LoginResult totpEnrol(@Valid @RequestBody TotpCode code, HttpServletRequest request,
      HttpServletResponse response) {
    HttpSession session = request.getSession();
    String secret = (String) session.getAttribute(ENROLMENT);
    UserPrincipal current = signedIn();
    if (current != null) {
      signIn.enrolTotp(current.id(), secret, code.code());
      session.removeAttribute(ENROLMENT);
      return new LoginResult(null, CurrentUserView.of(current));
    }
    Pending pending = pending(request, Step.TOTP_ENROL);
    signIn.enrolTotp(pending.userId(), secret, code.code());
    session.removeAttribute(ENROLMENT);
    return proceed(pending.done(Step.TOTP_ENROL), request, response);
  }

  @PostMapping("/totp/verify")
  public LoginResult totpVerify(@Valid @RequestBody TotpCode code, HttpServletRequest request,
      HttpServletResponse response) {
    Pending pending = pending(request, Step.TOTP);
    signIn.verifyTotp(pending.userId(), code.code());
    return proceed(pending.done(Step.TOTP), request, response);
  }

  @GetMapping("/me")
  public CurrentUserView me(@AuthenticationPrincipal UserPrincipal user) {
    return CurrentUserView.of(user);
  }

  /** Either the next step is stored in the session, or the sign-in completes here. */
  private LoginResult proceed(Pending pending, HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession();
    if (pending.next() != null) {
      session.setAttribute(PENDING, pending);
      return new LoginResult(pending.next(), null);
    }
    session.removeAttribute(PENDING);
    UserPrincipal principal = userDetails.loadUserByUsername(pending.username()).withoutPassword();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    signIn.signedIn(principal);
    return new LoginResult(null, CurrentUserView.of(principal));
  }

  private static Pending pending(HttpServletRequest request, Step step) {
    HttpSession session = request.getSession(false);
    Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
    if (pending == null || pending.next() != step) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "登录已失效，请重新登录");
    }
    return pending;
  }

  private static UserPrincipal signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof UserPrincipal user ? user : null;
  }
}
