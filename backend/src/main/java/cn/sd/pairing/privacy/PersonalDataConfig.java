package cn.sd.pairing.privacy;

import cn.sd.pairing.common.KeptSecret;
import java.nio.file.Path;
import java.util.Base64;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of the encrypted personal-data columns: pairing.security.data-key (base64 of 32 bytes). Left empty, a
 * random key is generated once and kept in ${pairing.data-dir}/data-key, which suits one server; several servers must
 * be given the same key, and the key must be backed up with the database (without it the columns cannot be read).
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfig {
  private static final Logger log = LoggerFactory.getLogger(PersonalDataConfig.class);
  static final String KEY_FILE = "data-key";

  @Bean
  ColumnCipher columnCipher(@Value("${pairing.security.data-key:}") String configured,
      @Value("${pairing.data-dir}") String dataDir) {
    return new ColumnCipher(configured.isBlank() ? keptKey(Path.of(dataDir, KEY_FILE)) : decode(configured));
  }

  /** Registers the one EncryptedColumn (with the key) under its class name before the mapper files are read. */
  @Bean
  ConfigurationCustomizer encryptedColumns(ColumnCipher cipher) {
    return EncryptedColumn.registration(cipher);
  }

  private static byte[] decode(String configured) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(configured.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("pairing.security.data-key is not valid base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException("pairing.security.data-key must be the base64 of 32 random bytes (AES-256), "
          + "e.g. the output of: openssl rand -base64 32; it decodes to " + key.length + " bytes");
    }
    return key;
  }

  static byte[] keptKey(Path file) {
    String key = KeptSecret.base64(file, "personal-data key");
    log.warn("pairing.security.data-key is not set: personal data is encrypted with the key in {}. Back it up with "
        + "the database; several servers must all be given one key in pairing.security.data-key.", file);
    return decode(key);
  }
}
