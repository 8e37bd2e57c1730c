package cn.sd.pairing.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The baseline: Camunda 7.24 alone, configured like the product's engine (MariaDB at READ COMMITTED
 * through a 10-connection Hikari pool, history level full, UUID ids, job executor on), running the
 * same BPMN and DMN from process-models. The product's beans become no-ops that set the same
 * variables: what remains is the engine's own cost of the path.
 */
final class RawEngine implements AutoCloseable {
  final ProcessEngine engine;
  private final HikariDataSource dataSource;

  RawEngine(Config config, String database) throws IOException {
    dataSource = pool(config, database, 10);

    Map<Object, Object> beans = new HashMap<>();
    beans.put("resolveParticipants", (JavaDelegate) RawEngine::resolveParticipants);
    beans.put("filingStatus", new FilingStatus());
    beans.put("notifyCandidates", (TaskListener) task -> { });
    beans.put("deadlines", new Deadlines());
    beans.put("remindOverdue", (JavaDelegate) execution -> { });
    beans.put("approveFilingDelegate",
        (JavaDelegate) execution -> execution.setVariable("filingNo", "鲁区校备〔2026〕第" + execution.getBusinessKey() + "号"));

    StandaloneProcessEngineConfiguration cfg = configuration("raw-" + database, dataSource, beans);
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setJobExecutorActivate(true);
    cfg.setEnforceHistoryTimeToLive(true);
    engine = cfg.buildProcessEngine();

    Path models = config.root.resolve("process-models/src/main/resources");
    try (InputStream bpmn = Files.newInputStream(models.resolve("bpmn/pairing-filing.bpmn"));
         InputStream dmn = Files.newInputStream(models.resolve("dmn/filing-routing.dmn"))) {
      engine.getRepositoryService().createDeployment().name("bench")
          .addInputStream("pairing-filing.bpmn", bpmn).addInputStream("filing-routing.dmn", dmn)
          .enableDuplicateFiltering(true).deploy();
    }
  }

  /** A pool like the product's: MariaDB at READ COMMITTED (Camunda refuses REPEATABLE READ). */
  static HikariDataSource pool(Config config, String database, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl(database));
    hikari.setUsername("root");
    hikari.setPassword("");
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.setMaximumPoolSize(size);
    // the driver settings of the product's application-mysql.yaml (rewriteBatchedStatements is in the URL)
    hikari.addDataSourceProperty("cachePrepStmts", "true");
    hikari.addDataSourceProperty("prepStmtCacheSize", "250");
    hikari.addDataSourceProperty("prepStmtCacheSqlLimit", "8192");
    hikari.addDataSourceProperty("useLocalSessionState", "true");
    return new HikariDataSource(hikari);
  }

  /** An engine configured like the product's: MySQL dialect, history level full, UUID ids, the given beans. */
  static StandaloneProcessEngineConfiguration configuration(String name, HikariDataSource dataSource,
      Map<Object, Object> beans) {
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setDataSource(dataSource);
    cfg.setDatabaseType("mysql");
    cfg.setHistory("full");
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setBeans(beans);
    return cfg;
  }

  private static void resolveParticipants(DelegateExecution execution) {
    // a zone-initiated filing with a university: groups shaped like the product's "<orgId>:<ROLE>"
    execution.setVariable("counterpartGroup", "12:UNIVERSITY_OPERATOR");
    execution.setVariable("consentGroup", "");
    execution.setVariable("initiatorGroup", "41:ZONE_OPERATOR");
    execution.setVariable("cityReviewGroup", "3:CITY_REVIEWER");
    execution.setVariable("provinceStGroup", "1:PROVINCE_ST_REVIEWER");
    execution.setVariable("provinceEduGroup", "2:PROVINCE_EDU_REVIEWER");
  }

  /** ${filingStatus.set(execution, 'X')} / finish: the product writes the filing row; the baseline does nothing. */
  public static final class FilingStatus {
    public void set(DelegateExecution execution, String status) { }

    public void finish(DelegateExecution execution, String status) { }
  }

  /** ${deadlines.reviewDue()}: five days ahead (the product counts working days). */
  public static final class Deadlines {
    public Date reviewDue() {
      return new Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000);
    }
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
