package cn.sd.pairing.qualification;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface TerminationMapper {
  @Insert("""
      INSERT INTO termination (filing_id, applicant_org_id, applicant_user_id, reason, status, created_at)
      VALUES (#{filingId}, #{applicantOrgId}, #{applicantUserId}, #{reason}, #{status}, #{createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(Termination termination);

  @Update("UPDATE termination SET process_instance_id = #{processInstanceId} WHERE id = #{id}")
  void setProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** Records the province's decision; 0 when it was no longer pending. */
  @Update("""
      UPDATE termination SET status = #{status}, decided_at = #{at}
      WHERE id = #{id} AND status = 'PENDING'""")
  int decide(@Param("id") long id, @Param("status") TerminationStatus status, @Param("at") LocalDateTime at);

  @Select("""
      SELECT t.id, t.filing_id, t.process_instance_id, t.applicant_org_id, o.name AS applicant_org_name,
        t.applicant_user_id, t.reason, t.status, t.created_at, t.decided_at
      FROM termination t JOIN org o ON o.id = t.applicant_org_id
      WHERE t.filing_id = #{filingId} ORDER BY t.id DESC""")
  List<Termination> findByFiling(@Param("filingId") long filingId);

  @Select("SELECT COUNT(*) FROM termination WHERE filing_id = #{filingId} AND status = 'PENDING'")
  int countPending(@Param("filingId") long filingId);

  /** Change filings of the pairing submitted and not yet decided (a termination waits for them). */
  @Select("""
      SELECT COUNT(*) FROM filing_change
      WHERE filing_id = #{filingId} AND status IN ('CITY_REVIEW', 'PROVINCE_REVIEW', 'RETURNED')""")
  int countChangesUnderReview(@Param("filingId") long filingId);

  @Select("""
      SELECT t.id, t.filing_id, t.process_instance_id, t.applicant_org_id, o.name AS applicant_org_name,
        t.applicant_user_id, t.reason, t.status, t.created_at, t.decided_at
      FROM termination t JOIN org o ON o.id = t.applicant_org_id WHERE t.id = #{id}""")
  Termination findById(@Param("id") long id);
}
