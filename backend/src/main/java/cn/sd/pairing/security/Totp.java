package cn.sd.pairing.security;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/** RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app speaks), one step of clock drift allowed. */
@Component
public class Totp {
  private final CodeVerifier verifier;
  private final IdentityProperties properties;

  public Totp(IdentityProperties properties) {
    this.properties = properties;
    DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
    v.setAllowedTimePeriodDiscrepancy(1);
    this.verifier = v;
  }

  public record Enrolment(String secret, String uri, String qrDataUri) {}

  public Enrolment newEnrolment(String username) {
    String secret = new DefaultSecretGenerator().generate();
    QrData data = new QrData.Builder().label(username).secret(secret).issuer(properties.getTotpIssuer())
        .digits(6).period(30).build();
    try {
      ZxingPngQrGenerator png = new ZxingPngQrGenerator();
      return new Enrolment(secret, data.getUri(), Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
    } catch (QrGenerationException e) {
      throw new IllegalStateException("QR code generation failed", e);
    }
  }

  public boolean valid(String secret, String code) {
    return secret != null && code != null && code.matches("\\d{6}") && verifier.isValidCode(secret, code);
  }
}
