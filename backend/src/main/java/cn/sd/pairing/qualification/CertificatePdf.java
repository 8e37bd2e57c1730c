package cn.sd.pairing.qualification;

import cn.sd.pairing.common.ApiException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Draws the filing certificate (备案证明) as a one-page A4 PDF with Apache PDFBox. The Chinese text
 * uses a subset of a TrueType-outline CJK font embedded in the file, so it renders the same
 * everywhere (pairing.certificate.font-file, a .ttf or a .ttc with pairing.certificate.font-name;
 * default: Debian's fonts-wqy-microhei). The QR code (zxing) is drawn as vector squares.
 */
@Component
public class CertificatePdf {
  private static final Logger log = LoggerFactory.getLogger(CertificatePdf.class);
  private static final float MARGIN = 64;
  static final String FONT_MISSING = "备案证明字体缺失，请联系系统管理员安装证书字体（见部署说明）";

  private final File fontFile;
  private final String fontName;

  public CertificatePdf(@Value("${pairing.certificate.font-file}") String fontFile,
      @Value("${pairing.certificate.font-name:}") String fontName) {
    this.fontFile = new File(fontFile);
    this.fontName = fontName;
    if (!this.fontFile.isFile()) {
      log.error("Certificate font {} is missing: filing certificates cannot be produced. Install it "
          + "(Debian: apt-get install fonts-wqy-microhei) or set pairing.certificate.font-file.", fontFile);
    }
  }

  /** What the certificate states. */
  public record Content(String filingNo, String zoneName, String cityName, String subjectName,
      String parentUniversityName, LocalDate approvedOn, LocalDate startDate, LocalDate endDate,
      String verificationCode, String verifyUrl) {}

  public byte[] render(Content content) {
    if (!fontFile.isFile()) {
      log.error("Certificate font {} is missing (apt-get install fonts-wqy-microhei)", fontFile);
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, FONT_MISSING);
    }
    try (Closeable fontSource = openFont(); PDDocument doc = new PDDocument()) {
      TrueTypeFont ttf = fontSource instanceof TrueTypeCollection collection ? fontIn(collection)
          : (TrueTypeFont) fontSource;
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("区校联动结对备案证明 " + content.filingNo());
      info.setCreator("区校联动结对备案平台");
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      float width = page.getMediaBox().getWidth();
      float top = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.setLineWidth(2f);
        out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, page.getMediaBox().getHeight() - MARGIN);
        out.stroke();
        float y = top - 30;
        y = centered(out, font, 26, "区校联动结对备案证明", width, y);
        y = centered(out, font, 13, content.filingNo(), width, y - 14);
        y -= 36;
        for (String[] row : rows(content)) {
          y = labelled(out, font, row[0], row[1], width, y);
        }
        y -= 12;
        y = paragraph(out, font, 13, "经审核，上述高新区与高校（内设机构/团队）的结对符合《山东省高新区和高等院校联动发展"
            + "实施方案》的备案要求，准予备案，纳入政策适用范围。", MARGIN, width - 2 * MARGIN, y);
        y -= 40;
        text(out, font, 14, "山东省科学技术厅", width - MARGIN - 7 * 14, y);
        text(out, font, 13, chineseDate(content.approvedOn()), width - MARGIN - 7 * 14, y - 22);

        float qrSize = 110;
        float qrY = MARGIN + 10;
        qr(out, content.verifyUrl(), MARGIN, qrY, qrSize);
        float textX = MARGIN + qrSize + 18;
        text(out, font, 12, "验证码：" + CertificateSigner.display(content.verificationCode()), textX, qrY + qrSize - 14);
        paragraph(out, font, 10, "扫描二维码或访问下方网址，输入验证码核验本证明真伪：", textX,
            width - MARGIN - textX, qrY + qrSize - 38);
        paragraph(out, font, 9, content.verifyUrl(), textX, width - MARGIN - textX, qrY + qrSize - 72);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the filing certificate", e);
    }
  }

  /** The font file: a TrueTypeFont, or a TrueTypeCollection that owns the file until closed. */
  private Closeable openFont() throws IOException {
    if (fontFile.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      return new TrueTypeCollection(fontFile);
    }
    return new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile));
  }

  private TrueTypeFont fontIn(TrueTypeCollection collection) throws IOException {
    TrueTypeFont font = collection.getFontByName(fontName);
    if (font == null) {
      log.error("Font {} not found in {}", fontName, fontFile);
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, FONT_MISSING);
    }
    return font;
  }

  private static List<String[]> rows(Content c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"备案编号", c.filingNo()});
    rows.add(new String[] {"高新区", c.zoneName() + (c.cityName() == null ? "" : "（" + c.cityName() + "）")});
    rows.add(new String[] {"高校", c.parentUniversityName() == null ? c.subjectName()
        : c.parentUniversityName() + " " + c.subjectName()});
    rows.add(new String[] {"备案通过日期", chineseDate(c.approvedOn())});
    rows.add(new String[] {"合作期限", chineseDate(c.startDate()) + " 至 " + chineseDate(c.endDate())});
    return rows;
  }

  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static float labelled(PDPageContentStream out, PDType0Font font, String label, String value, float width,
      float y) throws IOException {
    float valueX = MARGIN + 20 + 8 * 14;
    text(out, font, 14, label + "：", MARGIN + 20, y);
    return paragraph(out, font, 14, value, valueX, width - MARGIN - valueX, y) - 8;
  }

  private static float centered(PDPageContentStream out, PDType0Font font, float size, String s, float width, float y)
      throws IOException {
    text(out, font, size, s, (width - font.getStringWidth(s) / 1000 * size) / 2, y);
    return y - size;
  }

  /** Writes text wrapped at maxWidth, one character at a time (Chinese has no spaces); the next free y. */
  private static float paragraph(PDPageContentStream out, PDType0Font font, float size, String s, float x,
      float maxWidth, float y) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String next = line + new String(Character.toChars(cp));
      if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > maxWidth) {
        text(out, font, size, line.toString(), x, y);
        y -= size * 1.6f;
        line.setLength(0);
      }
      line.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (line.length() > 0) {
      text(out, font, size, line.toString(), x, y);
      y -= size * 1.6f;
    }
    return y;
  }

  private static void text(PDPageContentStream out, PDType0Font font, float size, String s, float x, float y)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  private static void qr(PDPageContentStream out, String url, float x, float y, float size) throws IOException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode the verification URL as a QR code", e);
    }
    float cell = size / matrix.getWidth();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          out.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
        }
      }
    }
    out.fill();
  }
}
