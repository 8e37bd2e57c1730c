package cn.sd.pairing.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int status, String message, List<FieldMessage> fieldErrors) {
  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, List.of());
  }
}
