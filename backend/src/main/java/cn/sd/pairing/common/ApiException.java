package cn.sd.pairing.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A failure the caller can act on: carries the HTTP status and a Chinese message. */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final List<FieldMessage> fieldErrors;

  public ApiException(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  public ApiException(HttpStatus status, String message, List<FieldMessage> fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldMessage> fieldErrors() {
    return fieldErrors;
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message);
  }

  public static ApiException badField(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of(new FieldMessage(field, message)));
  }
}
