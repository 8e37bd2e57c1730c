package cn.sd.pairing.matchmaking;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.Audited;
import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.security.UserPrincipal;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suggestions of university partners for zones (结对推荐), within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class MatchmakingService {
  /** Suggestions per zone in the list of unpaired zones and its export. */
  static final int TOP = 3;
  /** Submitted and not yet decided: such a pairing is on its way, so it counts like an approved one. */
  static final Set<FilingStatus> IN_FLIGHT = EnumSet.of(FilingStatus.CONFIRMING, FilingStatus.CONSENTING,
      FilingStatus.CITY_REVIEW, FilingStatus.PROVINCE_REVIEW, FilingStatus.RETURNED);

  private final MatchmakingMapper mapper;
  private final OrgMapper orgs;
  private final Clock clock;

  public MatchmakingService(MatchmakingMapper mapper, OrgMapper orgs, Clock clock) {
    this.mapper = mapper;
    this.orgs = orgs;
    this.clock = clock;
  }

  /** The zone's best partners: 403 outside the caller's scope, 404 for an unknown or disabled zone. */
  public ZoneSuggestions suggestions(long zoneId, int limit, UserPrincipal user) {
    MatchScope scope = MatchScope.of(user);
    Org zone = orgs.findById(zoneId);
    if (zone == null || zone.type != OrgType.ZONE || !zone.enabled) {
      throw ApiException.notFound("高新区不存在或已停用");
    }
    scope.require(zone);
    Matchmaker matchmaker = matchmaker();
    return ZoneSuggestions.of(zone, matchmaker.paired(zone.id), matchmaker.suggest(zone, limit));
  }

  /** Zones of the caller's scope without an active approved pairing, each with its top 3, by zone code. */
  public List<ZoneSuggestions> unpaired(UserPrincipal user) {
    MatchScope scope = MatchScope.of(user);
    List<Org> zones = mapper.unpairedZones(scope.cityCode(), scope.zoneId(), LocalDate.now(clock));
    Matchmaker matchmaker = matchmaker();
    return zones.stream().map(zone -> ZoneSuggestions.of(zone, false, matchmaker.suggest(zone, TOP))).toList();
  }

  /** The list of unpaired zones as .xlsx (UnpairedWorkbook); every export is audited. */
  @Audited(value = AuditEventType.EXPORT, target = "'matchmaking:unpaired'", detail = "'未结对高新区推荐名单'")
  public byte[] exportUnpaired(UserPrincipal user) {
    return UnpairedWorkbook.write(unpaired(user));
  }

  private Matchmaker matchmaker() {
    return new Matchmaker(mapper.mappings(), mapper.neighbours(), mapper.candidates(),
        mapper.links(LocalDate.now(clock), IN_FLIGHT));
  }
}
