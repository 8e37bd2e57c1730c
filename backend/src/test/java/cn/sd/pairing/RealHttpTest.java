package cn.sd.pairing;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Base of tests that talk to the embedded server over real HTTP (a browser, an HTTP client).
 * spring-security-test's csrf() (used by the MockMvc tests of this shared context) swaps the
 * CsrfFilter's repository for a session-based test double for good; the embedded server
 * shares that filter, so these tests put back the repository SecurityConfig sets (cookie
 * XSRF-TOKEN) while they run.
 */
public abstract class RealHttpTest extends IntegrationTest {
  @LocalServerPort protected int port;
  @Autowired @Qualifier("springSecurityFilterChain") private Filter securityFilterChain;
  private CsrfTokenRepository savedRepository;

  @BeforeEach
  void useTheProductionCsrfRepository() {
    CsrfFilter filter = csrfFilter();
    savedRepository = (CsrfTokenRepository) ReflectionTestUtils.getField(filter, "tokenRepository");
    ReflectionTestUtils.setField(filter, "tokenRepository", CookieCsrfTokenRepository.withHttpOnlyFalse());
  }

  @AfterEach
  void restoreCsrfRepository() {
    ReflectionTestUtils.setField(csrfFilter(), "tokenRepository", savedRepository);
  }

  private CsrfFilter csrfFilter() {
    return ((FilterChainProxy) securityFilterChain).getFilterChains().stream()
        .flatMap(chain -> chain.getFilters().stream())
        .filter(CsrfFilter.class::isInstance).map(CsrfFilter.class::cast)
        .findFirst().orElseThrow();
  }
}
