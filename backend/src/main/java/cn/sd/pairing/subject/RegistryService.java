package cn.sd.pairing.subject;

import cn.sd.pairing.common.SqlLike;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RegistryService {
  private final OrgMapper orgs;

  public RegistryService(OrgMapper orgs) {
    this.orgs = orgs;
  }

  static final int PICKER_LIMIT = 200;

  public List<ZoneOption> zones(String query) {
    return orgs.pickZones(SqlLike.contains(query), PICKER_LIMIT).stream().map(ZoneOption::of).toList();
  }

  public List<SubjectOption> subjects(String query, Long universityId) {
    return orgs.pickSubjects(SqlLike.contains(query), universityId, PICKER_LIMIT).stream().map(SubjectOption::of)
        .toList();
  }

  public List<UniversityOption> universities(String query) {
    String trimmed = query == null ? null : query.strip();
    return orgs.searchEnabled(OrgType.UNIVERSITY, trimmed).stream().map(UniversityOption::of).toList();
  }
}
