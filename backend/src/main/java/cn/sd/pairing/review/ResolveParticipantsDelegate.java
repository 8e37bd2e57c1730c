package cn.sd.pairing.review;

import static cn.sd.pairing.filing.FilingProcess.VAR_CITY_REVIEW_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_CONSENT_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_COUNTERPART_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_INITIATOR_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_PROVINCE_EDU_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_PROVINCE_ST_GROUP;
import static cn.sd.pairing.filing.FilingProcess.VAR_ROUTING;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingProcess;
import cn.sd.pairing.security.CandidateGroups;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task 匹配审核机构: turns the DMN routing result and the registry into the
 * candidate groups of every step — the counterpart's operators, the legal-entity university,
 * the city bureau of the zone's city, and the two provincial departments.
 */
@Component("resolveParticipants")
public class ResolveParticipantsDelegate implements JavaDelegate {
  private final FilingMapper filings;
  private final OrgMapper orgs;
  private final ReviewGroups groups;

  public ResolveParticipantsDelegate(FilingMapper filings, OrgMapper orgs, ReviewGroups groups) {
    this.filings = filings;
    this.orgs = orgs;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long filingId = ((Number) execution.getVariable(FilingProcess.VAR_FILING_ID)).longValue();
    Filing filing = filings.findById(filingId);
    Org zone = orgs.findById(filing.zoneId);
    Org subject = orgs.findById(filing.universityId);
    Org initiator = orgs.findById(filing.initiatorOrgId);
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable(VAR_ROUTING);

    Org counterpart = "ZONE".equals(routing.get("counterpart")) ? zone : subject;
    execution.setVariable(VAR_COUNTERPART_GROUP, ReviewGroups.operators(counterpart));
    execution.setVariable(VAR_CONSENT_GROUP, subject.parentId == null ? ""
        : CandidateGroups.of(subject.parentId, Role.UNIVERSITY_OPERATOR));
    execution.setVariable(VAR_INITIATOR_GROUP, ReviewGroups.operators(initiator));
    execution.setVariable(VAR_CITY_REVIEW_GROUP, groups.cityReview(zone));
    execution.setVariable(VAR_PROVINCE_ST_GROUP, groups.provinceSt());
    execution.setVariable(VAR_PROVINCE_EDU_GROUP, groups.provinceEdu());
  }
}
