package cn.sd.pairing.filing;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface FilingOpinionMapper {
  @Insert("""
      INSERT INTO filing_opinion (filing_id, process_instance_id, task_id, step_key, step_name, action, opinion,
        section, user_id, user_name, org_id, org_name, created_at)
      VALUES (#{filingId}, #{processInstanceId}, #{taskId}, #{stepKey}, #{stepName}, #{action}, #{opinion}, #{section},
        #{userId}, #{userName}, #{orgId}, #{orgName}, #{createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(FilingOpinion opinion);

  @Select("""
      SELECT id, filing_id, process_instance_id, task_id, step_key, step_name, action, opinion, section, user_id,
             user_name, org_id, org_name, created_at
      FROM filing_opinion WHERE filing_id = #{filingId} ORDER BY id""")
  List<FilingOpinion> findByFiling(long filingId);
}
