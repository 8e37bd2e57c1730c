package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;

/**
 * The part of the filing form a reviewer's opinion concerns (optional): the edit page shows the opinion
 * beside that part. The parts are the steps of the form.
 */
public enum FilingSection {
  PARTIES("结对双方"),
  CONTENT("合作内容"),
  PROJECTS("项目与平台"),
  TARGETS("目标与期限"),
  ATTACHMENTS("附件");

  private final String label;

  FilingSection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a section, null for none. */
  public static String labelOf(FilingSection section) {
    return section == null ? null : section.label();
  }

  /** null for no section (null or blank); 400 on the field {@code section} for an unknown one. */
  public static FilingSection parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (FilingSection section : values()) {
      if (section.name().equals(text.strip())) {
        return section;
      }
    }
    throw ApiException.badField("section", "意见涉及的填报部分不存在，请从列表中选择");
  }
}
