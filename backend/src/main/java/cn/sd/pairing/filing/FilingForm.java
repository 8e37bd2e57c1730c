package cn.sd.pairing.filing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What an operator types. The Default group holds for drafts (formats, lengths); the Submit
 * group adds completeness, checked when the filing is submitted. Field paths in error answers
 * are the names here, e.g. {@code projects[2].budgetWan}.
 *
 * @param zoneId the zone; ignored for zone operators (their own zone), required for university and unit operators
 * @param universityId the university-side subject: a university or one of its internal units/teams
 * @param zoneIndustries the zone's leading industries (主导产业); null = take them from the registry
 * @param subjectDisciplines the subject's advantage disciplines (优势学科); null = take them from the registry
 * @param version the version read with the filing; a save based on an older one is refused (409). Null skips the check.
 */
@ValidPeriod
public record FilingForm(
    Long zoneId,

    @NotNull(groups = Submit.class, message = "请选择结对高校或内设机构/团队")
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
    ContactForm universityContact,

    @NotEmpty(groups = Submit.class, message = "请至少填写一项高新区主导产业")
    @Size(max = 20, message = "主导产业最多填写20项")
    List<@Size(max = 32, message = "每项主导产业不能超过32个字")
        @Pattern(regexp = "^[^;；]*$", message = "主导产业不能包含分号") String> zoneIndustries,

    @NotEmpty(groups = Submit.class, message = "请至少填写一项优势学科")
    @Size(max = 20, message = "优势学科最多填写20项")
    List<@Size(max = 32, message = "每项优势学科不能超过32个字")
        @Pattern(regexp = "^[^;；]*$", message = "优势学科不能包含分号") String> subjectDisciplines,

    @NotBlank(groups = Submit.class, message = "请填写决策共商机制")
    @Size(max = 2000, message = "决策共商机制不能超过2000个字")
    String mechanismDecision,

    @NotBlank(groups = Submit.class, message = "请填写项目共研机制")
    @Size(max = 2000, message = "项目共研机制不能超过2000个字")
    String mechanismProject,

    @NotBlank(groups = Submit.class, message = "请填写人才共用机制")
    @Size(max = 2000, message = "人才共用机制不能超过2000个字")
    String mechanismTalent,

    @NotBlank(groups = Submit.class, message = "请填写利益共享机制")
    @Size(max = 2000, message = "利益共享机制不能超过2000个字")
    String mechanismBenefit,

    @Size(max = 50, message = "合作项目最多填写50项")
    List<@NotNull(message = "项目内容不能为空") @Valid ProjectForm> projects,

    @Size(max = 30, message = "共建平台最多填写30项")
    List<@NotNull(message = "平台内容不能为空") @Valid PlatformForm> platforms,

    @Valid
    TalentForm talent,

    @NotBlank(groups = Submit.class, message = "请填写2026年底目标")
    @Size(max = 2000, message = "2026年底目标不能超过2000个字")
    String targets2026,

    @NotBlank(groups = Submit.class, message = "请填写2028年底目标")
    @Size(max = 2000, message = "2028年底目标不能超过2000个字")
    String targets2028,

    Integer version) {

  /** Marker for the completeness checks of a submission. */
  public interface Submit {}

  /**
   * The form as it is checked and stored: texts trimmed (blank = not given), list items trimmed
   * with blanks and repeats dropped, missing lists empty (the two tag lists stay null when not given).
   */
  FilingForm normalized() {
    return new FilingForm(zoneId, universityId, keyTasks, startDate, endDate, zoneContact, universityContact,
        FilingText.cleanItems(zoneIndustries), FilingText.cleanItems(subjectDisciplines),
        FilingText.clean(mechanismDecision), FilingText.clean(mechanismProject), FilingText.clean(mechanismTalent),
        FilingText.clean(mechanismBenefit),
        projects == null ? List.of() : projects.stream().map(p -> p == null ? null : p.normalized()).toList(),
        platforms == null ? List.of() : platforms.stream().map(p -> p == null ? null : p.normalized()).toList(),
        talent, FilingText.clean(targets2026), FilingText.clean(targets2028), version);
  }

  /** The same form with the zone, the subject and the tag lists as decided by the server. */
  FilingForm withParties(Long zone, Long subject, List<String> industries, List<String> disciplines) {
    return new FilingForm(zone, subject, keyTasks, startDate, endDate, zoneContact, universityContact, industries,
        disciplines, mechanismDecision, mechanismProject, mechanismTalent, mechanismBenefit, projects, platforms,
        talent, targets2026, targets2028, version);
  }
}
