package cn.sd.pairing.review;

import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.filing.OpinionAction;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The task lists as set-based SQL over Camunda's task tables and the business rows (TaskListMapper.xml): a page
 * and its counts are two statements whatever the page holds, instead of engine queries per task.
 */
@Mapper
public interface TaskListMapper {
  /** An open task with the filing its process belongs to (filing, change, termination or annual report). */
  record OpenRow(String id, String name, String taskKey, String processDefinitionId, Date createdAt, Date dueAt,
      String assignee, String assigneeName, Long filingId, String zoneName, String universityName,
      String cityName) {}

  /** Open tasks of one step: how many, how many overdue. */
  record StepCount(String taskKey, String name, long tasks, long overdue) {}

  /** A finished task of the caller with its filing and the caller's decision on it. */
  record DoneRow(String id, String name, String taskKey, Date createdAt, Date endedAt, Long filingId,
      String zoneName, String universityName, String cityName, FilingStatus filingStatus, String filingNo,
      OpinionAction action, String opinion) {}

  /** A page of the open tasks offered to the groups (candidate links; assigned ones included), newest first. */
  List<OpenRow> findOpen(@Param("groups") List<String> groups, @Param("query") TaskQuery query,
      @Param("limit") int limit, @Param("offset") int offset);

  /** The open tasks of the groups matching the query's filters except the step, counted per step. */
  List<StepCount> countOpen(@Param("groups") List<String> groups, @Param("query") TaskQuery query);

  /** One open task when it is offered to the groups, else null. */
  OpenRow findOpenById(@Param("groups") List<String> groups, @Param("id") String id);

  /** A page of the tasks the user completed, newest first. */
  List<DoneRow> findDone(@Param("username") String username, @Param("userId") long userId,
      @Param("query") TaskQuery query, @Param("limit") int limit, @Param("offset") int offset);

  long countDone(@Param("username") String username, @Param("query") TaskQuery query);
}
