package cn.sd.pairing;

import cn.sd.pairing.filing.Filing;
import cn.sd.pairing.filing.FilingMapper;
import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.subject.Org;
import cn.sd.pairing.subject.OrgMapper;
import cn.sd.pairing.subject.OrgType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds throw-away registry rows (cities, organisations) and filing rows for mapper tests,
 * which run in a rolled-back transaction: codes are random so they never meet real data.
 */
public final class TestRegistry {
  private final OrgMapper orgs;
  private final FilingMapper filings;

  public TestRegistry(OrgMapper orgs, FilingMapper filings) {
    this.orgs = orgs;
    this.filings = filings;
  }

  /** Whole seconds: MariaDB is reached with sendFractionalSeconds=false. */
  public static LocalDateTime now() {
    return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
  }

  public static String code(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** A new city with a random code 9xxxxx (real administrative codes start with 1–8). */
  public String city(String name) {
    String code = "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    orgs.insertCity(code, name);
    return code;
  }

  public Org org(OrgType type, String name, String cityCode) {
    return org(type, name, cityCode, "PROVINCIAL");
  }

  /** A new organisation; zoneLevel applies to zones only (NATIONAL or PROVINCIAL). */
  public Org org(OrgType type, String name, String cityCode, String zoneLevel) {
    Org org = new Org();
    org.code = code("T-");
    org.name = name;
    org.type = type;
    org.cityCode = cityCode;
    if (type == OrgType.ZONE) {
      org.zoneLevel = zoneLevel;
      org.industries = "新材料;智能制造";
    }
    if (type == OrgType.UNIVERSITY) {
      org.disciplines = "材料科学";
    }
    org.createdAt = now();
    org.updatedAt = org.createdAt;
    orgs.insert(org);
    return org;
  }

  /** A filing row as the service would write it, initiated by its zone. */
  public Filing filing(Org zone, Org university, FilingStatus status, long createdBy) {
    Filing f = new Filing();
    f.initiatorOrgId = zone.id;
    f.zoneId = zone.id;
    f.universityId = university == null ? null : university.id;
    f.keyTasks = "INDUSTRY_LAYOUT,TRANSFER";
    f.startDate = LocalDate.of(2026, 12, 1);
    f.endDate = LocalDate.of(2028, 12, 31);
    f.zoneContactName = "张三";
    f.zoneContactPhone = "13800000000";
    f.zoneContactEmail = "zhang@zone.cn";
    f.univContactName = "李四";
    f.univContactPhone = "13900000000";
    f.univContactEmail = "li@univ.cn";
    f.status = status;
    f.createdBy = createdBy;
    f.createdAt = now();
    f.updatedAt = f.createdAt;
    filings.insert(f);
    return f;
  }
}
