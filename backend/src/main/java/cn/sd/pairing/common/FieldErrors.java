package cn.sd.pairing.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Collects every field problem of one submission so the user sees them all at once. */
public final class FieldErrors {
  private final List<FieldMessage> messages = new ArrayList<>();

  public void add(String field, String message) {
    messages.add(new FieldMessage(field, message));
  }

  public boolean has(String field) {
    return messages.stream().anyMatch(m -> m.field().equals(field));
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public List<FieldMessage> messages() {
    return List.copyOf(messages);
  }

  /** The messages joined for one line of text (e.g. the reason of a rejected import row). */
  public String joined() {
    return String.join("；", messages.stream().map(FieldMessage::message).toList());
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "提交的内容有误，请检查标注的字段", messages());
    }
  }

}
