package cn.sd.pairing.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The content columns of a filing — everything a change filing may alter — as filing, filing_change (a proposed
 * version) and filing_snapshot (an earlier version) hold them. Contacts keep a column each.
 */
public class FilingContent {
  /** Comma-separated {@link KeyTask} codes. */
  public String keyTasks;
  public LocalDate startDate;
  public LocalDate endDate;
  public String zoneContactName;
  public String zoneContactPhone;
  public String zoneContactEmail;
  public String univContactName;
  public String univContactPhone;
  public String univContactEmail;
  /** ';'-separated. */
  public String zoneIndustries;
  /** ';'-separated. */
  public String subjectDisciplines;
  public String mechanismDecision;
  public String mechanismProject;
  public String mechanismTalent;
  public String mechanismBenefit;
  public Integer talentVicePresidents;
  public Integer talentIndustryProfessors;
  public Integer talentSecondments;
  public Integer talentTwoWayPostings;
  public String targets2026;
  public String targets2028;

  /** Takes the content of a checked (normalised) filing form; a missing contact or talent count is empty or 0. */
  public void fillFrom(FilingForm form) {
    keyTasks = FilingViews.keyTaskCodes(form.keyTasks());
    startDate = form.startDate();
    endDate = form.endDate();
    ContactForm zone = form.zoneContact() == null ? new ContactForm(null, null, null) : form.zoneContact();
    ContactForm univ = form.universityContact() == null ? new ContactForm(null, null, null) : form.universityContact();
    zoneContactName = zone.name();
    zoneContactPhone = zone.phone();
    zoneContactEmail = zone.email();
    univContactName = univ.name();
    univContactPhone = univ.phone();
    univContactEmail = univ.email();
    zoneIndustries = FilingText.join(form.zoneIndustries());
    subjectDisciplines = FilingText.join(form.subjectDisciplines());
    mechanismDecision = form.mechanismDecision();
    mechanismProject = form.mechanismProject();
    mechanismTalent = form.mechanismTalent();
    mechanismBenefit = form.mechanismBenefit();
    TalentForm talent = form.talent() == null ? TalentForm.NONE : form.talent();
    talentVicePresidents = Objects.requireNonNullElse(talent.vicePresidents(), 0);
    talentIndustryProfessors = Objects.requireNonNullElse(talent.industryProfessors(), 0);
    talentSecondments = Objects.requireNonNullElse(talent.secondments(), 0);
    talentTwoWayPostings = Objects.requireNonNullElse(talent.twoWayPostings(), 0);
    targets2026 = form.targets2026();
    targets2028 = form.targets2028();
  }

  /** Copies the content columns of another. */
  public void copyContent(FilingContent from) {
    keyTasks = from.keyTasks;
    startDate = from.startDate;
    endDate = from.endDate;
    zoneContactName = from.zoneContactName;
    zoneContactPhone = from.zoneContactPhone;
    zoneContactEmail = from.zoneContactEmail;
    univContactName = from.univContactName;
    univContactPhone = from.univContactPhone;
    univContactEmail = from.univContactEmail;
    zoneIndustries = from.zoneIndustries;
    subjectDisciplines = from.subjectDisciplines;
    mechanismDecision = from.mechanismDecision;
    mechanismProject = from.mechanismProject;
    mechanismTalent = from.mechanismTalent;
    mechanismBenefit = from.mechanismBenefit;
    talentVicePresidents = from.talentVicePresidents;
    talentIndustryProfessors = from.talentIndustryProfessors;
    talentSecondments = from.talentSecondments;
    talentTwoWayPostings = from.talentTwoWayPostings;
    targets2026 = from.targets2026;
    targets2028 = from.targets2028;
  }
}
