package cn.sd.pairing.filing;

import cn.sd.pairing.security.UserPrincipal;

/**
 * How a filing's contacts reach a reader: in full for the parties and reviewers (FilingAccess.seesContacts), masked
 * for everyone else (phones 138****5678, e-mails z***@zone.cn).
 */
public enum ContactMask {
  FULL,
  MASKED;

  public static ContactMask of(Filing filing, UserPrincipal user) {
    return FilingAccess.seesContacts(filing, user) ? FULL : MASKED;
  }

  public String phone(String phone) {
    return this == FULL ? phone : FilingViews.maskPhone(phone);
  }

  public String email(String email) {
    return this == FULL ? email : FilingViews.maskEmail(email);
  }

  public ContactForm contact(String name, String phone, String email) {
    return new ContactForm(name, phone(phone), email(email));
  }
}
