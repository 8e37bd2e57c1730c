package cn.sd.pairing.filing;

import cn.sd.pairing.subject.OrgType;
import cn.sd.pairing.subject.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** What the filing API returns. */
public final class FilingViews {
  private FilingViews() {}

  public record Summary(long id, String zoneName, String universityName, String subjectType,
      String parentUniversityName, String cityName, long initiatorOrgId, String initiatorName, FilingStatus status,
      String statusLabel, String filingNo, LocalDateTime submittedAt, LocalDateTime updatedAt) {
    public static Summary of(Filing f) {
      return new Summary(f.id, f.zoneName, f.universityName, f.subjectType, f.parentUniversityName, f.cityName,
          f.initiatorOrgId, f.initiatorName, f.status, f.status.label(), f.filingNo, f.submittedAt, f.updatedAt);
    }
  }

  public record Page<T>(long total, List<T> items) {}

  public record Opinion(String stepName, OpinionAction action, String actionLabel, String opinion,
      FilingSection section, String sectionLabel, String userName, String orgName, LocalDateTime time) {
    static Opinion of(FilingOpinion o) {
      return new Opinion(o.stepName, o.action, o.action.label(), o.opinion, o.section,
          FilingSection.labelOf(o.section), o.userName, o.orgName, o.createdAt);
    }
  }

  public record CurrentTask(String id, String name) {}

  /** A unit/team of the pairing's university that joined through an approved change (参与单位). */
  public record Participant(long orgId, String name, LocalDateTime addedAt) {}

  public record Project(String name, String field, String leadEnterprise, BigDecimal budgetWan) {
    static Project of(FilingProject p) {
      return new Project(p.name, p.techField, p.leadEnterprise, p.budgetWan);
    }
  }

  public record Platform(String type, String typeLabel, String name, String note) {
    static Platform of(FilingPlatform p) {
      return new Platform(p.type, PlatformType.labelOf(p.type), p.name, p.note);
    }
  }

  public record Attachment(long id, AttachmentKind kind, String kindLabel, String fileName, String contentType,
      long sizeBytes, String sha256, String uploadedByName, LocalDateTime uploadedAt, String downloadUrl) {
    static Attachment of(FilingAttachment a) {
      return of(a, "/api/filings/" + a.filingId + "/attachments/" + a.id + "/content");
    }

    /** An attachment kept elsewhere (e.g. a change's document) with its own download address. */
    public static Attachment of(FilingAttachment a, String downloadUrl) {
      return new Attachment(a.id, a.kind, a.kind.label(), a.fileName, a.contentType, a.sizeBytes, a.sha256,
          a.uploadedByName, a.uploadedAt, downloadUrl);
    }
  }

  /**
   * A filing with everything it holds. {@code universityId} is the university-side subject: a
   * university, or (subjectType UNIT) an internal unit/team of parentUniversityId.
   */
  public record Detail(long id, long zoneId, String zoneName, String zoneLevel, String zoneLevelLabel,
      String cityName, Long universityId, String universityName, String subjectType, String subjectTypeLabel,
      Long parentUniversityId, String parentUniversityName, long initiatorOrgId, String initiatorName,
      String initiatorType, List<KeyTask> keyTasks, LocalDate startDate, LocalDate endDate,
      ContactForm zoneContact, ContactForm universityContact, List<String> zoneIndustries,
      List<String> subjectDisciplines, String mechanismDecision, String mechanismProject, String mechanismTalent,
      String mechanismBenefit, List<Project> projects, List<Platform> platforms, TalentForm talent,
      String targets2026, String targets2028, List<Attachment> attachments, int version, FilingStatus status,
      String statusLabel, String filingNo, LocalDateTime submittedAt, LocalDateTime approvedAt, boolean editable,
      List<Opinion> opinions, List<CurrentTask> currentTasks, List<Participant> participants) {}

  static String zoneLevelLabel(String code) {
    return ZoneLevel.labelOf(code);
  }

  static String orgTypeLabel(String type) {
    if (type == null) {
      return null;
    }
    try {
      return OrgType.valueOf(type).label();
    } catch (IllegalArgumentException unknown) {
      return type;
    }
  }

  public static List<KeyTask> keyTasks(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(KeyTask::valueOf).toList();
  }

  public static String keyTaskCodes(List<KeyTask> tasks) {
    if (tasks == null || tasks.isEmpty()) {
      return null;
    }
    return String.join(",", tasks.stream().distinct().map(Enum::name).toList());
  }

  /** 13812345678 → 138****5678, for callers who are not a party or reviewer. */
  public static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone;
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  /** zhang@zone.cn → z***@zone.cn: the domain stays (which organisation), the person does not. */
  public static String maskEmail(String email) {
    if (email == null || email.isEmpty()) {
      return email;
    }
    int at = email.lastIndexOf('@');
    return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
  }
}
