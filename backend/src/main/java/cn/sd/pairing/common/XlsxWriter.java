package cn.sd.pairing.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table as an .xlsx workbook (fastexcel): a bold header row frozen at the top, numbers as numeric cells, dates
 * and times as formatted date cells, empty cells for null.
 */
public final class XlsxWriter {
  private XlsxWriter() {}

  public static byte[] table(String sheetName, List<String> header, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "pairing-platform", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
        sheet.width(c, Math.max(12, header.get(c).length() * 2 + 4));
      }
      sheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().fillColor("D9D9D9").set();
      sheet.freezePane(0, 1);
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          write(sheet, r + 1, c, row.get(c));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(Worksheet sheet, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof LocalDateTime time) {
      sheet.value(r, c, time);
      sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else {
      sheet.value(r, c, value.toString());
    }
  }
}
