package cn.sd.pairing.audit;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.PageResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit administrator's view of the trail: search, export, verification; and the retention purge. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {
  static final int EXPORT_MAX_ROWS = 50_000;
  private static final int VERIFY_BATCH = 1000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final AuditMapper mapper;
  private final AuditLog audit;
  private final AuditProperties properties;
  private final Clock clock;

  public AuditTrail(AuditMapper mapper, AuditLog audit, AuditProperties properties, Clock clock) {
    this.mapper = mapper;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  public record Entry(long seq, LocalDateTime occurredAt, String username, String orgName, String ip,
      AuditEventType event, String eventLabel, AuditResult result, String resultLabel, String target, String detail) {
    static Entry of(AuditRecord r) {
      return new Entry(r.seq, r.occurredAt, r.username, r.orgName, r.ip, r.event, r.event.label(), r.result,
          r.result.label(), r.target, r.detail);
    }
  }

  /** The verdict of a walk along the chain: ok, or the first row that does not fit and why. */
  public record Verification(boolean ok, long checked, Long firstBrokenSeq, String reason) {}

  public PageResult<Entry> search(AuditFilter filter, int page, int size) {
    List<Entry> items = mapper.search(filter, (page - 1) * size, size).stream().map(Entry::of).toList();
    return new PageResult<>(mapper.count(filter), items);
  }

  /** The matching rows as .xlsx (newest first); the export itself is audited in the same transaction. */
  @Transactional
  public byte[] export(AuditFilter filter) {
    long total = mapper.count(filter);
    if (total > EXPORT_MAX_ROWS) {
      throw ApiException.badField("from", "一次最多导出" + EXPORT_MAX_ROWS + "条，请缩小时间范围");
    }
    List<AuditRecord> rows = mapper.search(filter, 0, EXPORT_MAX_ROWS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "pairing-platform", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("审计日志");
      String[] header = {"序号", "时间", "用户", "机构", "IP地址", "事件", "结果", "对象", "说明"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      sheet.range(0, 0, 0, header.length - 1).style().bold().fillColor("D9D9D9").set();
      int r = 1;
      for (AuditRecord row : rows) {
        sheet.value(r, 0, row.seq);
        sheet.value(r, 1, row.occurredAt.format(TIME));
        sheet.value(r, 2, row.username);
        sheet.value(r, 3, row.orgName);
        sheet.value(r, 4, row.ip);
        sheet.value(r, 5, row.event.label());
        sheet.value(r, 6, row.result.label());
        sheet.value(r, 7, row.target);
        sheet.value(r, 8, row.detail);
        r++;
      }
      sheet.width(1, 20);
      sheet.width(8, 60);
      sheet.freezePane(0, 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(AuditEventType.EXPORT, AuditResult.SUCCESS, "audit_event", rows.size() + "条审计日志");
    return out.toByteArray();
  }

  /**
   * Walks the chain from the anchor: every row must follow its predecessor without a gap, carry its
   * predecessor's hash and hash to what it says; the last row must be the head's. Any change, removal
   * or insertion of a row by SQL breaks one of these.
   */
  @Transactional
  public Verification verify() {
    Verification verdict = walk();
    audit.record(AuditEventType.AUDIT_VERIFY, verdict.ok() ? AuditResult.SUCCESS : AuditResult.FAILURE, "audit_event",
        verdict.ok() ? "校验" + verdict.checked() + "条，完整" : "第" + verdict.firstBrokenSeq() + "条：" + verdict.reason());
    return verdict;
  }

  Verification walk() {
    AuditMapper.ChainHead head = mapper.head();
    long expectedSeq = head.anchorSeq() + 1;
    String expectedPrev = head.anchorHash();
    long checked = 0;
    while (true) {
      List<AuditRecord> batch = mapper.chainAfter(expectedSeq - 1, VERIFY_BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (AuditRecord r : batch) {
        if (r.seq != expectedSeq) {
          return new Verification(false, checked, expectedSeq, "记录缺失（下一条为第" + r.seq + "条）");
        }
        if (!Objects.equals(r.prevHash, expectedPrev)) {
          return new Verification(false, checked, r.seq, "前序哈希不符");
        }
        if (!Objects.equals(AuditHash.of(r), r.hash)) {
          return new Verification(false, checked, r.seq, "内容与哈希不符（记录被修改）");
        }
        expectedPrev = r.hash;
        expectedSeq++;
        checked++;
      }
    }
    // rows committed after the head was read are not part of this walk
    if (expectedSeq - 1 < head.lastSeq()) {
      return new Verification(false, checked, expectedSeq, "记录缺失（链尾被删除）");
    }
    if (expectedSeq - 1 == head.lastSeq() && !Objects.equals(expectedPrev, head.lastHash())) {
      return new Verification(false, checked, head.lastSeq(), "链尾哈希不符");
    }
    return new Verification(true, checked, null, null);
  }

  /**
   * Deletes the rows older than the retention period and anchors the chain at the last one deleted,
   * so what remains still verifies. Runs nightly (pairing.audit.purge-cron).
   */
  @Scheduled(cron = "${pairing.audit.purge-cron:0 30 2 * * *}")
  @Transactional
  public int purge() {
    return purgeBefore(LocalDateTime.now(clock).minusDays(properties.retentionDays()));
  }

  @Transactional
  int purgeBefore(LocalDateTime cutoff) {
    mapper.lockHead();
    // rows are kept at whole seconds
    AuditRecord last = mapper.lastBefore(cutoff.truncatedTo(ChronoUnit.SECONDS));
    if (last == null) {
      return 0;
    }
    int deleted = mapper.deleteUpTo(last.seq);
    mapper.moveAnchor(last.seq, last.hash);
    audit.record(AuditEventType.AUDIT_PURGE, AuditResult.SUCCESS, "audit_event",
        "清理" + deleted + "条" + cutoff.format(TIME) + "前的审计日志，锚定于第" + last.seq + "条");
    log.info("Audit purge removed {} rows up to seq {}", deleted, last.seq);
    return deleted;
  }
}
