package cn.sd.pairing.filing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What an operator types. The Default group holds for drafts (formats, lengths); the Submit
 * group adds completeness, checked when the filing is submitted.
 */
@ValidPeriod
public record FilingForm(
    @NotNull(groups = Submit.class, message = "请选择结对高校")
    Long universityId,

    @NotEmpty(groups = Submit.class, message = "请至少选择一项重点任务")
    @Size(max = 5, message = "重点任务最多五项")
    List<@NotNull(message = "重点任务不正确") KeyTask> keyTasks,

    @NotNull(groups = Submit.class, message = "请选择合作开始日期")
    LocalDate startDate,

    @NotNull(groups = Submit.class, message = "请选择合作结束日期")
    LocalDate endDate,

    @NotNull(groups = Submit.class, message = "请填写高新区联系人")
    @Valid
    ContactForm zoneContact,

    @NotNull(groups = Submit.class, message = "请填写高校联系人")
    @Valid
    ContactForm universityContact) {

  /** Marker for the completeness checks of a submission. */
  public interface Submit {}

}
