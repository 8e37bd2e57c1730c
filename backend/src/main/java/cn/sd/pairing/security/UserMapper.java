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
  /** An account with its credentials and sign-in state (never for the administration API). */
  String ACCOUNT = """
      SELECT u.id, u.username, u.password_hash, u.display_name, u.org_id, u.enabled, u.created_at, u.updated_at,
             u.failed_logins, u.locked_until, u.password_changed_at, u.must_change_password, u.totp_secret,
             o.code AS org_code, o.name AS org_name, o.type AS org_type, o.enabled AS org_enabled, o.city_code
      FROM app_user u JOIN org o ON o.id = u.org_id
      """;

  @Select(ACCOUNT + "WHERE u.username = #{username}")
  AppUser findByUsername(String username);

  @Select(ACCOUNT + "WHERE u.id = #{id}")
  AppUser findAccount(long id);

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
      INSERT INTO app_user (username, password_hash, display_name, org_id, enabled, created_at, updated_at,
                            password_changed_at, must_change_password)
      VALUES (#{username}, #{passwordHash}, #{displayName}, #{orgId}, #{enabled}, #{createdAt}, #{createdAt},
              #{createdAt}, #{mustChangePassword})""")
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

  /**
   * The account's roles now, one row each ('' for an account without any), when it may act (user and organisation
   * both enabled); no row when it may not.
   */
  @Select("""
      SELECT COALESCE(r.role, '') FROM app_user u JOIN org o ON o.id = u.org_id
      LEFT JOIN user_role r ON r.user_id = u.id
      WHERE u.id = #{id} AND u.enabled = TRUE AND o.enabled = TRUE""")
  List<String> findActiveRoles(long id);

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

  /**
   * A new password: by an administrator (mustChange: the owner must replace it at the next login) or by
   * the owner. Either way the account is unlocked.
   */
  @Update("""
      UPDATE app_user SET password_hash = #{hash}, password_changed_at = #{at}, must_change_password = #{mustChange},
             failed_logins = 0, locked_until = NULL, updated_at = #{at}
      WHERE id = #{id}""")
  int setPassword(@Param("id") long id, @Param("hash") String hash, @Param("mustChange") boolean mustChange,
      @Param("at") LocalDateTime at);

  // --- sign-in state

  /**
   * Counts a failed sign-in; locks the account until lockUntil once the count reaches maxFailures.
   * locked_until is assigned first: MySQL/MariaDB let later assignments see earlier ones, H2 does not.
   */
  @Update("""
      UPDATE app_user SET
             locked_until = CASE WHEN failed_logins + 1 >= #{maxFailures} THEN #{lockUntil} ELSE locked_until END,
             failed_logins = failed_logins + 1
      WHERE id = #{id}""")
  int countFailure(@Param("id") long id, @Param("maxFailures") int maxFailures,
      @Param("lockUntil") LocalDateTime lockUntil);

  @Update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = #{id}")
  int clearFailures(long id);

  @Select("SELECT failed_logins, locked_until FROM app_user WHERE id = #{id}")
  LockState lockState(long id);

  record LockState(int failedLogins, LocalDateTime lockedUntil) {}

  @Update("UPDATE app_user SET totp_secret = #{secret} WHERE id = #{id}")
  int setTotpSecret(@Param("id") long id, @Param("secret") String secret);

  @Insert("INSERT INTO password_history (user_id, password_hash, changed_at) VALUES (#{userId}, #{hash}, #{at})")
  void insertPasswordHistory(@Param("userId") long userId, @Param("hash") String hash,
      @Param("at") LocalDateTime at);

  /** The hashes of the user's most recent earlier passwords, newest first. */
  @Select("""
      SELECT password_hash FROM password_history WHERE user_id = #{userId}
      ORDER BY changed_at DESC, id DESC LIMIT #{limit}""")
  List<String> recentPasswordHashes(@Param("userId") long userId, @Param("limit") int limit);
}
