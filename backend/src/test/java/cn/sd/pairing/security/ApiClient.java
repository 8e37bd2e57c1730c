package cn.sd.pairing.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Test helper: real logins through POST /api/auth/login and JSON requests in that session. */
public final class ApiClient {
  public static final String DEMO_PASSWORD = cn.sd.pairing.subject.DemoDataSeeder.DEMO_PASSWORD;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final MockMvc mvc;
  private final ObjectMapper json;

  public ApiClient(MockMvc mvc, ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  /** A fresh suffix so every run works on its own rows, even in a database with earlier data. */
  public static String unique() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  public MvcResult tryLogin(String username, String password) throws Exception {
    return mvc.perform(post("/api/auth/login").with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("username", username, "password", password))))
        .andReturn();
  }

  public MockHttpSession login(String username, String password) throws Exception {
    MvcResult result = tryLogin(username, password);
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError("login of " + username + " failed: " + result.getResponse().getStatus() + " "
          + result.getResponse().getContentAsString());
    }
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  public MockHttpSession login(String username) throws Exception {
    return login(username, DEMO_PASSWORD);
  }

  public String toJson(Object body) throws Exception {
    return json.writeValueAsString(body);
  }

  public JsonNode read(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsByteArray());
  }

  /** Adds session, CSRF token and a JSON body. */
  public MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, MockHttpSession session,
      Object body) throws Exception {
    MockHttpServletRequestBuilder builder = request.session(session).with(csrf());
    if (body != null) {
      builder.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
    }
    return builder;
  }
}
