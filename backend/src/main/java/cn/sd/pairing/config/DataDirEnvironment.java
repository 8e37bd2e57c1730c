package cn.sd.pairing.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * H2 refuses a database path that is "implicitly relative" (e.g. -Dpairing.data-dir=target/data),
 * so pairing.data-dir is made absolute before the datasource URL is resolved from it.
 */
public class DataDirEnvironment implements EnvironmentPostProcessor {
  static final String PROPERTY = "pairing.data-dir";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String dataDir = environment.getProperty(PROPERTY);
    if (dataDir == null || dataDir.isBlank() || dataDir.startsWith("~")) {
      return;
    }
    String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
    if (!absolute.equals(dataDir)) {
      environment.getPropertySources().addFirst(new MapPropertySource("pairingDataDir", Map.of(PROPERTY, absolute)));
    }
  }
}
