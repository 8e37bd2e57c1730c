package cn.sd.pairing.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * pairing.attachments.*: where uploaded documents are kept and how large one may be. The
 * multipart limits of the web server follow max-size (see config/UploadConfig).
 *
 * @param maxSize largest accepted file (default 20MB)
 * @param dir storage folder, outside any web root (default ${pairing.data-dir}/attachments)
 * @param maxPerFiling most attachments one filing may hold
 */
@ConfigurationProperties(prefix = "pairing.attachments")
public record AttachmentProperties(
    @DefaultValue("20MB") DataSize maxSize,
    String dir,
    @DefaultValue("20") int maxPerFiling) {

  /** "20MB", "512KB": the limit as people read it. */
  public String maxSizeText() {
    long bytes = maxSize.toBytes();
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + "MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + "KB";
    }
    return bytes + "字节";
  }
}
