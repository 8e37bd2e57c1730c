package cn.sd.pairing.filing;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FilingMapper {
  Filing findVisible(@Param("id") long id, @Param("scope") FilingScope scope);

  List<Filing> findPage(@Param("scope") FilingScope scope, @Param("query") FilingQuery query,
      @Param("offset") int offset, @Param("limit") int limit);

  long count(@Param("scope") FilingScope scope, @Param("query") FilingQuery query);

  Filing findById(long id);

  List<Filing> findByProcessInstanceIds(@Param("ids") Collection<String> processInstanceIds);

  void insert(Filing filing);

  /** Saves the content when the row still has filing.version (then adds one); 0 = changed meanwhile. */
  int updateContent(Filing filing);

  /** Locks the filing row until the transaction ends; null when there is no such filing. */
  FilingStatus lockStatus(@Param("id") long id);

  List<FilingProject> findProjects(@Param("filingId") long filingId);

  void deleteProjects(@Param("filingId") long filingId);

  void insertProjects(@Param("filingId") long filingId, @Param("projects") List<FilingProject> projects);

  List<FilingPlatform> findPlatforms(@Param("filingId") long filingId);

  void deletePlatforms(@Param("filingId") long filingId);

  void insertPlatforms(@Param("filingId") long filingId, @Param("platforms") List<FilingPlatform> platforms);

  int markSubmitted(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
      @Param("at") LocalDateTime at);

  int updateStatus(@Param("id") long id, @Param("status") FilingStatus status, @Param("at") LocalDateTime at);

  /** The change filings and terminations of a pairing that have a process, oldest first. */
  List<FilingTimeline.FollowUpRow> findFollowUps(@Param("filingId") long filingId);

  /** The open tasks of a process instance (ACT_RU_TASK read directly: one plain query for every filing detail). */
  List<FilingViews.CurrentTask> findCurrentTasks(@Param("processInstanceId") String processInstanceId);

  /** Units/teams that joined the pairing through approved changes, in the order they joined. */
  List<FilingViews.Participant> findParticipants(@Param("filingId") long filingId);

  int markApproved(@Param("id") long id, @Param("year") int year, @Param("seq") int seq,
      @Param("filingNo") String filingNo, @Param("at") LocalDateTime at);
}
