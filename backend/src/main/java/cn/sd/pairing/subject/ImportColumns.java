package cn.sd.pairing.subject;

import cn.sd.pairing.common.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the registry import files (the programme's demo lists use the same keys).
 * A header cell may hold the key ("city_code"), the Chinese label ("城市代码") or both, as the
 * downloadable template writes them: "城市代码(city_code)".
 */
final class ImportColumns {
  record Column(String key, String label, boolean required, String note) {
    String header() {
      return label + "(" + key + ")";
    }
  }

  static final Column CODE = new Column("code", "代码", true,
      "必填。字母、数字、短横线或下划线，2–32位，不区分大小写。已存在的代码将更新该机构，否则新增");
  static final Column NAME = new Column("name", "名称", true, "必填，2–128个字");
  static final Column LEVEL = new Column("level", "级别", true, "必填：国家级 或 省级");
  static final Column CITY = new Column("city_code", "城市代码", true,
      "必填：6位行政区划代码（见“城市代码”工作表），也可填写城市名称，如 济南市");
  static final Column INDUSTRIES = new Column("leading_industries", "主导产业", false,
      "选填，多项用分号（;）分隔，每项不超过32个字，最多20项。不含此列时保留原有内容");
  static final Column UNIV_DISCIPLINES = new Column("advantage_disciplines", "优势学科", false,
      "选填，多项用分号（;）分隔，每项不超过32个字，最多20项。不含此列时保留原有内容");
  static final Column PARENT = new Column("parent_code", "所属高校代码", true,
      "必填：所属高校（法人单位）的代码，该高校须已在系统中且未停用。所在城市随所属高校");
  static final Column UNIT_DISCIPLINES = new Column("disciplines", "优势学科", false,
      "选填，多项用分号（;）分隔，每项不超过32个字，最多20项。不含此列时保留原有内容");

  private static final Pattern KEY_IN_BRACKETS = Pattern.compile("[(（]\\s*([A-Za-z_]+)\\s*[)）]");

  private ImportColumns() {}

  static List<Column> of(OrgType type) {
    return switch (type) {
      case ZONE -> List.of(CODE, NAME, LEVEL, CITY, INDUSTRIES);
      case UNIVERSITY -> List.of(CODE, NAME, CITY, UNIV_DISCIPLINES);
      case UNIT -> List.of(CODE, NAME, PARENT, UNIT_DISCIPLINES);
      default -> throw new IllegalArgumentException("not importable: " + type);
    };
  }

  /** Column key → index in the file; unknown columns are ignored, missing required ones are a 400. */
  static Map<String, Integer> locate(OrgType type, List<String> header) {
    List<Column> columns = of(type);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String key = keyOf(header.get(i), columns);
      if (key == null) {
        continue;
      }
      if (index.putIfAbsent(key, i) != null) {
        throw ApiException.badField("file", "表头中“" + header.get(i) + "”列重复");
      }
    }
    List<String> missing = columns.stream().filter(Column::required).filter(c -> !index.containsKey(c.key()))
        .map(Column::header).toList();
    if (!missing.isEmpty()) {
      throw ApiException.badField("file", "文件第1行（表头）缺少必需的列：" + String.join("、", missing)
          + "。请使用导入模板，或确认选择的导入类型（" + type.label() + "）与文件一致");
    }
    return index;
  }

  private static String keyOf(String cell, List<Column> columns) {
    String text = cell == null ? "" : cell.strip();
    Matcher bracket = KEY_IN_BRACKETS.matcher(text);
    String candidate = bracket.find() ? bracket.group(1).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    for (Column column : columns) {
      if (column.key().equals(candidate) || column.label().equals(text)) {
        return column.key();
      }
    }
    return null;
  }
}
