package cn.sd.pairing.subject;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.subject.ImportColumns.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The downloadable .xlsx template of an import: sheet 1 is filled in (header "名称(key)", text
 * format so codes keep leading zeros, a drop-down for the zone level), sheet 2 explains each
 * column, sheet 3 lists the city codes from the registry.
 */
@Component
public class ImportTemplate {
  static final int PREPARED_ROWS = OrgImportService.MAX_ROWS + 1;

  private final OrgMapper orgs;

  public ImportTemplate(OrgMapper orgs) {
    this.orgs = orgs;
  }

  public static String fileName(OrgType type) {
    return type.label().replace("/", "") + "导入模板.xlsx";
  }

  @Transactional(readOnly = true)
  @Audited(value = AuditEventType.EXPORT, target = "'import-template:' + #type")
  public byte[] write(OrgType type) {
    List<Column> columns = ImportColumns.of(type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "pairing-platform", "1.0")) {
      Worksheet data = workbook.newWorksheet(type.label() + "导入");
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        data.value(0, c, column.header());
        data.style(0, c).bold().fillColor(column.required() ? "FFE699" : "DDEBF7").set();
        data.comment(0, c, column.note());
        data.width(c, column.key().contains("industries") || column.key().contains("disciplines") ? 48 : 24);
        data.style(c).format("@").set();
        if (column == ImportColumns.LEVEL) {
          data.range(1, c, PREPARED_ROWS, c).validateWithListByFormula("\"国家级,省级\"")
              .allowBlank(true).showErrorMessage(true).errorTitle("级别有误").error("请选择国家级或省级");
        }
      }
      data.freezePane(0, 1);

      Worksheet help = workbook.newWorksheet("填写说明");
      help.value(0, 0, "列");
      help.value(0, 1, "是否必填");
      help.value(0, 2, "说明");
      help.range(0, 0, 0, 2).style().bold().fillColor("D9D9D9").set();
      int r = 1;
      for (Column column : columns) {
        help.value(r, 0, column.header());
        help.value(r, 1, column.required() ? "必填" : "选填");
        help.value(r, 2, column.note());
        r++;
      }
      r++;
      for (String note : List.of(
          "第1行为表头，请勿修改或删除；从第2行起每行填写一个" + type.label() + "。",
          "导入按代码匹配：系统中已有该代码则更新，没有则新增；停用状态不受导入影响。",
          "有问题的行会被跳过并列出行号和原因，其余行照常导入；修改后可重新导入整份文件。",
          "文件不超过5MB，一次最多" + OrgImportService.MAX_ROWS + "行；也可另存为“CSV UTF-8（逗号分隔）”后导入。")) {
        help.value(r++, 0, note);
      }
      help.width(0, 28);
      help.width(1, 10);
      help.width(2, 90);

      Worksheet cities = workbook.newWorksheet("城市代码");
      cities.value(0, 0, "城市代码");
      cities.value(0, 1, "城市名称");
      cities.range(0, 0, 0, 1).style().bold().fillColor("D9D9D9").set();
      cities.style(0).format("@").set();
      int row = 1;
      for (City city : orgs.findCities()) {
        cities.value(row, 0, city.code());
        cities.value(row, 1, city.name());
        row++;
      }
      cities.width(0, 14);
      cities.width(1, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
