package cn.sd.pairing.review;

import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.review.TaskWorkViews.CcRequest;
import cn.sd.pairing.review.TaskWorkViews.DonePage;
import cn.sd.pairing.review.TaskWorkViews.Person;
import cn.sd.pairing.review.TaskWorkViews.TaskPage;
import cn.sd.pairing.review.TaskWorkViews.TransferRequest;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/tasks")
public class TaskController {
  /** Keeps (page - 1) * size an int offset. */
  private static final int MAX_PAGE = 100_000;

  private final ReviewService reviews;
  private final TaskWorkService work;

  public TaskController(ReviewService reviews, TaskWorkService work) {
    this.reviews = reviews;
    this.work = work;
  }

  /**
   * 待办: the open tasks offered to the caller, newest first, a page at a time; filters: {@code taskKey} (step),
   * {@code process}, {@code q} (filing number, zone, university, city), {@code overdue}, {@code dueFrom}/{@code dueTo}.
   */
  @GetMapping
  public TaskPage todo(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String taskKey,
      @RequestParam(required = false) TaskQuery.Process process,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") @Max(value = MAX_PAGE,
          message = "页码过大") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return reviews.todo(user, TaskQuery.of(taskKey, process, q, overdue, dueFrom, dueTo, ClockUtil.getCurrentTime()),
        page, size);
  }

  /** One open task offered to the caller (the task page); 404 unknown, 409 done, 403 not offered. */
  @GetMapping("/{id}")
  public TaskView task(@PathVariable String id, @AuthenticationPrincipal UserPrincipal user) {
    return reviews.task(id, user);
  }

  /** 已办: the tasks the caller completed, newest first; filters {@code taskKey}, {@code process}, {@code q}. */
  @GetMapping("/done")
  public DonePage done(@AuthenticationPrincipal UserPrincipal user,
      @RequestParam(required = false) String taskKey,
      @RequestParam(required = false) TaskQuery.Process process,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从1开始") @Max(value = MAX_PAGE,
          message = "页码过大") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为1")
      @Max(value = 100, message = "每页最多100条") int size) {
    return work.done(user, TaskQuery.of(taskKey, process, q, false, null, null, ClockUtil.getCurrentTime()), page,
        size);
  }

  @PostMapping("/{id}/complete")
  public Detail complete(@PathVariable String id, @Valid @RequestBody CompleteTaskRequest request,
      @AuthenticationPrincipal UserPrincipal user) {
    return reviews.complete(id, request, user);
  }

  @PostMapping("/{id}/claim")
  public TaskView claim(@PathVariable String id, @AuthenticationPrincipal UserPrincipal user) {
    return work.claim(id, user);
  }

  @PostMapping("/{id}/unclaim")
  public TaskView unclaim(@PathVariable String id, @AuthenticationPrincipal UserPrincipal user) {
    return work.unclaim(id, user);
  }

  @GetMapping("/{id}/colleagues")
  public List<Person> colleagues(@PathVariable String id, @AuthenticationPrincipal UserPrincipal user) {
    return work.colleagues(id, user);
  }

  @PostMapping("/{id}/transfer")
  public TaskView transfer(@PathVariable String id, @Valid @RequestBody TransferRequest request,
      @AuthenticationPrincipal UserPrincipal user) {
    return work.transfer(id, request, user);
  }

  @GetMapping("/{id}/cc-candidates")
  public List<Person> ccCandidates(@PathVariable String id, @AuthenticationPrincipal UserPrincipal user) {
    return work.ccCandidates(id, user);
  }

  @PostMapping("/{id}/cc")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void cc(@PathVariable String id, @Valid @RequestBody CcRequest request,
      @AuthenticationPrincipal UserPrincipal user) {
    work.cc(id, request, user);
  }
}
