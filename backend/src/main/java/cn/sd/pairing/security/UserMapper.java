package cn.sd.pairing.security;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface UserMapper {
  @Select("""
      SELECT u.id, u.username, u.password_hash, u.display_name, u.org_id, u.enabled, u.created_at, u.updated_at,
             o.code AS org_code, o.name AS org_name, o.type AS org_type, o.enabled AS org_enabled, o.city_code
      FROM app_user u JOIN org o ON o.id = u.org_id
      WHERE u.username = #{username}""")
  AppUser findByUsername(String username);

  @Select("SELECT role FROM user_role WHERE user_id = #{userId}")
  List<Role> findRoles(long userId);

  /** Every enabled user with one of its roles per row, for the engine's identity view. */
  @Select("""
      SELECT u.username, u.display_name, o.id AS org_id, o.name AS org_name, r.role
      FROM app_user u JOIN org o ON o.id = u.org_id JOIN user_role r ON r.user_id = u.id
      WHERE u.enabled = TRUE AND o.enabled = TRUE
      ORDER BY u.username, r.role""")
  List<IdentityRow> findIdentityRows();

  record IdentityRow(String username, String displayName, long orgId, String orgName, Role role) {}

  @Insert("""
      INSERT INTO app_user (username, password_hash, display_name, org_id, enabled, created_at, updated_at)
      VALUES (#{username}, #{passwordHash}, #{displayName}, #{orgId}, #{enabled}, #{createdAt}, #{createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(AppUser user);

  @Insert("INSERT INTO user_role (user_id, role) VALUES (#{userId}, #{role})")
  void insertRole(@Param("userId") long userId, @Param("role") Role role);

  // --- administration (SYSTEM_ADMIN); the dynamic queries are in mapper/UserMapper.xml

  AppUser findById(long id);

  List<AppUser> search(@Param("f") UserFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  long countSearch(@Param("f") UserFilter filter);

  /** user id → role rows of the given users. */
  List<UserRoleRow> findRolesOf(@Param("userIds") List<Long> userIds);

  record UserRoleRow(long userId, Role role) {}

  /** 1 when the account may act now (user and organisation both enabled), else 0. */
  @Select("""
      SELECT COUNT(*) FROM app_user u JOIN org o ON o.id = u.org_id
      WHERE u.id = #{id} AND u.enabled = TRUE AND o.enabled = TRUE""")
  long countActive(long id);

  @Select("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(#{username})")
  long countByUsername(String username);

  @Update("""
      UPDATE app_user SET display_name = #{displayName}, org_id = #{orgId}, updated_at = #{updatedAt}
      WHERE id = #{id}""")
  int update(AppUser user);

  @Delete("DELETE FROM user_role WHERE user_id = #{userId}")
  int deleteRoles(long userId);

  @Update("UPDATE app_user SET enabled = #{enabled}, updated_at = #{at} WHERE id = #{id}")
  int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled, @Param("at") LocalDateTime at);

  @Update("UPDATE app_user SET password_hash = #{hash}, updated_at = #{at} WHERE id = #{id}")
  int setPassword(@Param("id") long id, @Param("hash") String hash, @Param("at") LocalDateTime at);
}
