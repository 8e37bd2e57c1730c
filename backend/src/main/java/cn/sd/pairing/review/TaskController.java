package cn.sd.pairing.review;

import cn.sd.pairing.filing.FilingViews.Detail;
import cn.sd.pairing.security.UserPrincipal;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
public class TaskController {
  private final ReviewService reviews;

  public TaskController(ReviewService reviews) {
    this.reviews = reviews;
  }

  @GetMapping
  public List<TaskView> todo(@AuthenticationPrincipal UserPrincipal user) {
    return reviews.todo(user);
  }

  @PostMapping("/{id}/complete")
  public Detail complete(@PathVariable String id, @Valid @RequestBody CompleteTaskRequest request,
      @AuthenticationPrincipal UserPrincipal user) {
    return reviews.complete(id, request, user);
  }
}
