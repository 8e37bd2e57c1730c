package cn.sd.pairing.subject;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OrgMapper {
  String COLUMNS = "o.id, o.code, o.name, o.type, o.city_code, c.name AS city_name, o.zone_level, o.parent_id, "
      + "o.industries, o.disciplines, o.enabled, o.created_at, o.updated_at";

  @Select("SELECT " + COLUMNS + " FROM org o LEFT JOIN city c ON c.code = o.city_code WHERE o.id = #{id}")
  Org findById(long id);

  @Select("SELECT " + COLUMNS + " FROM org o LEFT JOIN city c ON c.code = o.city_code WHERE o.code = #{code}")
  Org findByCode(String code);

  /** The single enabled organisation of a type in a city (e.g. the city's S&T bureau); null city = provincial. */
  @Select("<script>SELECT " + COLUMNS + """
       FROM org o LEFT JOIN city c ON c.code = o.city_code
      WHERE o.type = #{type} AND o.enabled = TRUE
      <if test="cityCode != null">AND o.city_code = #{cityCode}</if>
      ORDER BY o.id
      </script>""")
  List<Org> findEnabledByType(@Param("type") OrgType type, @Param("cityCode") String cityCode);

  @Select("<script>SELECT " + COLUMNS + """
       FROM org o LEFT JOIN city c ON c.code = o.city_code
      WHERE o.type = #{type} AND o.enabled = TRUE
      <if test="query != null and query != ''">AND o.name LIKE CONCAT('%', #{query}, '%')</if>
      ORDER BY o.code
      </script>""")
  List<Org> searchEnabled(@Param("type") OrgType type, @Param("query") String query);

  @Select("SELECT COUNT(*) FROM org")
  long count();

  @Insert("""
      INSERT INTO org (code, name, type, city_code, zone_level, parent_id, industries, disciplines, enabled, created_at, updated_at)
      VALUES (#{code}, #{name}, #{type}, #{cityCode}, #{zoneLevel}, #{parentId}, #{industries}, #{disciplines}, #{enabled},
              #{createdAt}, #{updatedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(Org org);

  @Insert("INSERT INTO city (code, name) VALUES (#{code}, #{name})")
  void insertCity(@Param("code") String code, @Param("name") String name);

  // --- administration (SYSTEM_ADMIN); the dynamic queries are in mapper/OrgMapper.xml

  /** One organisation with its city and parent names. */
  Org findDetail(long id);

  List<Org> search(@Param("f") OrgFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  long countSearch(@Param("f") OrgFilter filter);

  /** Enabled zones whose name or code contains the pattern (LIKE … ESCAPE '!'; null = all). */
  List<Org> pickZones(@Param("pattern") String pattern, @Param("limit") int limit);

  /** Enabled universities and units (of enabled universities), optionally only one university and its units. */
  List<Org> pickSubjects(@Param("pattern") String pattern, @Param("universityId") Long universityId,
      @Param("limit") int limit);

  @Select("SELECT code, name FROM city ORDER BY code")
  List<City> findCities();

  @Update("""
      UPDATE org SET code = #{code}, name = #{name}, city_code = #{cityCode}, zone_level = #{zoneLevel},
             parent_id = #{parentId}, industries = #{industries}, disciplines = #{disciplines}, updated_at = #{updatedAt}
      WHERE id = #{id}""")
  int update(Org org);

  @Update("UPDATE org SET enabled = #{enabled}, updated_at = #{at} WHERE id = #{id}")
  int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled, @Param("at") LocalDateTime at);

  /** A unit's city is its university's: moves the units along when the university moves. */
  @Update("UPDATE org SET city_code = #{cityCode}, updated_at = #{at} WHERE parent_id = #{parentId} AND type = 'UNIT'")
  int updateUnitsCity(@Param("parentId") long parentId, @Param("cityCode") String cityCode,
      @Param("at") LocalDateTime at);
}
