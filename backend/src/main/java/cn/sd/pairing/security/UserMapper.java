package cn.sd.pairing.security;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface UserMapper {
  @Select("""
      SELECT u.id, u.username, u.password_hash, u.display_name, u.org_id, u.enabled, u.created_at,
             o.name AS org_name, o.type AS org_type, o.city_code
      FROM app_user u JOIN org o ON o.id = u.org_id
      WHERE u.username = #{username}""")
  AppUser findByUsername(String username);

  @Select("SELECT role FROM user_role WHERE user_id = #{userId}")
  List<Role> findRoles(long userId);

  /** Every enabled user with one of its roles per row, for the engine's identity view. */
  @Select("""
      SELECT u.username, u.display_name, o.id AS org_id, o.name AS org_name, r.role
      FROM app_user u JOIN org o ON o.id = u.org_id JOIN user_role r ON r.user_id = u.id
      WHERE u.enabled = TRUE
      ORDER BY u.username, r.role""")
  List<IdentityRow> findIdentityRows();

  record IdentityRow(String username, String displayName, long orgId, String orgName, Role role) {}

  @Insert("""
      INSERT INTO app_user (username, password_hash, display_name, org_id, enabled, created_at)
      VALUES (#{username}, #{passwordHash}, #{displayName}, #{orgId}, #{enabled}, #{createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(AppUser user);

  @Insert("INSERT INTO user_role (user_id, role) VALUES (#{userId}, #{role})")
  void insertRole(@Param("userId") long userId, @Param("role") Role role);
}
