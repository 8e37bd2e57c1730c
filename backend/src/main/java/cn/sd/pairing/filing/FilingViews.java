package cn.sd.pairing.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** What the filing API returns. */
public final class FilingViews {
  private FilingViews() {}

  public record Summary(long id, String zoneName, String universityName, String cityName, FilingStatus status,
      String statusLabel, String filingNo, LocalDateTime submittedAt, LocalDateTime updatedAt) {
    public static Summary of(Filing f) {
      return new Summary(f.id, f.zoneName, f.universityName, f.cityName, f.status, f.status.label(), f.filingNo,
          f.submittedAt, f.updatedAt);
    }
  }

  public record Page<T>(long total, List<T> items) {}

  public record Opinion(String stepName, OpinionAction action, String actionLabel, String opinion,
      String userName, String orgName, LocalDateTime time) {
    static Opinion of(FilingOpinion o) {
      return new Opinion(o.stepName, o.action, o.action.label(), o.opinion, o.userName, o.orgName, o.createdAt);
    }
  }

  public record CurrentTask(String id, String name) {}

  public record Detail(long id, long zoneId, String zoneName, String cityName, Long universityId,
      String universityName, List<KeyTask> keyTasks, LocalDate startDate, LocalDate endDate,
      ContactForm zoneContact, ContactForm universityContact, FilingStatus status, String statusLabel,
      String filingNo, LocalDateTime submittedAt, LocalDateTime approvedAt, boolean editable,
      List<Opinion> opinions, List<CurrentTask> currentTasks) {}

  static List<KeyTask> keyTasks(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(KeyTask::valueOf).toList();
  }

  static String keyTaskCodes(List<KeyTask> tasks) {
    if (tasks == null || tasks.isEmpty()) {
      return null;
    }
    return String.join(",", tasks.stream().distinct().map(Enum::name).toList());
  }

  /** 13812345678 → 138****5678, for callers who are not a party or reviewer. */
  static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone;
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
