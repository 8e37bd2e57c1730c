package cn.sd.pairing.qualification;

import cn.sd.pairing.common.KeptSecret;
import cn.sd.pairing.filing.Filing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The verification code of a filing certificate: HMAC-SHA256 over the certificate's facts with a
 * server secret, so nobody without the secret can make a code that verifies, and a code stops
 * verifying when the facts it was made for change. The secret is pairing.certificate.secret; when
 * that is not set, a random one is generated once and kept in the data directory
 * (certificate-secret.key), so codes survive restarts. Several servers must share the secret.
 */
@Component
public class CertificateSigner {
  /** Crockford's base32: no I, L, O, U, so a code read aloud or typed is hard to get wrong. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  /** 20 characters of 5 bits: 100 bits of the MAC. */
  static final int CODE_LENGTH = 20;

  private final byte[] secret;

  public CertificateSigner(@Value("${pairing.certificate.secret:}") String configured,
      @Value("${pairing.data-dir}") String dataDir) {
    this.secret = configured.isBlank()
        ? Base64.getDecoder().decode(KeptSecret.base64(Path.of(dataDir, "certificate-secret.key"),
            "certificate signing secret"))
        : configured.getBytes(StandardCharsets.UTF_8);
  }

  /** The code of the certificate of an approved filing (20 characters, without separators). */
  public String sign(Filing filing) {
    String facts = String.join("\n", "v1", filing.filingNo, filing.zoneName, filing.universityName,
        String.valueOf(filing.approvedAt.toLocalDate()), String.valueOf(filing.startDate),
        String.valueOf(filing.endDate));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return base32(mac.doFinal(facts.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Whether the code is the one of this filing's current facts (compared in constant time). */
  public boolean matches(Filing filing, String code) {
    return MessageDigest.isEqual(sign(filing).getBytes(StandardCharsets.US_ASCII),
        normalize(code).getBytes(StandardCharsets.US_ASCII));
  }

  /** A code as people type it: any case, with or without dashes and spaces. */
  public static String normalize(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** A code as printed: groups of four. */
  public static String display(String code) {
    return String.join("-", code.split("(?<=\\G.{4})"));
  }

  private static String base32(byte[] mac) {
    StringBuilder out = new StringBuilder(CODE_LENGTH);
    int buffer = 0;
    int bits = 0;
    for (byte b : mac) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5 && out.length() < CODE_LENGTH) {
        out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
      if (out.length() == CODE_LENGTH) {
        break;
      }
    }
    return out.toString();
  }
}
