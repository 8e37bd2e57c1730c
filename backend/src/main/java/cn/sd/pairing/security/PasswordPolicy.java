package cn.sd.pairing.security;

import java.util.Locale;

/**
 * Password rules: 8–64 printable ASCII characters (letters, digits, symbols; no spaces), at least
 * three of the four classes upper case / lower case / digit / symbol, not containing the username.
 * ASCII only keeps every password within BCrypt's 72-byte limit.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;
  public static final String RULE = "密码须为8–64位，且包含大写字母、小写字母、数字、符号中的至少三类";

  private PasswordPolicy() {}

  /** The Chinese reason the password is not acceptable, or null when it is. */
  public static String problem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return "密码不能为空";
    }
    if (password.length() < MIN_LENGTH) {
      return "密码至少" + MIN_LENGTH + "位";
    }
    if (password.length() > MAX_LENGTH) {
      return "密码不能超过" + MAX_LENGTH + "位";
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean symbol = false;
    for (char c : password.toCharArray()) {
      if (c < 0x21 || c > 0x7E) {
        return "密码只能包含英文字母、数字和英文符号，不能包含空格或中文";
      }
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        symbol = true;
      }
    }
    int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    if (classes < 3) {
      return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
    }
    if (username != null && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      return "密码不能包含用户名";
    }
    return null;
  }
}
