package cn.sd.pairing.change;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Change filings, the units they add, the snapshots they are based on, and the participants approved ones added. */
@Mapper
public interface ChangeMapper {
  void insert(FilingChange change);

  /** Saves reason and proposal when the row still has change.version (then adds one); 0 = changed meanwhile. */
  int updateContent(FilingChange change);

  FilingChange findById(@Param("id") long id);

  /** Every change of a filing, newest first. */
  List<FilingChange> findByFiling(@Param("filingId") long filingId);

  /** The filing's change that is not decided yet (ChangeStatus.OPEN), or null. */
  FilingChange findOpen(@Param("filingId") long filingId);

  int updateStatus(@Param("id") long id, @Param("status") ChangeStatus status, @Param("at") LocalDateTime at);

  int markSubmitted(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
      @Param("at") LocalDateTime at);

  /** A final state with its time. */
  int decide(@Param("id") long id, @Param("status") ChangeStatus status, @Param("at") LocalDateTime at);

  void delete(@Param("id") long id);

  /** A unit/team added by a change: id and name. */
  record Unit(long id, String name) {}

  List<Unit> findUnits(@Param("changeId") long changeId);

  void deleteUnits(@Param("changeId") long changeId);

  void insertUnits(@Param("changeId") long changeId, @Param("unitIds") Collection<Long> unitIds);

  void insertSnapshot(FilingSnapshot snapshot);

  FilingSnapshot findSnapshot(@Param("changeId") long changeId);

  /** The units an approved change added become participants of the filing. */
  void insertParticipants(@Param("filingId") long filingId, @Param("changeId") long changeId,
      @Param("unitIds") Collection<Long> unitIds, @Param("at") LocalDateTime at);

  List<Long> findParticipantIds(@Param("filingId") long filingId);
}
