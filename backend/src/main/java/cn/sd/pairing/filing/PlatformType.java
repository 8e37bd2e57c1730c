package cn.sd.pairing.filing;

/** The kinds of shared platform (共建平台) the plan names. */
public enum PlatformType {
  LAB("实验室"),
  TECH_CENTER("技术创新中心"),
  SCIENCE_PARK("大学科技园"),
  PILOT_BASE("中试基地"),
  POC_CENTER("概念验证中心"),
  SPECIAL_COLLEGE("专业特色学院/卓越工程师学院"),
  TRAINING_BASE("实训基地");

  /** The codes as a regular expression, for the form's check. */
  public static final String CODES =
      "LAB|TECH_CENTER|SCIENCE_PARK|PILOT_BASE|POC_CENTER|SPECIAL_COLLEGE|TRAINING_BASE";

  private final String label;

  PlatformType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a stored code; the code itself when unknown. */
  public static String labelOf(String code) {
    for (PlatformType type : values()) {
      if (type.name().equals(code)) {
        return type.label;
      }
    }
    return code;
  }
}
