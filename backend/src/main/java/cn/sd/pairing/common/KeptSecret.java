package cn.sd.pairing.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random 32-byte secret kept in a file of the data directory, for a single server that was not given one in its
 * configuration: made on first use (readable by the owner only), then read on every start.
 */
public final class KeptSecret {
  private static final Logger log = LoggerFactory.getLogger(KeptSecret.class);

  private KeptSecret() {
  }

  /** The file's secret as base64 text; {@code what} names it in the log and in errors. */
  public static String base64(Path file, String what) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
        log.info("Generated the {} in {}", what, file);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the " + what + " " + file, e);
    }
  }
}
