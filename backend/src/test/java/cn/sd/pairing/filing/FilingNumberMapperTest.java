package cn.sd.pairing.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sd.pairing.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** The per-year counter; years 1000–1899 are never real filing years, and everything is rolled back. */
@Transactional
class FilingNumberMapperTest extends IntegrationTest {
  @Autowired FilingNumberMapper numbers;
  @Autowired FilingNumberService service;

  private static int unusedYear() {
    return 1000 + ThreadLocalRandom.current().nextInt(900);
  }

  @Test
  void counterRowLifecycle() {
    int year = unusedYear();
    assertThat(numbers.lockLastSeq(year)).isNull();
    numbers.insertYear(year);
    assertThat(numbers.lockLastSeq(year)).isZero();
    numbers.updateLastSeq(year, 41);
    assertThat(numbers.lockLastSeq(year)).isEqualTo(41);
    assertThat(numbers.lockLastSeq(year + 1000)).isNull();
  }

  @Test
  void aYearHasOneCounterRow() {
    int year = unusedYear();
    numbers.insertYear(year);
    assertThatThrownBy(() -> numbers.insertYear(year)).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void serviceCountsUpFromOnePerYear() {
    int year = unusedYear();
    assertThat(service.next(year)).isEqualTo(1);
    assertThat(service.next(year)).isEqualTo(2);
    assertThat(service.next(year)).isEqualTo(3);
    assertThat(numbers.lockLastSeq(year)).isEqualTo(3);
  }
}
