package cn.sd.pairing.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded table: a CSV file (UTF-8, with or without BOM) or the first sheet of an .xlsx
 * workbook, told apart by content, not by file name. Row numbers are those the user sees in
 * Excel or a text editor (the header is row 1); blank rows are skipped but keep their numbers.
 * Problems with the file as a whole are 400 errors on field "file".
 */
public final class TabularFile {
  private static final Logger log = LoggerFactory.getLogger(TabularFile.class);
  /** Decompressed size limit of an .xlsx upload (defence against zip bombs). */
  static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
  static final int MAX_ZIP_ENTRIES = 1000;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  public record Row(int number, List<String> cells) {
    /** The trimmed cell at a column, "" when absent. */
    public String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
  }

  public record Table(List<String> header, List<Row> rows) {}

  private TabularFile() {}

  /**
   * Reads the header and at most maxRows non-blank data rows.
   *
   * @throws ApiException 400 (field "file") when the content is neither .xlsx nor UTF-8 CSV,
   *     cannot be parsed, has no header or has more than maxRows data rows
   */
  public static Table read(byte[] content, int maxRows) {
    if (content == null || content.length == 0) {
      throw ApiException.badField("file", "上传的文件为空");
    }
    if (startsWith(content, ZIP)) {
      return xlsx(content, maxRows);
    }
    if (startsWith(content, OLE2)) {
      throw ApiException.badField("file", "不支持旧版Excel（.xls）文件，请另存为.xlsx或UTF-8编码的CSV后重新上传");
    }
    return csv(decodeUtf8(content), maxRows);
  }

  public static boolean isXlsx(byte[] content) {
    return content != null && startsWith(content, ZIP);
  }

  private static String decodeUtf8(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw ApiException.badField("file",
          "文件不是.xlsx，也不是UTF-8编码的CSV。用Excel保存CSV时请选择“CSV UTF-8（逗号分隔）”，或直接上传.xlsx文件");
    }
  }

  private static Table csv(String text, int maxRows) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setIgnoreEmptyLines(false) // keeps record numbers equal to the rows the user sees
        .setTrim(true)
        .get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        List<String> cells = record.stream().map(TabularFile::clean).toList();
        int number = (int) record.getRecordNumber();
        if (header == null) {
          header = requireHeader(cells);
          continue;
        }
        if (!blank(cells)) {
          addRow(rows, new Row(number, cells), maxRows);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw ApiException.badField("file", "CSV文件格式有误（可能有未闭合的引号），请检查后重新上传");
    }
    if (header == null) {
      throw ApiException.badField("file", "文件中没有内容，第1行应为表头");
    }
    return new Table(header, rows);
  }

  private static Table xlsx(byte[] content, int maxRows) {
    checkZip(content);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<org.dhatim.fastexcel.reader.Row> sheetRows = firstSheet(workbook).openStream()) {
      Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheetRows.iterator();
      while (iterator.hasNext()) {
        org.dhatim.fastexcel.reader.Row row = iterator.next();
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
          cells.add(row.getOptionalCell(column).map(TabularFile::text).orElse(""));
        }
        if (header == null) {
          if (row.getRowNum() != 1) {
            throw ApiException.badField("file", "工作表第1行应为表头");
          }
          header = requireHeader(cells);
          continue;
        }
        if (!blank(cells)) {
          addRow(rows, new Row(row.getRowNum(), cells), maxRows);
        }
      }
    } catch (ApiException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      log.info("Unreadable .xlsx upload: {}", e.toString());
      throw ApiException.badField("file", "无法读取Excel文件，请确认是有效的.xlsx文件");
    }
    if (header == null) {
      throw ApiException.badField("file", "工作表中没有内容，第1行应为表头");
    }
    return new Table(header, rows);
  }

  private static Sheet firstSheet(ReadableWorkbook workbook) {
    return workbook.getFirstSheet();
  }

  /**
   * Counts what the archive really inflates to (declared sizes can lie) before the reader opens
   * it; read through the central directory, as the reader does.
   */
  private static void checkZip(byte[] content) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      Enumeration<ZipArchiveEntry> all = zip.getEntries();
      while (all.hasMoreElements()) {
        ZipArchiveEntry entry = all.nextElement();
        if (++entries > MAX_ZIP_ENTRIES) {
          throw tooLarge();
        }
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > MAX_UNZIPPED_BYTES) {
              throw tooLarge();
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      log.info("Unreadable .xlsx upload (zip): {}", e.toString());
      throw ApiException.badField("file", "无法读取Excel文件，请确认是有效的.xlsx文件");
    }
    if (entries == 0) {
      throw ApiException.badField("file", "无法读取Excel文件，请确认是有效的.xlsx文件");
    }
  }

  private static ApiException tooLarge() {
    return ApiException.badField("file", "Excel文件解压后内容过大，请拆分后分批导入");
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    if (value instanceof BigDecimal number) {
      // 370100 typed as a number must stay "370100", not "370100.0" or "3.701E+5"
      return number.stripTrailingZeros().toPlainString();
    }
    return clean(cell.getText());
  }

  private static String clean(String value) {
    if (value == null) {
      return "";
    }
    // Excel users paste non-breaking and ideographic spaces; strip() handles Unicode whitespace
    return value.replace('\u00A0', ' ').strip();
  }

  private static List<String> requireHeader(List<String> cells) {
    if (blank(cells)) {
      throw ApiException.badField("file", "第1行应为表头，不能为空");
    }
    return cells;
  }

  private static void addRow(List<Row> rows, Row row, int maxRows) {
    if (rows.size() >= maxRows) {
      throw ApiException.badField("file", "一次最多导入" + maxRows + "行数据，请拆分后分批导入");
    }
    rows.add(row);
  }

  private static boolean blank(List<String> cells) {
    return cells.stream().allMatch(String::isEmpty);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
