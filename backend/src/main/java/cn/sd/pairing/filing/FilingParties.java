package cn.sd.pairing.filing;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.common.FieldMessage;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Decides the two parties of a filing from the form and the caller:
 * <ul>
 *   <li>a zone operator files for its own zone (any zoneId sent is ignored) and picks the subject;</li>
 *   <li>a university operator picks the zone; the subject is its university (the default) or one of its units;</li>
 *   <li>a unit operator picks the zone; the subject is always its own unit.</li>
 * </ul>
 * Once a filing has been submitted its parties no longer change (the review runs in the zone's city).
 * Missing tag lists are filled from the registry: the zone's industries, the subject's disciplines.
 */
@Component
public class FilingParties {
  private final OrgMapper orgs;

  public FilingParties(OrgMapper orgs) {
    this.orgs = orgs;
  }

  /** The form with zone, subject and tag lists decided; null zone/subject only where an error was recorded. */
  public record Decided(FilingForm form, Org zone, Org subject) {}

  /** 403 unless the caller is an operator who may file at all. */
  public static void requireFiler(UserPrincipal user) {
    boolean zone = user.has(Role.ZONE_OPERATOR) && user.orgType() == OrgType.ZONE;
    boolean university = user.has(Role.UNIVERSITY_OPERATOR) && user.orgType() == OrgType.UNIVERSITY;
    boolean unit = user.has(Role.UNIT_OPERATOR) && user.orgType() == OrgType.UNIT;
    if (!zone && !university && !unit) {
      throw ApiException.forbidden("只有高新区、高校或内设机构/团队的经办人可以发起结对备案");
    }
  }

  Decided decide(FilingForm form, UserPrincipal user, Filing existing, List<FieldMessage> errors) {
    Org zone;
    Long subjectId;
    switch (user.orgType()) {
      case ZONE -> {
        zone = orgs.findById(user.orgId());
        subjectId = form.universityId();
      }
      case UNIVERSITY -> {
        zone = pickZone(form.zoneId(), errors);
        subjectId = form.universityId() == null ? Long.valueOf(user.orgId()) : form.universityId();
      }
      case UNIT -> {
        zone = pickZone(form.zoneId(), errors);
        subjectId = user.orgId();
      }
      default -> throw ApiException.forbidden("只有高新区、高校或内设机构/团队的经办人可以发起结对备案");
    }
    Org subject = subjectId == null ? null : pickSubject(subjectId, user, errors);

    if (existing != null && existing.processInstanceId != null) {
      // submitted before: the review runs for these parties
      if (zone != null && !Objects.equals(zone.id, existing.zoneId)) {
        errors.add(new FieldMessage("zoneId", "备案提交后不能更换结对高新区"));
        zone = null;
      }
      if (subject != null && !Objects.equals(subject.id, existing.universityId)) {
        errors.add(new FieldMessage("universityId", "备案提交后不能更换结对高校或内设机构/团队"));
        subject = null;
      }
    }

    List<String> industries = form.zoneIndustries() != null || zone == null
        ? form.zoneIndustries() : FilingText.split(zone.industries);
    List<String> disciplines = form.subjectDisciplines() != null || subject == null
        ? form.subjectDisciplines() : FilingText.split(subject.disciplines);
    return new Decided(form.withParties(zone == null ? null : zone.id, subject == null ? subjectId : subject.id,
        industries, disciplines), zone, subject);
  }

  private Org pickZone(Long zoneId, List<FieldMessage> errors) {
    if (zoneId == null) {
      errors.add(new FieldMessage("zoneId", "请选择结对高新区"));
      return null;
    }
    Org zone = orgs.findById(zoneId);
    if (zone == null || zone.type != OrgType.ZONE || !zone.enabled) {
      errors.add(new FieldMessage("zoneId", "所选高新区不存在或已停用"));
      return null;
    }
    return zone;
  }

  private Org pickSubject(long subjectId, UserPrincipal user, List<FieldMessage> errors) {
    Org subject = orgs.findById(subjectId);
    if (subject == null || !subject.enabled
        || (subject.type != OrgType.UNIVERSITY && subject.type != OrgType.UNIT)) {
      errors.add(new FieldMessage("universityId", "所选高校或内设机构/团队不存在或已停用"));
      return null;
    }
    if (subject.type == OrgType.UNIT) {
      Org parent = subject.parentId == null ? null : orgs.findById(subject.parentId);
      if (parent == null || !parent.enabled) {
        errors.add(new FieldMessage("universityId", "该内设机构/团队所属的高校已停用，不能作为结对主体"));
        return null;
      }
    }
    if (user.orgType() == OrgType.UNIVERSITY && subject.id != user.orgId()
        && !Objects.equals(subject.parentId, user.orgId())) {
      errors.add(new FieldMessage("universityId", "高校经办人只能以本校或本校的内设机构/团队作为结对主体"));
      return null;
    }
    return subject;
  }
}
