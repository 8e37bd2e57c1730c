package cn.sd.pairing;

import java.nio.charset.StandardCharsets;

/** Small real files for upload tests. */
public final class TestFiles {
  private TestFiles() {}

  /** A minimal but well-formed one-page PDF whose text is the given ASCII line. */
  public static byte[] pdf(String line) {
    String stream = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] pdf() {
    return pdf("Pairing agreement");
  }

  /** The start of a Windows executable ("MZ" header). */
  public static byte[] exe() {
    byte[] bytes = new byte[512];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[2] = (byte) 0x90;
    bytes[4] = 3;
    bytes[8] = 4;
    bytes[12] = (byte) 0xff;
    bytes[13] = (byte) 0xff;
    return bytes;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The 8-byte PNG signature followed by an IHDR chunk header. */
  public static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
        0, 0, 1, 8, 6, 0, 0, 0};
  }
}
