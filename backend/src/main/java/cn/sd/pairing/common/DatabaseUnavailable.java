package cn.sd.pairing.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost or refused database connection from other failures, whoever wrapped it (Spring,
 * MyBatis, the Camunda engine, Spring Session): the user gets 503 and may simply retry, since the
 * pool reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {
  public static final String MESSAGE = "数据库暂不可用，请稍后重试";

  private DatabaseUnavailable() {
  }

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      // SQLSTATE class 08: connection exception (any driver)
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
