package cn.sd.pairing.subject;

import cn.sd.pairing.security.AppUser;
import cn.sd.pairing.security.Role;
import cn.sd.pairing.security.UserMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First run on an empty database: loads the demo registry (seed/*.csv, copied from the
 * programme's demo lists) and one demo account per role. Real deployments switch it off
 * (pairing.demo-data.enabled=false) and import the official lists instead.
 */
@Component
@ConditionalOnProperty(name = "pairing.demo-data.enabled", havingValue = "true", matchIfMissing = true)
public class DemoDataSeeder implements ApplicationRunner {
  public static final String DEMO_PASSWORD = "Demo@2026!";
  private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final OrgMapper orgs;
  private final UserMapper users;
  private final PasswordEncoder passwordEncoder;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DemoDataSeeder(OrgMapper orgs, UserMapper users, PasswordEncoder passwordEncoder,
      TransactionTemplate transaction, Clock clock) {
    this.orgs = orgs;
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(status -> {
      if (orgs.count() > 0) {
        return;
      }
      seedRegistry();
      seedUsers();
      log.info("Demo registry and demo accounts loaded (demo only, see README)");
    });
  }

  private void seedRegistry() {
    readCsv("seed/cities.csv", row -> {
      orgs.insertCity(row.get("code"), row.get("name"));
      org("CB" + row.get("code"), row.get("name") + "科学技术局", OrgType.CITY_BUREAU, row.get("code"), o -> {});
    });
    org("PROV-ST", "山东省科学技术厅", OrgType.PROVINCE_ST, null, o -> {});
    org("PROV-EDU", "山东省教育厅", OrgType.PROVINCE_EDU, null, o -> {});
    org("PLATFORM", "区校联动平台运维中心", OrgType.PLATFORM, null, o -> {});
    readCsv("seed/zones.csv", row -> org(row.get("code"), row.get("name"), OrgType.ZONE, row.get("city_code"), o -> {
      o.zoneLevel = "国家级".equals(row.get("level")) ? "NATIONAL" : "PROVINCIAL";
      o.industries = row.get("leading_industries");
    }));
    readCsv("seed/universities.csv", row -> org(row.get("code"), row.get("name"), OrgType.UNIVERSITY,
        row.get("city_code"), o -> o.disciplines = row.get("advantage_disciplines")));
    Org sdu = orgs.findByCode("U001");
    org("U001-01", "山东大学控制科学与工程学院", OrgType.UNIT, sdu.cityCode, o -> {
      o.parentId = sdu.id;
      o.disciplines = "控制科学与工程";
    });
  }

  private void seedUsers() {
    user("zone_jinan", "济南高新区经办人", "GX370101", Role.ZONE_OPERATOR);
    user("zone_qingdao", "青岛高新区经办人", "GX370201", Role.ZONE_OPERATOR);
    user("univ_sdu", "山东大学科研院经办人", "U001", Role.UNIVERSITY_OPERATOR);
    user("unit_sdu", "控制学院团队经办人", "U001-01", Role.UNIT_OPERATOR);
    user("city_jinan", "济南市科技局审核员", "CB370100", Role.CITY_REVIEWER);
    user("city_qingdao", "青岛市科技局审核员", "CB370200", Role.CITY_REVIEWER);
    user("prov_st", "省科技厅高新区处审核员", "PROV-ST", Role.PROVINCE_ST_REVIEWER);
    user("prov_edu", "省教育厅审核员", "PROV-EDU", Role.PROVINCE_EDU_REVIEWER);
    user("monitor", "省科技厅监测员", "PROV-ST", Role.PROVINCE_MONITOR);
    user("sysadmin", "系统管理员", "PLATFORM", Role.SYSTEM_ADMIN);
    user("secadmin", "安全管理员", "PLATFORM", Role.SECURITY_ADMIN);
    user("auditadmin", "审计管理员", "PLATFORM", Role.AUDIT_ADMIN);
  }

  private void org(String code, String name, OrgType type, String cityCode, Consumer<Org> details) {
    Org org = new Org();
    org.code = code;
    org.name = name;
    org.type = type;
    org.cityCode = cityCode;
    org.createdAt = LocalDateTime.now(clock);
    org.updatedAt = org.createdAt;
    details.accept(org);
    orgs.insert(org);
  }

  private void user(String username, String displayName, String orgCode, Role role) {
    AppUser user = new AppUser();
    user.username = username;
    user.displayName = displayName;
    user.passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
    user.orgId = orgs.findByCode(orgCode).id;
    user.createdAt = LocalDateTime.now(clock);
    users.insert(user);
    users.insertRole(user.id, role);
  }

  private static void readCsv(String path, Consumer<CSVRecord> rowHandler) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      List<CSVRecord> rows = format.parse(reader).getRecords();
      rows.forEach(rowHandler);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read seed file " + path, e);
    }
  }
}
