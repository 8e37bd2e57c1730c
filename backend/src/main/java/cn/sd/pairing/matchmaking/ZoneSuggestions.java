package cn.sd.pairing.matchmaking;

import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.ZoneLevel;
import java.util.List;

/** A zone, whether it already has an active approved pairing, and its suggested partners. */
public record ZoneSuggestions(long zoneId, String zoneCode, String zoneName, String cityCode, String cityName,
    String levelLabel, List<String> industries, boolean paired, List<Suggestion> suggestions) {
  static ZoneSuggestions of(Org zone, boolean paired, List<Suggestion> suggestions) {
    ZoneLevel level = ZoneLevel.parse(zone.zoneLevel);
    return new ZoneSuggestions(zone.id, zone.code, zone.name, zone.cityCode, zone.cityName,
        level == null ? null : level.label(), zone.industryList(), paired, suggestions);
  }
}
