package cn.sd.pairing.security;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.AuditLog;
import cn.sd.pairing.audit.AuditResult;
import cn.sd.pairing.common.ErrorBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(IdentityProperties.class)
public class SecurityConfig {

  /**
   * The SPA's policy: scripts only from our origin (Vite emits no inline script); inline styles are
   * allowed because Element Plus and bpmn-js set style attributes; images also as data:/blob: (QR code,
   * diagram export); the PDF preview is framed from our origin. Cockpit (/camunda) sends its own policy.
   */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'self'; frame-src 'self'; "
      + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

  /** Every role but the three administrators'. */
  static final String[] BUSINESS_ROLES = Arrays.stream(Role.values()).filter(r -> !r.admin()).map(Enum::name)
      .toArray(String[]::new);

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json, SecurityContextRepository contexts,
      UserMapper users, AuditLog audit) throws Exception {
    http
        // Cookie XSRF-TOKEN / header X-XSRF-TOKEN for the SPA; Cockpit has its own CSRF filter.
        .csrf(csrf -> csrf
            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
            .ignoringRequestMatchers("/camunda/**"))
        .securityContext(sc -> sc.securityContextRepository(contexts))
        .addFilterBefore(new ActiveAccountFilter(users), AuthorizationFilter.class)
        .authorizeHttpRequests(auth -> auth
            // the steps of a sign-in; the controller checks the session's pending sign-in
            .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/password", "/api/auth/totp/**").permitAll()
            // public certificate verification and the public list (公示): non-personal fields only
            .requestMatchers(HttpMethod.GET, "/api/public/certificates/verify", "/api/public/pairings",
                "/api/public/cities").permitAll()
            // three separate administrators (三员分立): registry and accounts / security settings / audit trail
            .requestMatchers("/api/admin/**").hasRole(Role.SYSTEM_ADMIN.name())
            .requestMatchers("/api/security/**").hasRole(Role.SECURITY_ADMIN.name())
            .requestMatchers("/api/audit/**").hasRole(Role.AUDIT_ADMIN.name())
            // the business itself: no administrator (and no account still waiting for its roles) takes part
            .requestMatchers("/api/filings/**", "/api/tasks/**", "/api/notifications/**", "/api/annual-reports/**",
                "/api/registry/**", "/api/process-definitions/**", "/api/metrics/**", "/api/matchmaking/**")
            .hasAnyRole(BUSINESS_ROLES)
            .requestMatchers("/api/**").authenticated()
            .requestMatchers("/camunda/**", "/engine-rest/**").hasRole(Role.SYSTEM_ADMIN.name())
            .anyRequest().permitAll())
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(
                (request, response, e) -> write(response, json, HttpStatus.UNAUTHORIZED, "请先登录"),
                new AntPathRequestMatcher("/api/**"))
            .defaultAuthenticationEntryPointFor(
                (request, response, e) -> write(response, json, HttpStatus.UNAUTHORIZED, "请先登录"),
                new AntPathRequestMatcher("/engine-rest/**"))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                new AntPathRequestMatcher("/**"))
            .accessDeniedHandler((request, response, e) -> {
              audit.recordAlone(null, AuditEventType.ACCESS_DENIED, AuditResult.DENIED,
                  request.getMethod() + " " + request.getRequestURI(), e.getClass().getSimpleName());
              write(response, json, HttpStatus.FORBIDDEN, "无权访问，或页面已过期，请刷新后重试");
            }))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(logout -> logout
            .logoutUrl("/api/auth/logout")
            .addLogoutHandler((request, response, auth) -> {
              if (auth != null && auth.getPrincipal() instanceof UserPrincipal user) {
                audit.recordAlone(AuditLog.Actor.of(user), AuditEventType.LOGOUT, AuditResult.SUCCESS,
                    "user:" + user.id(), null);
              }
            })
            .logoutSuccessHandler((request, response, auth) -> response.setStatus(HttpStatus.NO_CONTENT.value())))
        .headers(headers -> headers
            .contentTypeOptions(c -> {})
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(f -> f.sameOrigin())
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new AntPathRequestMatcher("/camunda/**")),
                new StaticHeadersWriter("Content-Security-Policy", CSP))));
    return http.build();
  }

  private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String message)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ErrorBody.of(status.value(), message));
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
