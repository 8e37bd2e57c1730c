package cn.sd.pairing;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The tests' JdbcTemplate (fixtures such as moving a date back, checks of raw rows) outside any transaction: the
 * product's pool hands out connections without autocommit (application.yaml), so this one switches it on per
 * connection, as a statement typed into a database client would be. The pool resets it when the connection returns.
 */
@TestConfiguration(proxyBeanMethods = false)
class AutoCommitJdbc {
  @Bean
  @Primary
  JdbcTemplate autoCommitJdbcTemplate(DataSource dataSource) {
    return new JdbcTemplate(new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        connection.setAutoCommit(true);
        return connection;
      }
    });
  }
}
