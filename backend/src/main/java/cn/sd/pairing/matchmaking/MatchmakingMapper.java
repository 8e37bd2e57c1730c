package cn.sd.pairing.matchmaking;

import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.subject.Org;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface MatchmakingMapper {
  /**
   * The programme's definition of a zone being paired (coverage): it has an approved filing whose
   * cooperation period has not ended. The one place this is written for matchmaking; the
   * monitoring dashboard's coverage should share it.
   */
  String ACTIVE_APPROVED = "(f.status = 'APPROVED' AND (f.end_date IS NULL OR f.end_date >= #{today})"
      + " AND NOT EXISTS (SELECT 1 FROM qualification tq WHERE tq.filing_id = f.id AND tq.terminated_on IS NOT NULL))";

  String ZONE_COLUMNS = "o.id, o.code, o.name, o.type, o.city_code, c.name AS city_name, o.zone_level, o.industries, "
      + "o.enabled";

  /** Enabled universities and enabled units of enabled universities: whom a zone may pair with. */
  @Select("""
      SELECT o.id, o.code, o.name, o.type, o.city_code, c.name AS city_name, o.parent_id, p.code AS parent_code,
             p.name AS parent_name, o.disciplines, o.enabled
        FROM org o LEFT JOIN city c ON c.code = o.city_code LEFT JOIN org p ON p.id = o.parent_id
       WHERE o.enabled = TRUE AND (o.type = 'UNIVERSITY' OR (o.type = 'UNIT' AND p.enabled = TRUE))
       ORDER BY o.code""")
  List<Org> candidates();

  /** Active approved filings and filings under way (submitted, not yet decided), with the legal-entity university. */
  @Select("<script>SELECT f.zone_id, f.university_id AS subject_id, COALESCE(s.parent_id, s.id) AS university_id, "
      + "f.status FROM filing f JOIN org s ON s.id = f.university_id WHERE " + ACTIVE_APPROVED + """
       OR f.status IN <foreach collection="inFlight" item="s" open="(" separator="," close=")">#{s}</foreach>
      </script>""")
  List<PairingLink> links(@Param("today") LocalDate today, @Param("inFlight") Collection<FilingStatus> inFlight);

  /** Enabled zones without an active approved pairing, optionally of one city or just one zone. */
  @Select("<script>SELECT " + ZONE_COLUMNS + """
       FROM org o LEFT JOIN city c ON c.code = o.city_code
      WHERE o.type = 'ZONE' AND o.enabled = TRUE
      <if test="cityCode != null">AND o.city_code = #{cityCode}</if>
      <if test="zoneId != null">AND o.id = #{zoneId}</if>
        AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.zone_id = o.id AND """ + ACTIVE_APPROVED + """
      )
      ORDER BY o.code
      </script>""")
  List<Org> unpairedZones(@Param("cityCode") String cityCode, @Param("zoneId") Long zoneId,
      @Param("today") LocalDate today);

  @Select("SELECT city_code, neighbour_code FROM city_neighbour")
  List<CityPair> neighbours();

  // --- the industry → discipline mapping (系统管理员)

  @Select("SELECT id, industry, discipline, created_at FROM industry_discipline")
  List<IndustryDiscipline> mappings();

  @Select("SELECT id, industry, discipline, created_at FROM industry_discipline WHERE id = #{id}")
  IndustryDiscipline findMapping(long id);

  @Select("SELECT COUNT(*) FROM industry_discipline WHERE industry = #{industry} AND discipline = #{discipline}")
  int countMapping(@Param("industry") String industry, @Param("discipline") String discipline);

  @Insert("INSERT INTO industry_discipline (industry, discipline, created_at) VALUES (#{industry}, #{discipline}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insertMapping(IndustryDiscipline mapping);

  @Delete("DELETE FROM industry_discipline WHERE id = #{id}")
  int deleteMapping(long id);

  /** The ';'-separated industries of enabled zones (for the administrator's pickers). */
  @Select("SELECT industries FROM org WHERE type = 'ZONE' AND enabled = TRUE AND industries IS NOT NULL")
  List<String> zoneIndustries();

  /** The ';'-separated disciplines of enabled universities and units. */
  @Select("SELECT disciplines FROM org WHERE type IN ('UNIVERSITY', 'UNIT') AND enabled = TRUE AND disciplines IS NOT NULL")
  List<String> subjectDisciplines();
}
