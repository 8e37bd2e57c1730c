package cn.sd.pairing.security;

import cn.sd.pairing.common.ErrorBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json, SecurityContextRepository contexts,
      UserMapper users) throws Exception {
    http
        // Cookie XSRF-TOKEN / header X-XSRF-TOKEN for the SPA; Cockpit has its own CSRF filter.
        .csrf(csrf -> csrf
            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
            .ignoringRequestMatchers("/camunda/**"))
        .securityContext(sc -> sc.securityContextRepository(contexts))
        .addFilterBefore(new ActiveAccountFilter(users), AuthorizationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
            // public certificate verification and the public list (公示): non-personal fields only
            .requestMatchers(HttpMethod.GET, "/api/public/certificates/verify", "/api/public/pairings",
                "/api/public/cities").permitAll()
            // registry and account administration
            .requestMatchers("/api/admin/**").hasRole(Role.SYSTEM_ADMIN.name())
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
            .accessDeniedHandler((request, response, e) ->
                write(response, json, HttpStatus.FORBIDDEN, "无权访问，或页面已过期，请刷新后重试")))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(logout -> logout
            .logoutUrl("/api/auth/logout")
            .logoutSuccessHandler((request, response, auth) -> response.setStatus(HttpStatus.NO_CONTENT.value())))
        .headers(headers -> headers
            .contentTypeOptions(c -> {})
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(f -> f.sameOrigin()));
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

  @Bean
  AuthenticationManager authenticationManager(AppUserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    return new ProviderManager(provider);
  }
}
