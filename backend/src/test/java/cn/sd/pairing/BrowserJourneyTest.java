package cn.sd.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The user's journey in a real browser: frontend/e2e/journey.mjs drives Debian Chromium through
 * playwright-core against this app on a random port (zone submits, city and province approve,
 * a return is seen and resubmitted, a validation error shows).
 */
class BrowserJourneyTest extends IntegrationTest {

  @LocalServerPort
  int port;

  @Test
  void operatorAndReviewersCompleteAFilingInTheBrowser() throws Exception {
    Path frontend = Path.of(System.getProperty("frontend.dir", "../frontend")).toAbsolutePath().normalize();
    Path screenshots = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).toAbsolutePath();
    Files.createDirectories(screenshots);
    Path log = screenshots.resolve("journey.log");

    ProcessBuilder node = new ProcessBuilder("node", "e2e/journey.mjs")
        .directory(frontend.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    node.environment().put("BASE_URL", "http://localhost:" + port);
    node.environment().put("SCREENSHOT_DIR", screenshots.toString());
    Process process = node.start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(finished).as("browser journey finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("browser journey exit code; output:%n%s", output).isZero();
    assertThat(output).contains("journey ok");
    assertThat(new File(screenshots.toFile(), ".").list((dir, name) -> name.endsWith(".png"))).isNotEmpty();
  }
}
