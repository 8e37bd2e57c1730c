package cn.sd.pairing.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bytes of attachments, in a folder outside any web root under random names
 * ({@code ab/ab12…}, 32 hex digits): nothing the user sends ever becomes part of a path.
 */
@Component
public class AttachmentStore {
  private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
  private static final Pattern KEY = Pattern.compile("^[0-9a-f]{2}/[0-9a-f]{32}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;

  public AttachmentStore(AttachmentProperties properties) {
    String dir = properties.dir() == null || properties.dir().isBlank() ? "data/attachments" : properties.dir();
    this.root = Path.of(dir).toAbsolutePath().normalize();
  }

  /** A stored file: its key, its real size and its SHA-256 (hex). */
  public record Stored(String key, long size, String sha256) {}

  /** Thrown (after removing the partial file) when the stream holds more than the limit. */
  public static class TooLargeException extends IOException {
    TooLargeException() {
      super("attachment larger than the limit");
    }
  }

  /** Copies the stream to a new file; its name is random, its size and checksum measured while writing. */
  public Stored store(InputStream content, long maxBytes) throws IOException {
    String key = newKey();
    Path target = path(key);
    Files.createDirectories(target.getParent());
    Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
    try {
      MessageDigest sha = sha256();
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(partial)) {
        int read;
        while ((read = content.read(buffer)) > 0) {
          size += read;
          if (size > maxBytes) {
            throw new TooLargeException();
          }
          sha.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return new Stored(key, size, HexFormat.of().formatHex(sha.digest()));
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** The file of a key; the key must have the shape this store gives out. */
  public Path path(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not an attachment key: " + key);
    }
    return root.resolve(key);
  }

  /** SHA-256 (hex) of the stored bytes. */
  public String sha256Of(String key) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(path(key))) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        sha.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  public boolean exists(String key) {
    return Files.isRegularFile(path(key));
  }

  /** Removes a stored file; a missing one is fine, a failure is logged (the row is gone either way). */
  public void delete(String key) {
    try {
      Files.deleteIfExists(path(key));
    } catch (NoSuchFileException gone) {
      // already removed
    } catch (IOException e) {
      log.warn("Could not delete attachment file {}: {}", key, e.toString());
    }
  }

  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String hex = HexFormat.of().formatHex(bytes);
    return hex.substring(0, 2) + "/" + hex;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
