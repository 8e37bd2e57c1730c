package cn.sd.pairing.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Column-level encryption of personal data (contact phones and e-mails): AES-256-GCM from the JDK with a fresh
 * random 96-bit IV per value, so equal values differ in the database and a changed byte fails the tag check. A stored
 * value is {@code enc1:} + base64(IV ‖ ciphertext ‖ tag); the prefix tells encrypted values from plaintext rows
 * written before encryption (read as they are until the start-up pass encrypts them) and leaves room for a key or
 * algorithm change (enc2:).
 */
public final class ColumnCipher {
  public static final String PREFIX = "enc1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public ColumnCipher(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("the data key must be 32 bytes (AES-256), got "
          + (key == null ? "none" : key.length + " bytes"));
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public static boolean isEncrypted(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The stored form of a value; null and already encrypted values stay as they are. */
  public String encrypt(String plain) {
    if (plain == null || isEncrypted(plain)) {
      return plain;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
          .put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM unavailable", e);
    }
  }

  /**
   * The value of a stored one; a value without the prefix is a plaintext row not yet encrypted and is returned as it
   * is.
   *
   * @throws WrongDataKey when the value was encrypted with another key (or altered)
   */
  public String decrypt(String stored) {
    if (!isEncrypted(stored)) {
      return stored;
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new WrongDataKey("an encrypted personal-data value is not valid base64 (altered in the database?)");
    }
    if (raw.length < IV_BYTES + TAG_BITS / 8) {
      throw new WrongDataKey("an encrypted personal-data value is too short (altered in the database?)");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
      return new String(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new WrongDataKey("cannot decrypt personal data: pairing.security.data-key is not the key it was "
          + "encrypted with (or the value was altered). Restore the data key that belongs to this database.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM unavailable", e);
    }
  }

  /** An encrypted value this key cannot open. */
  public static class WrongDataKey extends IllegalStateException {
    WrongDataKey(String message) {
      super(message);
    }
  }
}
