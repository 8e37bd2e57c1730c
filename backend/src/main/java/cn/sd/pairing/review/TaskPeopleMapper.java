package cn.sd.pairing.review;

import cn.sd.pairing.security.Role;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The people around a task: assignees' names, colleagues to transfer to, users to copy (抄送). */
@Mapper
public interface TaskPeopleMapper {
  /** A user with organisation and one role per row (a user with two roles gives two rows). */
  record PersonRow(long id, String username, String displayName, long orgId, String orgName, String orgType,
      boolean enabled, boolean orgEnabled, Role role) {}

  @Select("""
      <script>
      SELECT u.id, u.username, u.display_name, o.id AS org_id, o.name AS org_name, o.type AS org_type,
             u.enabled, o.enabled AS org_enabled, r.role
      FROM app_user u JOIN org o ON o.id = u.org_id JOIN user_role r ON r.user_id = u.id
      WHERE u.username IN
      <foreach collection="usernames" item="name" open="(" separator="," close=")">#{name}</foreach>
      </script>""")
  List<PersonRow> findByUsernames(@Param("usernames") Collection<String> usernames);

  @Select("""
      SELECT u.id, u.username, u.display_name, o.id AS org_id, o.name AS org_name, o.type AS org_type,
             u.enabled, o.enabled AS org_enabled, r.role
      FROM app_user u JOIN org o ON o.id = u.org_id JOIN user_role r ON r.user_id = u.id
      WHERE u.id = #{id}""")
  List<PersonRow> findById(@Param("id") long id);

  /** Enabled users of enabled organisations among the given ones, ordered by organisation and username. */
  @Select("""
      <script>
      SELECT u.id, u.username, u.display_name, o.id AS org_id, o.name AS org_name, o.type AS org_type,
             u.enabled, o.enabled AS org_enabled, r.role
      FROM app_user u JOIN org o ON o.id = u.org_id JOIN user_role r ON r.user_id = u.id
      WHERE u.enabled = TRUE AND o.enabled = TRUE AND u.org_id IN
      <foreach collection="orgIds" item="orgId" open="(" separator="," close=")">#{orgId}</foreach>
      ORDER BY o.code, u.username, r.role
      </script>""")
  List<PersonRow> findActiveInOrgs(@Param("orgIds") Collection<Long> orgIds);
}
