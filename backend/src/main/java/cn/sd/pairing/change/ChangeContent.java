package cn.sd.pairing.change;

import cn.sd.pairing.filing.ContactForm;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingForm;
import cn.sd.pairing.filing.FilingPlatform;
import cn.sd.pairing.filing.FilingProject;
import cn.sd.pairing.filing.FilingText;
import cn.sd.pairing.filing.FilingViews;
import cn.sd.pairing.filing.PlatformForm;
import cn.sd.pairing.filing.ProjectForm;
import cn.sd.pairing.filing.TalentForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The part of a filing a change may alter, stored like filing's own columns: a change's proposed version or the
 * version a change was based on (snapshot). Contacts keep a column each; projects and platforms are JSON columns.
 */
public class ChangeContent {
  /** Comma-separated KeyTask codes. */
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
  public List<ProjectForm> projects = List.of();
  public List<PlatformForm> platforms = List.of();

  /** Copies a content into this one. */
  void copy(ChangeContent from) {
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
    projects = from.projects;
    platforms = from.platforms;
  }

  /** The content a filing holds now. */
  static ChangeContent of(Filing f, List<FilingProject> projects, List<FilingPlatform> platforms) {
    ChangeContent c = new ChangeContent();
    c.keyTasks = f.keyTasks;
    c.startDate = f.startDate;
    c.endDate = f.endDate;
    c.zoneContactName = f.zoneContactName;
    c.zoneContactPhone = f.zoneContactPhone;
    c.zoneContactEmail = f.zoneContactEmail;
    c.univContactName = f.univContactName;
    c.univContactPhone = f.univContactPhone;
    c.univContactEmail = f.univContactEmail;
    c.zoneIndustries = f.zoneIndustries;
    c.subjectDisciplines = f.subjectDisciplines;
    c.mechanismDecision = f.mechanismDecision;
    c.mechanismProject = f.mechanismProject;
    c.mechanismTalent = f.mechanismTalent;
    c.mechanismBenefit = f.mechanismBenefit;
    c.talentVicePresidents = orZero(f.talentVicePresidents);
    c.talentIndustryProfessors = orZero(f.talentIndustryProfessors);
    c.talentSecondments = orZero(f.talentSecondments);
    c.talentTwoWayPostings = orZero(f.talentTwoWayPostings);
    c.targets2026 = f.targets2026;
    c.targets2028 = f.targets2028;
    c.projects = projects.stream().map(p -> new ProjectForm(p.name, p.techField, p.leadEnterprise, p.budgetWan))
        .toList();
    c.platforms = platforms.stream().map(p -> new PlatformForm(p.type, p.name, p.note)).toList();
    return c;
  }

  /** Takes a checked (normalised) filing form. */
  void fill(FilingForm form) {
    keyTasks = FilingViews.keyTaskCodes(form.keyTasks());
    startDate = form.startDate();
    endDate = form.endDate();
    ContactForm zone = Objects.requireNonNullElse(form.zoneContact(), new ContactForm(null, null, null));
    ContactForm univ = Objects.requireNonNullElse(form.universityContact(), new ContactForm(null, null, null));
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
    TalentForm talent = Objects.requireNonNullElse(form.talent(), new TalentForm(0, 0, 0, 0));
    talentVicePresidents = orZero(talent.vicePresidents());
    talentIndustryProfessors = orZero(talent.industryProfessors());
    talentSecondments = orZero(talent.secondments());
    talentTwoWayPostings = orZero(talent.twoWayPostings());
    targets2026 = form.targets2026();
    targets2028 = form.targets2028();
    projects = List.copyOf(Objects.requireNonNullElse(form.projects(), List.of()));
    platforms = List.copyOf(Objects.requireNonNullElse(form.platforms(), List.of()));
  }

  /** As the filing form holds it (the parties are the filing's; contacts as given, to be masked by the caller). */
  FilingForm toForm(Long zoneId, Long universityId, ContactForm zoneContact, ContactForm universityContact) {
    return new FilingForm(zoneId, universityId, FilingViews.keyTasks(keyTasks), startDate, endDate, zoneContact,
        universityContact, FilingText.split(zoneIndustries), FilingText.split(subjectDisciplines), mechanismDecision,
        mechanismProject, mechanismTalent, mechanismBenefit, projects, platforms,
        new TalentForm(orZero(talentVicePresidents), orZero(talentIndustryProfessors), orZero(talentSecondments),
            orZero(talentTwoWayPostings)),
        targets2026, targets2028, null);
  }

  FilingForm toForm(Long zoneId, Long universityId) {
    return toForm(zoneId, universityId, zoneContact(), universityContact());
  }

  ContactForm zoneContact() {
    return new ContactForm(zoneContactName, zoneContactPhone, zoneContactEmail);
  }

  ContactForm universityContact() {
    return new ContactForm(univContactName, univContactPhone, univContactEmail);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
