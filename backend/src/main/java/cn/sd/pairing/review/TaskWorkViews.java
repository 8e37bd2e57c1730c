package cn.sd.pairing.review;

import cn.sd.pairing.filing.FilingStatus;
import cn.sd.pairing.filing.OpinionAction;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Date;
import java.util.List;

/** Requests and answers of the reviewers' work management: 已办, 签收, 转办, 抄送. */
public final class TaskWorkViews {
  private TaskWorkViews() {}

  /** A task the caller completed, with the filing it belongs to and what the caller decided. */
  public record DoneTask(String id, String name, String taskKey, Long filingId, String zoneName,
      String universityName, String cityName, FilingStatus filingStatus, String filingStatusLabel, String filingNo,
      Date createdAt, Date endedAt, OpinionAction action, String actionLabel, String opinion) {}

  public record DonePage(long total, List<DoneTask> items) {}

  /**
   * A page of 待办: {@code total} and {@code overdue} count every task matching the filters; {@code steps} are the
   * steps of the caller's tasks under the other filters (the step filter's choices), with their counts.
   */
  public record TaskPage(long total, long overdue, List<StepOption> steps, List<TaskView> items) {}

  public record StepOption(String taskKey, String name, long count) {}

  /** A person who may receive a transfer or a copy. */
  public record Person(long id, String username, String displayName, long orgId, String orgName) {}

  public record TransferRequest(
      @NotNull(message = "请选择转办对象") Long toUserId,
      @NotNull(message = "请填写转办原因") @Size(min = 1, max = 500, message = "转办原因为1至500字") String reason) {}

  public record CcRequest(
      @NotEmpty(message = "请选择抄送对象") @Size(max = 50, message = "一次最多抄送50人") List<Long> userIds,
      @Size(max = 500, message = "抄送说明不能超过500字") String note) {}
}
