package cn.sd.pairing.matchmaking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The .xlsx of unpaired zones with their top suggestions, one zone per row, for coordination meetings. */
final class UnpairedWorkbook {
  private UnpairedWorkbook() {}

  static String fileName(LocalDate day) {
    return "未结对高新区推荐名单-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
  }

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("序号", "高新区代码", "高新区名称", "所在城市", "级别", "主导产业"));
    for (int rank = 1; rank <= MatchmakingService.TOP; rank++) {
      header.add("推荐" + rank);
      header.add("推荐" + rank + "得分");
      header.add("推荐" + rank + "理由");
    }
    return header;
  }

  static byte[] write(List<ZoneSuggestions> zones) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "pairing-platform", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("未结对高新区");
      List<String> header = header();
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
        sheet.width(c, c < 5 ? 14 : header.get(c).endsWith("理由") || c == 5 ? 40 : 24);
      }
      sheet.width(2, 30);
      sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("D9D9D9").set();
      sheet.freezePane(3, 1);
      int r = 1;
      for (ZoneSuggestions zone : zones) {
        sheet.value(r, 0, r);
        sheet.value(r, 1, zone.zoneCode());
        sheet.value(r, 2, zone.zoneName());
        sheet.value(r, 3, zone.cityName());
        sheet.value(r, 4, zone.levelLabel());
        sheet.value(r, 5, String.join("、", zone.industries()));
        int c = 6;
        for (Suggestion s : zone.suggestions()) {
          sheet.value(r, c, s.parentName() == null ? s.name() : s.name() + "（" + s.parentName() + "）");
          sheet.value(r, c + 1, s.score());
          sheet.value(r, c + 2, String.join("；", s.reasons().stream().map(Reason::text).toList()));
          c += 3;
        }
        r++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
