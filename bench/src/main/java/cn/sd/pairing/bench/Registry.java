package cn.sd.pairing.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry the dataset is spread over: the demo seeder's 16 cities, 17 zones and 31 universities,
 * plus (added here through the registry tables) one provincial zone per city, two units/teams per
 * university and one operator or reviewer account for every organisation that has none (password Demo@2026!).
 */
final class Registry {
  record Org(long id, String code, String name, String type, String cityCode, Long parentId, String level) {}

  record User(long id, String username, String displayName, long orgId) {}

  final List<Org> zones = new ArrayList<>();
  final List<Org> subjects = new ArrayList<>();
  final Map<Long, Org> byId = new HashMap<>();
  final Map<String, Org> bureauByCity = new HashMap<>();
  final Map<Long, User> userByOrg = new HashMap<>();
  Org provinceSt;
  Org provinceEdu;

  static Registry extend(Connection c) throws SQLException {
    String hash = Db.text(c, "SELECT password_hash FROM app_user WHERE username = 'zone_jinan'");
    LocalDateTime now = LocalDateTime.of(2023, 12, 1, 9, 0);
    Registry before = load(c);
    try (PreparedStatement insertOrg = c.prepareStatement("INSERT INTO org (code, name, type, city_code, zone_level,"
        + " parent_id, industries, disciplines, enabled, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,TRUE,?,?)")) {
      for (Org bureau : before.bureauByCity.values()) {
        String city = bureau.name().replace("科学技术局", "").replace("市", "");
        org(insertOrg, "GX" + bureau.cityCode() + "P", city + "临港省级高新技术产业开发区", "ZONE", bureau.cityCode(),
            "PROVINCIAL", null, "新材料;高端装备", null, now);
      }
      for (Org university : before.subjects) {
        org(insertOrg, university.code() + "-B1", university.name() + "产业技术研究院", "UNIT", university.cityCode(),
            null, university.id(), null, "成果转化;工程技术", now);
        org(insertOrg, university.code() + "-B2", university.name() + "联合创新团队", "UNIT", university.cityCode(),
            null, university.id(), null, "交叉学科", now);
      }
    }
    Registry after = load(c);
    try (PreparedStatement insertUser = c.prepareStatement("INSERT INTO app_user (username, password_hash,"
        + " display_name, org_id, enabled, created_at, updated_at) VALUES (?,?,?,?,TRUE,?,?)",
        Statement.RETURN_GENERATED_KEYS);
         PreparedStatement insertRole = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?,?)")) {
      List<Org> needing = new ArrayList<>(after.zones);
      needing.addAll(after.subjects);
      needing.addAll(after.bureauByCity.values());
      for (Org org : needing) {
        if (after.userByOrg.containsKey(org.id())) {
          continue;
        }
        String role = switch (org.type()) {
          case "ZONE" -> "ZONE_OPERATOR";
          case "UNIVERSITY" -> "UNIVERSITY_OPERATOR";
          case "UNIT" -> "UNIT_OPERATOR";
          default -> "CITY_REVIEWER";
        };
        String username = ("b_" + org.code()).toLowerCase().replace('-', '_');
        insertUser.setString(1, username);
        insertUser.setString(2, hash);
        insertUser.setString(3, org.name().length() > 50 ? org.name().substring(0, 50) : org.name()
            + (role.equals("CITY_REVIEWER") ? "审核员" : "经办人"));
        insertUser.setLong(4, org.id());
        insertUser.setObject(5, now);
        insertUser.setObject(6, now);
        insertUser.executeUpdate();
        try (ResultSet keys = insertUser.getGeneratedKeys()) {
          keys.next();
          insertRole.setLong(1, keys.getLong(1));
          insertRole.setString(2, role);
          insertRole.executeUpdate();
        }
      }
    }
    return load(c);
  }

  private static void org(PreparedStatement s, String code, String name, String type, String city, String level,
      Long parent, String industries, String disciplines, LocalDateTime now) throws SQLException {
    s.setString(1, code);
    s.setString(2, name);
    s.setString(3, type);
    s.setString(4, city);
    s.setString(5, level);
    s.setObject(6, parent);
    s.setString(7, industries);
    s.setString(8, disciplines);
    s.setObject(9, now);
    s.setObject(10, now);
    s.executeUpdate();
  }

  static Registry load(Connection c) throws SQLException {
    Registry r = new Registry();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT o.id, o.code, o.name, o.type, COALESCE(o.city_code, p.city_code),"
             + " o.parent_id, o.zone_level FROM org o LEFT JOIN org p ON p.id = o.parent_id WHERE o.enabled ORDER BY o.id")) {
      while (rs.next()) {
        Org org = new Org(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            (Long) rs.getObject(6, Long.class), rs.getString(7));
        r.byId.put(org.id(), org);
        switch (org.type()) {
          case "ZONE" -> r.zones.add(org);
          case "UNIVERSITY", "UNIT" -> r.subjects.add(org);
          case "CITY_BUREAU" -> r.bureauByCity.put(org.cityCode(), org);
          case "PROVINCE_ST" -> r.provinceSt = org;
          case "PROVINCE_EDU" -> r.provinceEdu = org;
          default -> { }
        }
      }
    }
    // the operator/reviewer of each organisation (the demo account where there is one: lowest id)
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT u.id, u.username, u.display_name, u.org_id FROM app_user u"
             + " JOIN user_role ur ON ur.user_id = u.id WHERE ur.role IN ('ZONE_OPERATOR', 'UNIVERSITY_OPERATOR',"
             + " 'UNIT_OPERATOR', 'CITY_REVIEWER', 'PROVINCE_ST_REVIEWER', 'PROVINCE_EDU_REVIEWER') ORDER BY u.id")) {
      while (rs.next()) {
        r.userByOrg.putIfAbsent(rs.getLong(4), new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
      }
    }
    return r;
  }

  static String operatorRole(Org org) {
    return switch (org.type()) {
      case "ZONE" -> "ZONE_OPERATOR";
      case "UNIVERSITY" -> "UNIVERSITY_OPERATOR";
      case "UNIT" -> "UNIT_OPERATOR";
      case "CITY_BUREAU" -> "CITY_REVIEWER";
      case "PROVINCE_ST" -> "PROVINCE_ST_REVIEWER";
      default -> "PROVINCE_EDU_REVIEWER";
    };
  }

  /** Candidate group "<orgId>:<ROLE>" as the product writes it. */
  static String group(Org org) {
    return org.id() + ":" + operatorRole(org);
  }
}
