package cn.sd.pairing.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 of the previous row's hash and the row's canonical form, every field
 * length-prefixed (so no value can imitate a separator) and the time at whole seconds (what both
 * databases store).
 */
final class AuditHash {
  static final String GENESIS = "0".repeat(64);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private AuditHash() {}

  static String of(AuditRecord r) {
    StringBuilder canonical = new StringBuilder(r.prevHash);
    field(canonical, Long.toString(r.seq));
    field(canonical, r.occurredAt.format(TIME));
    field(canonical, r.userId == null ? null : r.userId.toString());
    field(canonical, r.username);
    field(canonical, r.orgId == null ? null : r.orgId.toString());
    field(canonical, r.orgName);
    field(canonical, r.ip);
    field(canonical, r.event == null ? null : r.event.name());
    field(canonical, r.result == null ? null : r.result.name());
    field(canonical, r.target);
    field(canonical, r.detail);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void field(StringBuilder out, String value) {
    out.append('|');
    if (value == null) {
      out.append("-1:");
    } else {
      out.append(value.length()).append(':').append(value);
    }
  }
}
