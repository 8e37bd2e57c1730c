package cn.sd.pairing.notification;

import cn.sd.pairing.security.Role;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface NotificationMapper {
  /** One notification for every enabled holder of a role in an organisation. */
  @Insert("""
      INSERT INTO notification (user_id, title, filing_id, task_id, created_at)
      SELECT u.id, #{title}, #{filingId}, #{taskId}, #{at}
      FROM app_user u JOIN user_role r ON r.user_id = u.id
      WHERE u.org_id = #{orgId} AND r.role = #{role} AND u.enabled = TRUE""")
  int insertForRole(@Param("orgId") long orgId, @Param("role") Role role, @Param("title") String title,
      @Param("filingId") Long filingId, @Param("taskId") String taskId, @Param("at") LocalDateTime at);

  /** One notification for each of the given users that is enabled. */
  @Insert("""
      <script>
      INSERT INTO notification (user_id, title, filing_id, task_id, created_at)
      SELECT u.id, #{title}, #{filingId}, #{taskId}, #{at} FROM app_user u
      WHERE u.enabled = TRUE AND u.id IN
      <foreach collection="userIds" item="userId" open="(" separator="," close=")">#{userId}</foreach>
      </script>""")
  int insertForUsers(@Param("userIds") java.util.Collection<Long> userIds, @Param("title") String title,
      @Param("filingId") Long filingId, @Param("taskId") String taskId, @Param("at") LocalDateTime at);

  @Select("""
      <script>
      SELECT id, user_id, title, filing_id, task_id, created_at, read_at FROM notification
      WHERE user_id = #{userId} <if test="unreadOnly">AND read_at IS NULL</if>
      ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}
      </script>""")
  List<Notification> findPage(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly,
      @Param("offset") int offset, @Param("limit") int limit);

  @Select("""
      <script>
      SELECT COUNT(*) FROM notification
      WHERE user_id = #{userId} <if test="unreadOnly">AND read_at IS NULL</if>
      </script>""")
  long count(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly);

  @Update("UPDATE notification SET read_at = #{at} WHERE id = #{id} AND user_id = #{userId} AND read_at IS NULL")
  int markRead(@Param("id") long id, @Param("userId") long userId, @Param("at") LocalDateTime at);

  @Update("UPDATE notification SET read_at = #{at} WHERE user_id = #{userId} AND read_at IS NULL")
  int markAllRead(@Param("userId") long userId, @Param("at") LocalDateTime at);

  @Select("SELECT COUNT(*) FROM notification WHERE id = #{id} AND user_id = #{userId}")
  long countOwned(@Param("id") long id, @Param("userId") long userId);
}
