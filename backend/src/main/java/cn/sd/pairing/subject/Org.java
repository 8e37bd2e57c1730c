package cn.sd.pairing.subject;

import java.time.LocalDateTime;
import java.util.List;

/** An organisation of the registry: zone, university, unit/team, city bureau, provincial department. */
public class Org {
  public Long id;
  public String code;
  public String name;
  public OrgType type;
  public String cityCode;
  public String cityName;
  /** Zones only: NATIONAL or PROVINCIAL. */
  public String zoneLevel;
  /** Units/teams only: the legal-entity university. */
  public Long parentId;
  public String parentCode;
  public String parentName;
  /** Zones only: leading industries, ';'-separated. */
  public String industries;
  /** Universities and units: advantage disciplines, ';'-separated. */
  public String disciplines;
  public boolean enabled = true;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;

  public List<String> industryList() {
    return OrgRules.toList(industries);
  }

  public List<String> disciplineList() {
    return OrgRules.toList(disciplines);
  }
}
