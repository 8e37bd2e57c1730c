package cn.sd.pairing.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The audit trail: appends, searches, the verification walk and the retention purge; never an update of a row. */
@Mapper
public interface AuditMapper {
  record ChainHead(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {}

  /** Locks the head row: appends of concurrent transactions (and cluster nodes) wait here. */
  @Select("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
  ChainHead lockHead();

  @Select("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain WHERE id = 1")
  ChainHead head();

  @Update("UPDATE audit_chain SET last_seq = #{seq}, last_hash = #{hash} WHERE id = 1")
  void advance(@Param("seq") long seq, @Param("hash") String hash);

  @Update("UPDATE audit_chain SET anchor_seq = #{seq}, anchor_hash = #{hash} WHERE id = 1")
  void moveAnchor(@Param("seq") long seq, @Param("hash") String hash);

  @Insert("""
      INSERT INTO audit_event (seq, occurred_at, user_id, username, org_id, org_name, ip, event, result, target, detail,
                               prev_hash, hash)
      VALUES (#{seq}, #{occurredAt}, #{userId}, #{username}, #{orgId}, #{orgName}, #{ip}, #{event}, #{result}, #{target},
              #{detail}, #{prevHash}, #{hash})""")
  void insert(AuditRecord record);

  /** A batch of the chain in order, for verification. */
  @Select("SELECT * FROM audit_event WHERE seq > #{after} ORDER BY seq LIMIT #{limit}")
  List<AuditRecord> chainAfter(@Param("after") long after, @Param("limit") int limit);

  /** The newest row older than the cutoff: the purge deletes up to it and anchors the chain there. */
  @Select("SELECT * FROM audit_event WHERE occurred_at < #{cutoff} ORDER BY seq DESC LIMIT 1")
  AuditRecord lastBefore(LocalDateTime cutoff);

  @Delete("DELETE FROM audit_event WHERE seq <= #{seq}")
  int deleteUpTo(long seq);

  // searches: mapper/AuditMapper.xml
  List<AuditRecord> search(@Param("f") AuditFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  long count(@Param("f") AuditFilter filter);
}
