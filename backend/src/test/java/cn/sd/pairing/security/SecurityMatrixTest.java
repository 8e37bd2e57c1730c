package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.sd.pairing.qualification.ApprovedFilingTest;
import cn.sd.pairing.review.Decision;
import cn.sd.pairing.review.CompleteTaskRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks every cell of docs/security-matrix.md against the real API: an allowed cell must pass the
 * access checks (not 401/403/404), a denied one must be refused with 403 or 404.
 */
class SecurityMatrixTest extends ApprovedFilingTest {
  static final Path MATRIX = Path.of("..", "docs", "security-matrix.md");
  private static final Set<Integer> DENIED = Set.of(403, 404);

  static Stream<Arguments> cells() throws Exception {
    List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("|")).toList();
    List<String> users = cellsOf(lines.get(0)).subList(2, cellsOf(lines.get(0)).size());
    List<Arguments> cells = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      List<String> row = cellsOf(line);
      String action = row.get(0).split(" ")[0];
      for (int i = 0; i < users.size(); i++) {
        cells.add(Arguments.of(action, users.get(i), "✓".equals(row.get(i + 2))));
      }
    }
    return cells.stream();
  }

  private static List<String> cellsOf(String line) {
    String[] parts = line.split("\\|");
    return Arrays.stream(parts, 1, parts.length).map(String::strip).toList();
  }

  @ParameterizedTest(name = "{0} by {1}: allowed={2}")
  @MethodSource("cells")
  void everyCellOfTheMatrixHolds(String action, String username, boolean allowed) throws Exception {
    MvcResult result = mvc.perform(request(action).session(login(username)).with(csrf())).andReturn();
    int status = result.getResponse().getStatus();
    if (allowed) {
      assertThat(status).as(action + " by " + username + ": " + result.getResponse().getContentAsString())
          .isNotIn(401, 403, 404).isLessThan(500);
    } else {
      assertThat(DENIED).as(action + " by " + username + " answered " + status).contains(status);
    }
  }

  @org.junit.jupiter.api.Test
  void theMatrixCoversEveryRole() throws Exception {
    String header = Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("| action")).findFirst().orElseThrow();
    for (Role role : Role.values()) {
      assertThat(userMapper.findByUsername(cellsOf(header).stream().skip(2)
          .filter(u -> user(u).has(role)).findFirst().orElseThrow(() -> new AssertionError("no column for " + role))))
          .isNotNull();
    }
  }

  private MockHttpServletRequestBuilder request(String action) throws Exception {
    return switch (action) {
      case "users.list" -> get("/api/admin/users");
      case "users.create" -> json(post("/api/admin/users"), "{}");
      case "orgs.list" -> get("/api/admin/orgs");
      case "security.settings.read" -> get("/api/security/settings");
      case "security.settings.write" -> json(put("/api/security/settings"), "{\"totpRequiredRoles\":[\"NO_SUCH_ROLE\"]}");
      case "audit.search" -> get("/api/audit/events");
      case "audit.export" -> get("/api/audit/events/export").param("from", "2099-01-01");
      case "audit.verify" -> post("/api/audit/verify");
      case "filing.create" -> json(post("/api/filings"), "{}");
      case "filing.read" -> get("/api/filings/" + submitted("zone_jinan", "U001"));
      case "filing.update" -> json(put("/api/filings/" + draft("zone_jinan", "U001")), "{}");
      case "filing.attachment.download" -> {
        long id = submitted("zone_jinan", "U001");
        long attachment = attachmentMapper.findByFiling(id).get(0).id;
        yield get("/api/filings/" + id + "/attachments/" + attachment + "/content");
      }
      case "change.create" -> json(post("/api/filings/" + approved() + "/changes"), "{}");
      case "task.approve" -> json(post("/api/tasks/" + cityTask() + "/complete"),
          toJson(new CompleteTaskRequest(Decision.APPROVE, null, null)));
      case "task.claim" -> post("/api/tasks/" + cityTask() + "/claim");
      default -> throw new AssertionError("no request for action " + action);
    };
  }

  /** A fresh Jinan filing waiting at 市科技局初审. */
  private String cityTask() {
    long id = submitted("zone_jinan", "U001");
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    return task(id, "cityReview").getId();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
