package cn.sd.pairing.report;

import cn.sd.pairing.filing.FilingScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Annual reports and reporting cycles (mapper/AnnualReportMapper.xml). */
@Mapper
public interface AnnualReportMapper {
  // ---------------------------------------------------------------- cycles

  /** Throws DuplicateKeyException when the pairing already has its cycle. */
  void insertCycle(@Param("filingId") long filingId, @Param("firstYear") int firstYear,
      @Param("startedAt") LocalDateTime startedAt);

  void setCycleProcess(@Param("filingId") long filingId, @Param("processInstanceId") String processInstanceId);

  boolean hasCycle(@Param("filingId") long filingId);

  /**
   * Approved pairings without a cycle that still owe a report from {@code fromYear} on: not terminated and
   * their cooperation period not over before that year (start-up backfill), by id after {@code afterId}.
   */
  List<PendingCycle> findWithoutCycle(@Param("fromDate") LocalDate fromDate, @Param("afterId") long afterId,
      @Param("limit") int limit);

  /** A pairing that needs its cycle: the id and the year it was approved. */
  record PendingCycle(long filingId, int approvedYear) {}

  // ---------------------------------------------------------------- reports

  void insert(AnnualReport report);

  AnnualReport findById(@Param("id") long id);

  /** Locks the report row for the rest of the transaction (saves and submissions one after the other). */
  ReportStatus lockStatus(@Param("id") long id);

  List<AnnualReport> findByFiling(@Param("filingId") long filingId);

  /** The figures of a draft or submission; 0 when the row is no longer at the version the change read. */
  int updateFigures(@Param("r") AnnualReport report, @Param("version") Integer version);

  void markSubmitted(@Param("id") long id, @Param("at") LocalDateTime at);

  void setStatus(@Param("id") long id, @Param("status") ReportStatus status, @Param("at") LocalDateTime at);

  void markReturned(@Param("id") long id, @Param("opinion") String opinion, @Param("at") LocalDateTime at);

  void markApproved(@Param("id") long id, @Param("at") LocalDateTime at);

  /** Closes the reports of a cycle still waiting for the reporter or the city (the pairing ended). */
  int closeOpen(@Param("processInstanceId") String processInstanceId, @Param("at") LocalDateTime at);

  /** The latest opinion recorded on a step of the filing (the city's return opinion). */
  String latestOpinion(@Param("filingId") long filingId, @Param("stepKey") String stepKey);

  List<AnnualReport> findPage(@Param("scope") FilingScope scope, @Param("q") ReportQuery query,
      @Param("now") LocalDateTime now, @Param("offset") long offset, @Param("limit") int limit);

  long count(@Param("scope") FilingScope scope, @Param("q") ReportQuery query, @Param("now") LocalDateTime now);
}
