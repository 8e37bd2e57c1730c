package cn.sd.pairing.matchmaking;

import cn.sd.pairing.matchmaking.Reason.Kind;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ranking of partners for a zone from registry facts (no database access, deterministic):
 *
 * <ul>
 *   <li>+10 for every matched pair: a leading industry of the zone and an advantage discipline of
 *       the subject that the mapping table joins;
 *   <li>+6 when the subject is in the zone's city, +3 when in a neighbouring city;
 *   <li>−1 for every zone the subject's legal-entity university (itself, or a unit's university)
 *       already pairs with (active approved or under way), at most −5;
 *   <li>ties: the smaller registry code first.
 * </ul>
 *
 * A subject is suggested only when it fits at least one industry or lies in the same or a
 * neighbouring city; subjects the zone already pairs with (approved or under way) are left out.
 */
final class Matchmaker {
  static final int FIT_POINTS = 10;
  static final int SAME_CITY_POINTS = 6;
  static final int NEIGHBOUR_POINTS = 3;
  static final int LOAD_POINTS_PER_ZONE = 1;
  static final int LOAD_MAX_PENALTY = 5;

  private static final Comparator<Suggestion> ORDER =
      Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::code);

  private final Map<String, Set<String>> disciplinesByIndustry = new HashMap<>();
  private final Set<String> neighbours = new HashSet<>();
  private final List<Org> candidates;
  private final Map<Long, Set<Long>> approvedZonesByUniversity = new HashMap<>();
  private final Map<Long, Set<Long>> pendingZonesByUniversity = new HashMap<>();
  private final Map<Long, Set<Long>> subjectsByZone = new HashMap<>();
  private final Set<Long> pairedZones = new HashSet<>();

  Matchmaker(List<IndustryDiscipline> mappings, List<CityPair> cityPairs, List<Org> candidates,
      List<PairingLink> links) {
    for (IndustryDiscipline m : mappings) {
      disciplinesByIndustry.computeIfAbsent(m.industry, k -> new HashSet<>()).add(m.discipline);
    }
    for (CityPair pair : cityPairs) {
      neighbours.add(pair.cityCode() + "|" + pair.neighbourCode());
      neighbours.add(pair.neighbourCode() + "|" + pair.cityCode());
    }
    this.candidates = candidates;
    for (PairingLink link : links) {
      (link.approved() ? approvedZonesByUniversity : pendingZonesByUniversity)
          .computeIfAbsent(link.universityId, k -> new HashSet<>()).add(link.zoneId);
      subjectsByZone.computeIfAbsent(link.zoneId, k -> new HashSet<>()).add(link.subjectId);
      if (link.approved()) {
        pairedZones.add(link.zoneId);
      }
    }
  }

  /** Whether the zone has an active approved pairing. */
  boolean paired(long zoneId) {
    return pairedZones.contains(zoneId);
  }

  /** The best `limit` partners for the zone, best first. */
  List<Suggestion> suggest(Org zone, int limit) {
    Set<Long> taken = subjectsByZone.getOrDefault(zone.id, Set.of());
    List<String> industries = zone.industryList();
    List<Suggestion> all = new ArrayList<>();
    for (Org candidate : candidates) {
      if (taken.contains(candidate.id)) {
        continue;
      }
      List<Reason> reasons = new ArrayList<>();
      List<String> disciplines = candidate.disciplineList();
      for (String industry : industries) {
        Set<String> served = disciplinesByIndustry.getOrDefault(industry, Set.of());
        for (String discipline : disciplines) {
          if (served.contains(discipline)) {
            reasons.add(new Reason(Kind.FIT, "主导产业 " + industry + " ↔ 优势学科 " + discipline, FIT_POINTS));
          }
        }
      }
      Reason place = place(zone, candidate);
      if (place != null) {
        reasons.add(place);
      }
      if (reasons.isEmpty()) {
        continue;
      }
      Reason load = load(candidate);
      if (load != null) {
        reasons.add(load);
      }
      int score = reasons.stream().mapToInt(Reason::points).sum();
      all.add(new Suggestion(candidate.id, candidate.code, candidate.name, candidate.type, candidate.type.label(),
          candidate.cityCode, candidate.cityName, candidate.parentId, candidate.parentName, disciplines, score,
          List.copyOf(reasons)));
    }
    all.sort(ORDER);
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  private Reason place(Org zone, Org candidate) {
    if (zone.cityCode == null || candidate.cityCode == null) {
      return null;
    }
    if (Objects.equals(zone.cityCode, candidate.cityCode)) {
      return new Reason(Kind.SAME_CITY, "同城", SAME_CITY_POINTS);
    }
    if (neighbours.contains(zone.cityCode + "|" + candidate.cityCode)) {
      return new Reason(Kind.NEIGHBOUR_CITY, "邻市（" + candidate.cityName + "）", NEIGHBOUR_POINTS);
    }
    return null;
  }

  private Reason load(Org candidate) {
    long university = candidate.type == OrgType.UNIT ? candidate.parentId : candidate.id;
    Set<Long> approved = approvedZonesByUniversity.getOrDefault(university, Set.of());
    Set<Long> pending = new HashSet<>(pendingZonesByUniversity.getOrDefault(university, Set.of()));
    pending.removeAll(approved);
    int zones = approved.size() + pending.size();
    if (zones == 0) {
      return null;
    }
    String count;
    if (pending.isEmpty()) {
      count = "已结对 " + approved.size() + " 个高新区";
    } else if (approved.isEmpty()) {
      count = "在审结对 " + pending.size() + " 个高新区";
    } else {
      count = "已结对 " + approved.size() + " 个、在审结对 " + pending.size() + " 个高新区";
    }
    String text = candidate.type == OrgType.UNIT ? "所属高校" + count : count;
    return new Reason(Kind.LOAD, text, -Math.min(zones * LOAD_POINTS_PER_ZONE, LOAD_MAX_PENALTY));
  }
}
