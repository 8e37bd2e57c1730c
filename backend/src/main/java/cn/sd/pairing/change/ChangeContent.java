package cn.sd.pairing.change;

import cn.sd.pairing.filing.ContactForm;
import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingContent;
import cn.sd.pairing.filing.FilingForm;
import cn.sd.pairing.filing.FilingPlatform;
import cn.sd.pairing.filing.FilingProject;
import cn.sd.pairing.filing.FilingText;
import cn.sd.pairing.filing.FilingViews;
import cn.sd.pairing.filing.PlatformForm;
import cn.sd.pairing.filing.ProjectForm;
import cn.sd.pairing.filing.TalentForm;
import java.util.List;
import java.util.Objects;

/**
 * A version of a filing's content as a change holds it: the content columns plus the planned projects and platforms
 * (JSON columns; contacts stay in columns of their own) — a change's proposal or the version it was based on.
 */
public class ChangeContent extends FilingContent {
  public List<ProjectForm> projects = List.of();
  public List<PlatformForm> platforms = List.of();

  /** The content a filing holds now. */
  static ChangeContent of(Filing filing, List<FilingProject> projects, List<FilingPlatform> platforms) {
    ChangeContent c = new ChangeContent();
    c.copyContent(filing);
    c.projects = projects.stream().map(p -> new ProjectForm(p.name, p.techField, p.leadEnterprise, p.budgetWan))
        .toList();
    c.platforms = platforms.stream().map(p -> new PlatformForm(p.type, p.name, p.note)).toList();
    return c;
  }

  /** Copies another version into this one. */
  void copy(ChangeContent from) {
    copyContent(from);
    projects = from.projects;
    platforms = from.platforms;
  }

  /** Takes a checked (normalised) filing form. */
  void fill(FilingForm form) {
    fillFrom(form);
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
    return toForm(zoneId, universityId, new ContactForm(zoneContactName, zoneContactPhone, zoneContactEmail),
        new ContactForm(univContactName, univContactPhone, univContactEmail));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
