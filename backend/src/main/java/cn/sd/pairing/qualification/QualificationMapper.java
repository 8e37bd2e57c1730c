package cn.sd.pairing.qualification;

import java.time.LocalDate;
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
public interface QualificationMapper {
  String COLUMNS = "id, filing_id, active_from, active_until, terminated_on, decision_version, verification_code, "
      + "created_at, updated_at";

  @Insert("""
      INSERT INTO qualification (filing_id, active_from, active_until, decision_version, verification_code,
        created_at, updated_at)
      VALUES (#{filingId}, #{activeFrom}, #{activeUntil}, #{decisionVersion}, #{verificationCode}, #{createdAt},
        #{updatedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(Qualification qualification);

  @Insert("""
      <script>
      INSERT INTO qualification_measure (qualification_id, measure_code) VALUES
      <foreach collection="codes" item="code" separator=",">(#{qualificationId}, #{code})</foreach>
      </script>""")
  void insertMeasures(@Param("qualificationId") long qualificationId, @Param("codes") List<String> codes);

  @Select("SELECT " + COLUMNS + " FROM qualification WHERE filing_id = #{filingId}")
  Qualification findByFilingId(@Param("filingId") long filingId);

  @Select("SELECT " + COLUMNS + " FROM qualification WHERE verification_code = #{code}")
  Qualification findByCode(@Param("code") String code);

  @Select("""
      SELECT m.code, m.seq, m.title, m.departments FROM qualification_measure q
      JOIN support_measure m ON m.code = q.measure_code
      WHERE q.qualification_id = #{qualificationId} ORDER BY m.seq""")
  List<SupportMeasure> findMeasures(@Param("qualificationId") long qualificationId);

  /** Ends the qualification on a day; 0 when it had already ended. */
  @Update("""
      UPDATE qualification SET terminated_on = #{on}, updated_at = #{at}
      WHERE filing_id = #{filingId} AND terminated_on IS NULL""")
  int terminate(@Param("filingId") long filingId, @Param("on") LocalDate on, @Param("at") LocalDateTime at);

  /** The facts a change filing may alter: the end of the period, the deciding table's version, the code. */
  @Update("""
      UPDATE qualification SET active_until = #{activeUntil}, decision_version = #{decisionVersion},
        verification_code = #{code}, updated_at = #{at}
      WHERE id = #{id}""")
  int updateAfterChange(@Param("id") long id, @Param("activeUntil") LocalDate activeUntil,
      @Param("decisionVersion") int decisionVersion, @Param("code") String code, @Param("at") LocalDateTime at);

  @Delete("DELETE FROM qualification_measure WHERE qualification_id = #{qualificationId}")
  void deleteMeasures(@Param("qualificationId") long qualificationId);

  /**
   * Approved pairings whose qualification is active on the day (not terminated, not past the end of the
   * cooperation period), newest approval first; optionally of one city. (QualificationMapper.xml)
   */
  List<PublicRow> findPublicPage(@Param("cityCode") String cityCode, @Param("today") LocalDate today,
      @Param("offset") int offset, @Param("limit") int limit);

  long countPublic(@Param("cityCode") String cityCode, @Param("today") LocalDate today);

  /** A row of the public list; zoneLevel is the code. */
  record PublicRow(String filingNo, String zoneName, String zoneLevel, String cityCode, String cityName,
      String subjectName, String parentUniversityName, LocalDate approvedOn, LocalDate startDate,
      LocalDate endDate) {}

  /** A measure of the catalogue (table support_measure). */
  record SupportMeasure(String code, int seq, String title, String departments) {}
}
