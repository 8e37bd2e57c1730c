package cn.sd.pairing.subject;

/** A high-tech zone's level. Stored as the code; shown as the label. */
public enum ZoneLevel {
  NATIONAL("国家级"),
  PROVINCIAL("省级");

  private final String label;

  ZoneLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the code (any case) or the Chinese label; null when neither. */
  public static ZoneLevel parse(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    for (ZoneLevel level : values()) {
      if (level.name().equalsIgnoreCase(value) || level.label.equals(value)) {
        return level;
      }
    }
    return null;
  }

  public static String labelOf(String code) {
    ZoneLevel level = parse(code);
    return level == null ? null : level.label;
  }
}
