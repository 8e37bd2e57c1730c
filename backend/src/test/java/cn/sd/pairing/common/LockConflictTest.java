package cn.sd.pairing.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/**
 * A transaction the database rolled back as a deadlock's victim (e.g. two first filings of one zone–university pair
 * submitted at the same moment meet on the monitoring figures' rows) is a 409 the user may retry, not a 500 —
 * whether it comes through Spring's translation or wrapped by the engine's flush.
 */
class LockConflictTest {
  private final GlobalExceptionHandler handler = new GlobalExceptionHandler(DataSize.ofMegabytes(20), null);

  @Test
  void aDeadlockVictimGetsA409InChinese() {
    var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
    ResponseEntity<ErrorBody> viaEngine = handler.unexpected(
        new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
            new PersistenceException(deadlock)));
    assertThat(viaEngine.getStatusCode().value()).isEqualTo(409);
    assertThat(viaEngine.getBody().message()).isEqualTo("该事项正被他人同时办理，请稍后重试");

    ResponseEntity<ErrorBody> viaSpring = handler.unexpected(new CannotAcquireLockException("lock wait timeout"));
    assertThat(viaSpring.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void otherFailuresStay500() {
    ResponseEntity<ErrorBody> other = handler.unexpected(new IllegalStateException("bug"));
    assertThat(other.getStatusCode().value()).isEqualTo(500);
    assertThat(other.getBody().message()).isEqualTo("系统繁忙，请稍后重试");
  }
}
