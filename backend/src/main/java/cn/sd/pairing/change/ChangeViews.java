package cn.sd.pairing.change;

import cn.sd.pairing.change.ChangeMapper.Unit;
import cn.sd.pairing.filing.FilingForm;
import cn.sd.pairing.filing.FilingViews.Attachment;
import java.time.LocalDateTime;
import java.util.List;

/** What the change filing API returns. */
public final class ChangeViews {
  private ChangeViews() {}

  /**
   * One field a change alters: its path in the filing form (e.g. {@code zoneContact.phone}), its Chinese name, and
   * its text before and after (lists one item a line; phones masked for those who may not read them).
   */
  public record FieldChange(String field, String label, String before, String after) {}

  /**
   * A change as listed on the filing (变更记录). {@code no} counts the pairing's changes (第N次变更); the changes
   * are against the version it was based on (the filing's content when it was submitted, or now for a draft).
   */
  public record Summary(long id, int no, ChangeStatus status, String statusLabel, String applicantOrgName,
      String reason, LocalDateTime createdAt, LocalDateTime submittedAt, LocalDateTime decidedAt,
      List<Unit> addedUnits, List<FieldChange> changes) {}

  /** The pairing's changes the caller may see, newest first, and whether the caller may apply for one now. */
  public record Changes(boolean canApply, List<Summary> items) {}

  /** A change with its whole proposal, as the edit page and the reviewers' task page read it. */
  public record Detail(long id, int no, long filingId, ChangeStatus status, String statusLabel, long applicantOrgId,
      String applicantOrgName, String reason, FilingForm content, List<Unit> addedUnits,
      List<Attachment> attachments, List<FieldChange> changes, int version, boolean editable, boolean withdrawable,
      boolean discardable, LocalDateTime createdAt, LocalDateTime submittedAt, LocalDateTime decidedAt) {}
}
