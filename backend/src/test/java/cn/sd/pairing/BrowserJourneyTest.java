package cn.sd.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Users' journeys in a real browser: each script under frontend/e2e drives Debian Chromium
 * through playwright-core against this app on a random port, takes screenshots, and ends
 * with "<name> ok".
 */
class BrowserJourneyTest extends RealHttpTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "journey.mjs, journey ok",      // operators and reviewers through the whole filing path
      "admin.mjs, admin journey ok",  // the system administrator's registry and users
      "matchmaking.mjs, matchmaking journey ok", // 结对推荐: mapping, unpaired zones, wizard pre-filled
      "monitoring.mjs, monitoring journey ok",  // the provincial dashboard, its drill-downs, exports and scopes
      // 变更备案 of journey.mjs's approved pairing: drafted, reviewed by city and province, the record on the filing
      "change.mjs, change journey ok",
      // after approval: public list, qualification, certificate, verification (needs journey.mjs's approval)
      "qualification.mjs, qualification journey ok",
  })
  void journeyPassesInChromium(String script, String successLine) throws Exception {
    Path frontend = Path.of(System.getProperty("frontend.dir", "../frontend")).toAbsolutePath().normalize();
    Path screenshots = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).toAbsolutePath();
    Files.createDirectories(screenshots);
    Path log = screenshots.resolve(script.replace(".mjs", ".log"));

    ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script)
        .directory(frontend.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    node.environment().put("BASE_URL", "http://localhost:" + port);
    node.environment().put("SCREENSHOT_DIR", screenshots.toString());
    Process process = node.start();
    // a bound against a hung browser, not a speed check: on 2 shared cores under the load of parallel builds
    // the filing journey has taken more than 5 minutes
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(finished).as("%s finished within 10 minutes", script).isTrue();
    assertThat(process.exitValue()).as("%s exit code; output:%n%s", script, output).isZero();
    assertThat(output).contains(successLine);
  }
}
