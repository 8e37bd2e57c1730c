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
    AttachmentKind kind = kind(kindText);
    if (file == null) {
      throw ApiException.badField("file", "请选择要上传的文件");
    }
    if (file.isEmpty()) {
      throw ApiException.badField("file", "上传的文件是空文件");
    }
    long max = properties.maxSize().toBytes();
    if (file.getSize() > max) {
      throw tooLarge();
    }
    String fileName = AttachmentTypes.cleanName(file.getOriginalFilename());
    FileType type;
    try (InputStream head = file.getInputStream()) {
      type = AttachmentTypes.check(kind, AttachmentTypes.detect(head), fileName);
    } catch (IOException e) {
      log.warn("Unreadable upload for filing {}: {}", filingId, e.toString());
      throw ApiException.badField("file", "无法读取上传的文件，请重新上传");
    }

    access.lockEditable(filingId);
    if (attachments.count(filingId) >= properties.maxPerFiling()) {
      throw ApiException.badField("file", "每份备案最多上传" + properties.maxPerFiling() + "个附件，请先删除不需要的附件");
    }
    AttachmentStore.Stored stored;
    try (InputStream content = file.getInputStream()) {
      stored = store.store(content, max);
    } catch (AttachmentStore.TooLargeException e) {
      throw tooLarge();
    } catch (IOException e) {
      log.error("Could not store an attachment of filing {}", filingId, e);
      throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "附件保存失败，请稍后重试");
    }
    afterRollback(() -> store.delete(stored.key()));

    FilingAttachment row = new FilingAttachment();
    row.filingId = filingId;
    row.kind = kind;
    row.fileName = fileName;
    row.contentType = type.mediaType();
    row.sizeBytes = stored.size();
    row.sha256 = stored.sha256();
    row.storageKey = stored.key();
    row.uploadedBy = user.id();
    row.uploadedByName = user.displayName();
    row.uploadedAt = LocalDateTime.now(clock);
    try {
      attachments.insert(row);
    } catch (RuntimeException e) {
      store.delete(stored.key());
      throw e;
    }
    log.info("Attachment {} ({}, {} bytes, sha256 {}) stored for filing {} by {}", row.id, kind, row.sizeBytes,
        row.sha256, filingId, user.username());
    return Attachment.of(row);
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
    if (!store.exists(attachment.storageKey)) {
      log.error("Attachment {} of filing {}: file {} is missing", attachmentId, filingId, attachment.storageKey);
      throw new ApiException(HttpStatus.GONE, "附件文件已丢失，请联系管理员或重新上传");
    }
    String actual;
    try {
      actual = store.sha256Of(attachment.storageKey);
    } catch (IOException e) {
      log.error("Attachment {} of filing {}: file {} is unreadable", attachmentId, filingId, attachment.storageKey, e);
      throw new ApiException(HttpStatus.GONE, "附件文件无法读取，请联系管理员或重新上传");
    }
    if (!actual.equalsIgnoreCase(attachment.sha256)) {
      log.error("Attachment {} of filing {}: checksum mismatch of file {} (stored {}, now {}); download refused",
          attachmentId, filingId, attachment.storageKey, attachment.sha256, actual);
      throw ApiException.conflict("附件文件校验未通过（可能已损坏或被篡改），已停止下载，请联系管理员");
    }
    return new Download(attachment, store.path(attachment.storageKey));
  }

  @Audited(value = AuditEventType.ATTACHMENT_DELETE, target = "'filing:' + #filingId + '/attachment:' + #attachmentId")
  public void delete(long filingId, long attachmentId, UserPrincipal user) {
    access.editable(filingId, user);
    access.lockEditable(filingId);
    FilingAttachment attachment = find(filingId, attachmentId);
    attachments.delete(filingId, attachmentId);
    afterCommit(() -> store.delete(attachment.storageKey));
    log.info("Attachment {} of filing {} deleted by {}", attachmentId, filingId, user.username());
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
