package cn.sd.pairing.filing;

import java.time.LocalDateTime;

/** One row of table filing_attachment; the bytes are in the attachment store under storageKey. */
public class FilingAttachment {
  public Long id;
  public Long filingId;
  public AttachmentKind kind;
  public String fileName;
  public String contentType;
  public long sizeBytes;
  public String sha256;
  public String storageKey;
  public Long uploadedBy;
  public String uploadedByName;
  public LocalDateTime uploadedAt;
}
