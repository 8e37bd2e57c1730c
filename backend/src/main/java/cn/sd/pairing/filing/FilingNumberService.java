package cn.sd.pairing.filing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Filing numbers 鲁区校备〔YYYY〕第NNNN号, unique and gap-free per year: the year's counter row
 * is locked inside the approving transaction, so concurrent approvals queue on it and a
 * rolled-back approval returns its number.
 */
@Service
public class FilingNumberService {
  private final FilingNumberMapper numbers;
  private final TransactionTemplate newTransaction;

  public FilingNumberService(FilingNumberMapper numbers, PlatformTransactionManager transactionManager) {
    this.numbers = numbers;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(int year) {
    Integer last = numbers.lockLastSeq(year);
    if (last == null) {
      createYear(year);
      last = numbers.lockLastSeq(year);
    }
    int next = last + 1;
    numbers.updateLastSeq(year, next);
    return next;
  }

  public static String format(int year, int seq) {
    return String.format("鲁区校备〔%d〕第%04d号", year, seq);
  }

  /** The first approval of a year creates the counter in its own transaction; a racing twin finds it made. */
  private void createYear(int year) {
    try {
      newTransaction.executeWithoutResult(status -> numbers.insertYear(year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another approval created it first
    }
  }
}
