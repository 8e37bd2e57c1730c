package cn.sd.pairing.subject;

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

  public List<UniversityOption> universities(String query) {
    String trimmed = query == null ? null : query.strip();
    return orgs.searchEnabled(OrgType.UNIVERSITY, trimmed).stream().map(UniversityOption::of).toList();
  }
}
