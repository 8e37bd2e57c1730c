package cn.sd.pairing.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before the server takes requests: checks that the configured key opens the personal data already
 * encrypted (a wrong key stops the start with a clear message rather than failing page by page), then encrypts the
 * values still in plaintext (rows from before V20, or written by tools that bypass the application). Idempotent: a
 * value with the {@code enc1:} prefix is left alone, and each update only replaces the plaintext it read, so two nodes
 * starting together, or a user saving meanwhile, lose nothing.
 */
@Component
class PlaintextColumns implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(PlaintextColumns.class);
  /** Every table with encrypted columns, and those columns (the mappers name them with EncryptedColumn). */
  static final Map<String, List<String>> ENCRYPTED = Map.of(
      "filing", contactColumns(),
      "filing_change", contactColumns(),
      "filing_snapshot", contactColumns());
  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final ColumnCipher cipher;
  private final TransactionTemplate tx;

  PlaintextColumns(JdbcTemplate jdbc, ColumnCipher cipher, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.tx = new TransactionTemplate(transactions);
  }

  private static List<String> contactColumns() {
    return List.of("zone_contact_phone", "zone_contact_email", "univ_contact_phone", "univ_contact_email");
  }

  @Override
  public void afterSingletonsInstantiated() {
    checkKey();
    int total = 0;
    for (var table : ENCRYPTED.entrySet()) {
      total += encrypt(table.getKey(), table.getValue());
    }
    if (total > 0) {
      log.info("Encrypted {} plaintext personal-data values", total);
    }
  }

  /** The key must open one already encrypted value, if there is one. */
  void checkKey() {
    for (var table : ENCRYPTED.entrySet()) {
      String column = table.getValue().get(0);
      List<String> sample = jdbc.queryForList("SELECT " + column + " FROM " + table.getKey() + " WHERE " + column
          + " LIKE 'enc1:%' ORDER BY id DESC LIMIT 1", String.class);
      if (!sample.isEmpty()) {
        cipher.decrypt(sample.get(0));
        return;
      }
    }
  }

  /** Encrypts the table's plaintext values; returns how many. */
  int encrypt(String table, List<String> columns) {
    int done = 0;
    for (String column : columns) {
      // the table and column names are the constants above
      String select = "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND " + column
          + " NOT LIKE 'enc1:%' AND id > ? ORDER BY id LIMIT " + BATCH;
      String update = "UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND " + column + " = ?";
      long after = 0;
      while (true) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(select, rs -> {
          String plain = rs.getString(2);
          rows.add(new Object[] {cipher.encrypt(plain), rs.getLong(1), plain});
        }, after);
        if (rows.isEmpty()) {
          break;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate(update, rows));
        done += rows.size();
        after = (Long) rows.get(rows.size() - 1)[1];
      }
    }
    return done;
  }
}
