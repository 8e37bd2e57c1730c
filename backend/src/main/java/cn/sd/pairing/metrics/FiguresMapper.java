package cn.sd.pairing.metrics;

import java.util.Date;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The dashboard's read model (sql/V18): written by {@link FiguresHistoryHandler} inside the engine's transaction and
 * filled for older filings by {@link FiguresBackfill} (the set-based statements in mapper/FiguresMapper.xml).
 */
@Mapper
public interface FiguresMapper {
  /** The pair a filing's process counts for, its start and its return rounds so far. */
  record FilingPair(long filingId, long zoneId, long universityId, Date startedAt, int returnRounds) {}

  @Insert("""
      INSERT INTO filing_figures (filing_id, process_instance_id, zone_id, university_id, city_code, started_at,
        approved, return_rounds, late_steps)
      SELECT f.id, #{processInstanceId}, f.zone_id, f.university_id, z.city_code, #{startedAt}, FALSE, 0, 0
      FROM filing f JOIN org z ON z.id = f.zone_id
      WHERE f.id = #{filingId}""")
  int insertFiling(@Param("filingId") long filingId, @Param("processInstanceId") String processInstanceId,
      @Param("startedAt") Date startedAt);

  @Select("""
      SELECT filing_id, zone_id, university_id, started_at, return_rounds FROM filing_figures
      WHERE process_instance_id = #{processInstanceId}""")
  FilingPair pairOf(@Param("processInstanceId") String processInstanceId);

  /** The filing's status is already final when its process ends (the BPMN sets it on the way to the end event). */
  @Update("""
      UPDATE filing_figures SET ended_at = #{endedAt}, ended_year = #{endedYear}, duration_ms = #{durationMs},
        approved = CASE WHEN EXISTS (SELECT 1 FROM filing f WHERE f.id = filing_figures.filing_id
          AND f.status = 'APPROVED') THEN TRUE ELSE FALSE END
      WHERE process_instance_id = #{processInstanceId}""")
  int endProcess(@Param("processInstanceId") String processInstanceId, @Param("endedAt") Date endedAt,
      @Param("endedYear") int endedYear, @Param("durationMs") Long durationMs);

  @Update("UPDATE filing_figures SET return_rounds = return_rounds + 1 WHERE filing_id = #{filingId}")
  int addReturnRound(@Param("filingId") long filingId);

  @Update("UPDATE filing_figures SET late_steps = late_steps + 1 WHERE filing_id = #{filingId}")
  int addLateStep(@Param("filingId") long filingId);

  @Update("""
      UPDATE pair_figures SET filings = filings + #{filings}, return_rounds = return_rounds + #{rounds},
        returned_filings = returned_filings + #{returned}
      WHERE zone_id = #{zoneId} AND university_id = #{universityId}""")
  int addToPair(@Param("zoneId") long zoneId, @Param("universityId") long universityId, @Param("filings") int filings,
      @Param("rounds") int rounds, @Param("returned") int returned);

  @Update("""
      UPDATE step_figures SET completed = completed + 1, completed_ms = completed_ms + #{ms}, late = late + #{late},
        step_name = #{name}
      WHERE zone_id = #{zoneId} AND university_id = #{universityId} AND step_key = #{step}""")
  int addToStep(@Param("zoneId") long zoneId, @Param("universityId") long universityId, @Param("step") String step,
      @Param("name") String name, @Param("ms") long ms, @Param("late") int late);

  // ---- backfill (mapper/FiguresMapper.xml)

  /** A submitted filing whose figures are missing, if any. */
  Long anyFilingWithoutFigures();

  /** Figures of the filings that have none, from ACT_HI_PROCINST and ACT_HI_TASKINST. */
  int insertMissingFilings(@Param("reviseStep") String reviseStep);

  /** The first and last year (by ended_at) of the figures whose year is not set yet; null when there are none. */
  @Select("""
      SELECT MIN(ended_at) AS first, MAX(ended_at) AS last FROM filing_figures
      WHERE ended_at IS NOT NULL AND ended_year IS NULL""")
  EndRange endRangeWithoutYear();

  record EndRange(Date first, Date last) {}

  @Update("""
      UPDATE filing_figures SET ended_year = #{year}
      WHERE ended_year IS NULL AND ended_at >= #{from} AND ended_at < #{to}""")
  int setEndedYear(@Param("year") int year, @Param("from") Date from, @Param("to") Date to);

  int deletePairs();

  int deleteSteps();

  /** All pair sums again, from filing_figures. */
  int insertPairs();

  /** All step sums again, from ACT_HI_TASKINST of the filings in filing_figures. */
  int insertSteps();
}
