package cn.sd.pairing;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool hands out connections without auto-commit (application.yaml), so a plain JdbcTemplate write outside any
 * transaction — what tests do to set a row up or to tamper with one — would be rolled back when the connection goes
 * back to the pool. The tests' JdbcTemplate therefore switches auto-commit on for the connections it takes outside a
 * transaction (the pool switches it off again when they come back); inside a transaction it uses the transaction's
 * connection, as before: being an {@link InfrastructureProxy} of the pool, this data source is the pool for Spring's
 * transaction synchronisation.
 */
@TestConfiguration(proxyBeanMethods = false)
class AutoCommitJdbcOutsideTransactions {
  @Bean
  JdbcTemplate jdbcTemplate(DataSource dataSource) {
    return new JdbcTemplate(new AutoCommitting(dataSource));
  }

  static final class AutoCommitting extends DelegatingDataSource implements InfrastructureProxy {
    AutoCommitting(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      connection.setAutoCommit(true);
      return connection;
    }

    @Override
    public Object getWrappedObject() {
      return obtainTargetDataSource();
    }
  }
}
