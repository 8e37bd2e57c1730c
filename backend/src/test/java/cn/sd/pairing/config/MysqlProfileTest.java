package cn.sd.pairing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The MySQL/MariaDB settings each pitfall needs, checked on every build (the H2 default run
 * never loads this profile).
 */
class MysqlProfileTest {

  @Test
  void mysqlProfileCarriesTheSettingsCamundaNeeds() throws Exception {
    String yaml = new ClassPathResource("application-mysql.yaml").getContentAsString(StandardCharsets.UTF_8);
    // without it Connector/J finds another database's ACT_* tables and the engine skips creating its own
    assertThat(yaml).contains("nullCatalogMeansCurrent=true");
    assertThat(yaml).contains("sendFractionalSeconds=false");
    assertThat(yaml).contains("transaction-isolation: TRANSACTION_READ_COMMITTED");
    assertThat(yaml).containsPattern("database:\\s+type: mysql");
  }
}
