package cn.sd.pairing.matchmaking;

import cn.sd.pairing.subject.OrgType;
import java.util.List;

/** A university or unit/team suggested to a zone: its score is the sum of its reasons' points. */
public record Suggestion(long id, String code, String name, OrgType type, String typeLabel, String cityCode,
    String cityName, Long parentId, String parentName, List<String> disciplines, int score, List<Reason> reasons) {}
