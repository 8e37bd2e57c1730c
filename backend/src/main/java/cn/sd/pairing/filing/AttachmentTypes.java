package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.AttachmentKind.FileType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.Tika;

/**
 * Tells an upload's type from its content (Apache Tika's magic-byte detection; the name plays no
 * part), checks it against what the kind of attachment allows, and checks that the file name's
 * extension says the same. Problems are 400 errors on field "file" with a Chinese message.
 */
final class AttachmentTypes {
  static final int NAME_MAX = 100;
  private static final Tika TIKA = new Tika();

  private AttachmentTypes() {}

  /** The media type Tika sees in the first bytes, e.g. application/pdf, text/html, application/x-msdownload. */
  static String detect(InputStream content) throws IOException {
    try (InputStream in = new BufferedInputStream(content)) {
      return TIKA.detect(in);
    }
  }

  /** The allowed type of the content; 400 when the kind does not allow it or the name's extension disagrees. */
  static FileType check(AttachmentKind kind, String detectedMediaType, String fileName) {
    FileType type = FileType.ofMediaType(detectedMediaType);
    if (type == null || !kind.allowed().contains(type)) {
      String allowed = kind == AttachmentKind.OTHER ? "PDF、PNG或JPEG文件" : "PDF文件";
      throw ApiException.badField("file", kind.label() + "只能上传" + allowed + "，所选文件的实际内容是"
          + describe(detectedMediaType) + "（仅修改扩展名无效）");
    }
    String extension = extension(fileName);
    if (!type.extensions().contains(extension)) {
      throw ApiException.badField("file", "文件扩展名与文件内容不符：内容是" + type.label() + "，扩展名应为"
          + type.mainExtension());
    }
    return type;
  }

  /** What a detected type is, in words. */
  static String describe(String mediaType) {
    if (mediaType == null) {
      return "无法识别的格式";
    }
    FileType known = FileType.ofMediaType(mediaType);
    if (known != null) {
      return known.label();
    }
    return switch (mediaType) {
      case "text/html", "application/xhtml+xml" -> "网页（HTML）";
      case "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-elf",
          "application/x-sharedlib", "application/x-mach-o-executable", "application/java-archive" -> "可执行程序";
      case "application/zip", "application/x-rar-compressed", "application/x-7z-compressed", "application/gzip",
          "application/x-tar" -> "压缩包";
      case "application/octet-stream" -> "无法识别的格式";
      default -> {
        if (mediaType.startsWith("text/") || mediaType.endsWith("+xml") || mediaType.equals("application/xml")) {
          yield "文本文件";
        }
        if (mediaType.startsWith("image/")) {
          yield "其他格式的图片";
        }
        yield "其他格式的文件";
      }
    };
  }

  /**
   * The name as the user's computer gave it, made safe to store and to send back: no folders, no
   * control or reserved characters, at most 100 characters (the extension is kept).
   */
  static String cleanName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}<>:\"|?*\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      throw ApiException.badField("file", "文件名不能为空");
    }
    if (name.length() > NAME_MAX) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, NAME_MAX - ext.length()) + ext;
    }
    return name;
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
