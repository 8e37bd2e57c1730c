package cn.sd.pairing.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations of Camunda's own tables (sql/engine: indexes the product's queries need). The business migrations run
 * before the engine (FlywayBeforeEngineConfig), when Camunda's tables may not exist yet; these run once the engine
 * has created or checked its schema, with a history table of their own. Flyway's lock keeps cluster nodes from
 * running them twice.
 */
@Configuration(proxyBeanMethods = false)
public class EngineMigrationsConfig {

  @Bean
  MigrateResult engineMigrations(DataSource dataSource, ProcessEngine engine) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine")
        .table("flyway_engine_history")
        // the schema already holds the business tables and Camunda's: start this history empty
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
