package cn.sd.pairing.subject;

import cn.sd.pairing.common.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a zone, university or unit record, shared by the admin form and the import so
 * both say the same thing in the same words. Field names are the API's.
 */
final class OrgRules {
  static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,31}$");
  static final int NAME_MIN = 2;
  static final int NAME_MAX = 128;
  static final int ITEM_MAX = 32;
  static final int ITEMS_MAX = 20;
  /** Width of the industries/disciplines columns. */
  static final int LIST_CHARS_MAX = 512;
  static final String SEPARATOR = ";";

  private OrgRules() {}

  /**
   * What the user gave for one organisation.
   *
   * @param parentGiven whether a parent university was named at all
   * @param parent the named parent as found in the registry, null when not found
   */
  record Input(OrgType type, String code, String name, String cityCode, String level, boolean parentGiven,
      Org parent, List<String> industries, List<String> disciplines) {}

  /** Normalises the input into an Org (no id, no timestamps) and records every problem in errors. */
  static Org check(Input in, Map<String, City> cities, FieldErrors errors) {
    Org org = new Org();
    org.type = in.type();
    org.code = normaliseCode(in.code());
    if (org.code == null) {
      errors.add("code", "机构代码不能为空");
    } else if (!CODE.matcher(org.code).matches()) {
      errors.add("code", "机构代码只能由字母、数字、短横线或下划线组成，长度为2–32位");
    }

    org.name = blankToNull(in.name());
    if (org.name == null) {
      errors.add("name", "机构名称不能为空");
    } else if (org.name.length() < NAME_MIN || org.name.length() > NAME_MAX) {
      errors.add("name", "机构名称长度应为" + NAME_MIN + "–" + NAME_MAX + "个字符");
    }

    String cityCode = blankToNull(in.cityCode());
    if (in.type() == OrgType.UNIT) {
      // a unit lies where its university lies; the given city (if any) is not used
      org.cityCode = in.parent() == null ? null : in.parent().cityCode;
    } else if (cityCode == null) {
      errors.add("cityCode", "所在城市不能为空");
    } else if (!cities.containsKey(cityCode)) {
      errors.add("cityCode", "所在城市代码“" + cityCode + "”不存在");
    } else {
      org.cityCode = cityCode;
    }

    String level = blankToNull(in.level());
    if (in.type() == OrgType.ZONE) {
      ZoneLevel parsed = ZoneLevel.parse(level);
      if (level == null) {
        errors.add("level", "高新区级别不能为空");
      } else if (parsed == null) {
        errors.add("level", "高新区级别只能是“国家级”或“省级”");
      } else {
        org.zoneLevel = parsed.name();
      }
    } else if (level != null) {
      errors.add("level", "只有高新区需要填写级别");
    }

    if (in.type() == OrgType.UNIT) {
      if (!in.parentGiven()) {
        errors.add("parentId", "所属高校不能为空");
      } else if (in.parent() == null || in.parent().type != OrgType.UNIVERSITY) {
        errors.add("parentId", "所属高校不存在");
      } else if (!in.parent().enabled) {
        errors.add("parentId", "所属高校“" + in.parent().name + "”已停用");
      } else {
        org.parentId = in.parent().id;
      }
    } else if (in.parentGiven()) {
      errors.add("parentId", "只有内设机构/团队需要填写所属高校");
    }

    List<String> industries = items(in.industries(), "industries", "主导产业", errors);
    List<String> disciplines = items(in.disciplines(), "disciplines", "优势学科", errors);
    if (in.type() == OrgType.ZONE) {
      org.industries = join(industries);
      if (!disciplines.isEmpty()) {
        errors.add("disciplines", "高新区不填写优势学科，请填写主导产业");
      }
    } else {
      org.disciplines = join(disciplines);
      if (!industries.isEmpty()) {
        errors.add("industries", "只有高新区需要填写主导产业");
      }
    }
    return org;
  }

  /** Codes compare case-insensitively: they are kept upper-case. */
  static String normaliseCode(String code) {
    String value = blankToNull(code);
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** Splits a cell such as "新材料；生物医药;智能装备" (half- or full-width semicolons). */
  static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.split("[;；]"));
  }

  static List<String> toList(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.of(stored.split(SEPARATOR)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> items(List<String> raw, String field, String label, FieldErrors errors) {
    if (raw == null) {
      return List.of();
    }
    Set<String> items = new LinkedHashSet<>();
    for (String value : raw) {
      String item = value == null ? "" : value.strip();
      if (item.isEmpty()) {
        continue;
      }
      if (item.contains(";") || item.contains("；")) {
        errors.add(field, label + "的每一项不能包含分号");
        return List.of();
      }
      if (item.length() > ITEM_MAX) {
        errors.add(field, label + "“" + item + "”超过" + ITEM_MAX + "个字符");
        return List.of();
      }
      items.add(item);
    }
    if (items.size() > ITEMS_MAX) {
      errors.add(field, label + "最多填写" + ITEMS_MAX + "项");
      return List.of();
    }
    List<String> list = new ArrayList<>(items);
    if (String.join(SEPARATOR, list).length() > LIST_CHARS_MAX) {
      errors.add(field, label + "合计不能超过" + LIST_CHARS_MAX + "个字符");
      return List.of();
    }
    return list;
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? null : String.join(SEPARATOR, items);
  }

  static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
