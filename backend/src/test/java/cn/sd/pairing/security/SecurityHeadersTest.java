package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.sd.pairing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every page and API answer carries the browser-side protections. */
class SecurityHeadersTest extends IntegrationTest {
  @Test
  void pagesAndApiAnswersCarryCspNosniffFrameAncestorsAndReferrerPolicy() throws Exception {
    for (String path : new String[] {"/", "/login", "/api/auth/me", "/api/filings"}) {
      MockHttpServletResponse response = mvc.perform(get(path).session(login("zone_jinan"))).andReturn().getResponse();
      String csp = response.getHeader("Content-Security-Policy");
      assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'",
          "object-src 'self'");
      assertThat(csp).doesNotContain("unsafe-eval");
      assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
      assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }
  }

  @Test
  void aDownloadKeepsItsOwnSandboxPolicy() throws Exception {
    long id = draft("zone_jinan", "U001");
    long attachment = attachmentMapper.findByFiling(id).get(0).id;
    MockHttpServletResponse response = mvc.perform(get("/api/filings/" + id + "/attachments/" + attachment + "/content")
        .session(login("zone_jinan"))).andReturn().getResponse();
    assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox; default-src 'none'");
  }
}
