package cn.sd.pairing.filing;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.filing.AttachmentKind.FileType;
import cn.sd.pairing.filing.FilingViews.Attachment;
import cn.sd.pairing.security.UserPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of a filing: the initiator uploads and deletes while the filing is editable; whoever
 * may see the filing may list and download them. File and row change together: a file whose row is
 * not written (or rolled back) is removed, a deleted row's file goes after the commit.
 */
@Service
@Transactional
public class AttachmentService {
  private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

  private final FilingAccess access;
  private final FilingAttachmentMapper attachments;
  private final AttachmentStore store;
  private final AttachmentProperties properties;
  private final Clock clock;

  public AttachmentService(FilingAccess access, FilingAttachmentMapper attachments, AttachmentStore store,
      AttachmentProperties properties, Clock clock) {
    this.access = access;
    this.attachments = attachments;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** A stored attachment ready to be sent: its row and its verified file. */
  public record Download(FilingAttachment attachment, Path file) {}

  @Audited(value = AuditEventType.ATTACHMENT_UPLOAD, target = "'filing:' + #filingId", detail = "#kindText")
  public Attachment upload(long filingId, String kindText, MultipartFile file, UserPrincipal user) {
    access.editable(filingId, user);
    String owner = "filing " + filingId;
    Checked upload = check(kindText, file, owner);
    access.lockEditable(filingId);
    if (attachments.count(filingId) >= properties.maxPerFiling()) {
      throw ApiException.badField("file", "每份备案最多上传" + properties.maxPerFiling() + "个附件，请先删除不需要的附件");
    }
    FilingAttachment row = store(upload, user, owner, stored -> {
      stored.filingId = filingId;
      attachments.insert(stored);
    });
    return Attachment.of(row);
  }

  /** An upload that passed the checks: its kind, cleaned name and the type its content has. */
  public record Checked(AttachmentKind kind, MultipartFile file, String fileName, FileType type) {}

  /**
   * The checks of every upload, before anything is stored: a kind, a non-empty file within the size limit, a
   * content type the kind allows (told from the bytes, the name must agree). 400/413 on the field at fault.
   *
   * @param owner what the file is for, in log lines ("filing 12", "change 3")
   */
  public Checked check(String kindText, MultipartFile file, String owner) {
    AttachmentKind kind = kind(kindText);
    if (file == null) {
      throw ApiException.badField("file", "请选择要上传的文件");
    }
    if (file.isEmpty()) {
      throw ApiException.badField("file", "上传的文件是空文件");
    }
    if (file.getSize() > properties.maxSize().toBytes()) {
      throw tooLarge();
    }
    String fileName = AttachmentTypes.cleanName(file.getOriginalFilename());
    try (InputStream head = file.getInputStream()) {
      return new Checked(kind, file, fileName, AttachmentTypes.check(kind, AttachmentTypes.detect(head), fileName));
    } catch (IOException e) {
      log.warn("Unreadable upload for {}: {}", owner, e.toString());
      throw ApiException.badField("file", "无法读取上传的文件，请重新上传");
    }
  }

  /**
   * Stores a checked upload and writes its row through {@code writeRow} (which sets the owner); the file goes again
   * when the row cannot be written or the transaction rolls back.
   */
  public FilingAttachment store(Checked upload, UserPrincipal user, String owner,
      Consumer<FilingAttachment> writeRow) {
    AttachmentStore.Stored stored;
    try (InputStream content = upload.file().getInputStream()) {
      stored = store.store(content, properties.maxSize().toBytes());
    } catch (AttachmentStore.TooLargeException e) {
      throw tooLarge();
    } catch (IOException e) {
      log.error("Could not store an attachment of {}", owner, e);
      throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "附件保存失败，请稍后重试");
    }
    afterRollback(() -> store.delete(stored.key()));

    FilingAttachment row = new FilingAttachment();
    row.kind = upload.kind();
    row.fileName = upload.fileName();
    row.contentType = upload.type().mediaType();
    row.sizeBytes = stored.size();
    row.sha256 = stored.sha256();
    row.storageKey = stored.key();
    row.uploadedBy = user.id();
    row.uploadedByName = user.displayName();
    row.uploadedAt = LocalDateTime.now(clock);
    try {
      writeRow.accept(row);
    } catch (RuntimeException e) {
      store.delete(stored.key());
      throw e;
    }
    log.info("Attachment {} ({}, {} bytes, sha256 {}) stored for {} by {}", row.id, row.kind, row.sizeBytes,
        row.sha256, owner, user.username());
    return row;
  }

  @Transactional(readOnly = true)
  public List<Attachment> list(long filingId, UserPrincipal user) {
    access.visible(filingId, user);
    return attachments.findByFiling(filingId).stream().map(Attachment::of).toList();
  }

  /** The attachment and its file, after checking that the bytes are still those uploaded. */
  @Transactional(readOnly = true)
  @Audited(value = AuditEventType.ATTACHMENT_DOWNLOAD, target = "'filing:' + #filingId + '/attachment:' + #attachmentId")
  public Download download(long filingId, long attachmentId, UserPrincipal user) {
    access.visible(filingId, user);
    FilingAttachment attachment = find(filingId, attachmentId);
    return new Download(attachment, verifiedFile(attachment, "filing " + filingId));
  }

  /** The stored file of an attachment when its bytes are still those uploaded: 410 missing, 409 changed. */
  public Path verifiedFile(FilingAttachment attachment, String owner) {
    if (!store.exists(attachment.storageKey)) {
      log.error("Attachment {} of {}: file {} is missing", attachment.id, owner, attachment.storageKey);
      throw new ApiException(HttpStatus.GONE, "附件文件已丢失，请联系管理员或重新上传");
    }
    String actual;
    try {
      actual = store.sha256Of(attachment.storageKey);
    } catch (IOException e) {
      log.error("Attachment {} of {}: file {} is unreadable", attachment.id, owner, attachment.storageKey, e);
      throw new ApiException(HttpStatus.GONE, "附件文件无法读取，请联系管理员或重新上传");
    }
    if (!actual.equalsIgnoreCase(attachment.sha256)) {
      log.error("Attachment {} of {}: checksum mismatch of file {} (stored {}, now {}); download refused",
          attachment.id, owner, attachment.storageKey, attachment.sha256, actual);
      throw ApiException.conflict("附件文件校验未通过（可能已损坏或被篡改），已停止下载，请联系管理员");
    }
    return store.path(attachment.storageKey);
  }

  @Audited(value = AuditEventType.ATTACHMENT_DELETE, target = "'filing:' + #filingId + '/attachment:' + #attachmentId")
  public void delete(long filingId, long attachmentId, UserPrincipal user) {
    access.editable(filingId, user);
    access.lockEditable(filingId);
    FilingAttachment attachment = find(filingId, attachmentId);
    attachments.delete(filingId, attachmentId);
    deleteFileAfterCommit(attachment.storageKey);
    log.info("Attachment {} of filing {} deleted by {}", attachmentId, filingId, user.username());
  }

  /** The stored file of a deleted row goes once the deletion is committed. */
  public void deleteFileAfterCommit(String storageKey) {
    afterCommit(() -> store.delete(storageKey));
  }

  private FilingAttachment find(long filingId, long attachmentId) {
    FilingAttachment attachment = attachments.find(filingId, attachmentId);
    if (attachment == null) {
      throw ApiException.notFound("附件不存在");
    }
    return attachment;
  }

  private static AttachmentKind kind(String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badField("kind", "请选择附件类型");
    }
    AttachmentKind kind = AttachmentKind.parse(text);
    if (kind == null) {
      throw ApiException.badField("kind", "附件类型只能是合作协议、法人单位同意书或其他材料");
    }
    return kind;
  }

  private ApiException tooLarge() {
    String message = "文件大小超过上限（" + properties.maxSizeText() + "），请压缩后重新上传";
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldMessage("file", message)));
  }

  private static void afterRollback(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            action.run();
          }
        }
      });
    }
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          action.run();
        }
      });
    } else {
      action.run();
    }
  }
}
