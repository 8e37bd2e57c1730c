package cn.sd.pairing.filing;

import java.util.Set;

/** What an uploaded document is, and which content types it may have. */
public enum AttachmentKind {
  AGREEMENT("合作协议", Set.of(FileType.PDF)),
  CONSENT("法人单位同意书", Set.of(FileType.PDF)),
  OTHER("其他材料", Set.of(FileType.PDF, FileType.PNG, FileType.JPEG));

  private final String label;
  private final Set<FileType> allowed;

  AttachmentKind(String label, Set<FileType> allowed) {
    this.label = label;
    this.allowed = allowed;
  }

  public String label() {
    return label;
  }

  public Set<FileType> allowed() {
    return allowed;
  }

  /** null when the text is no kind (any case accepted). */
  public static AttachmentKind parse(String text) {
    if (text == null) {
      return null;
    }
    for (AttachmentKind kind : values()) {
      if (kind.name().equalsIgnoreCase(text.strip())) {
        return kind;
      }
    }
    return null;
  }

  /** The file types an attachment may have, told by content; each with the extensions its name may end in. */
  public enum FileType {
    PDF("application/pdf", "PDF文件", Set.of("pdf")),
    PNG("image/png", "PNG图片", Set.of("png")),
    JPEG("image/jpeg", "JPEG图片", Set.of("jpg", "jpeg"));

    private final String mediaType;
    private final String label;
    private final Set<String> extensions;

    FileType(String mediaType, String label, Set<String> extensions) {
      this.mediaType = mediaType;
      this.label = label;
      this.extensions = extensions;
    }

    public String mediaType() {
      return mediaType;
    }

    public String label() {
      return label;
    }

    public Set<String> extensions() {
      return extensions;
    }

    /** The preferred extension, e.g. ".jpg". */
    public String mainExtension() {
      return this == JPEG ? ".jpg" : "." + extensions.iterator().next();
    }

    public static FileType ofMediaType(String mediaType) {
      for (FileType type : values()) {
        if (type.mediaType.equals(mediaType)) {
          return type;
        }
      }
      return null;
    }
  }
}
