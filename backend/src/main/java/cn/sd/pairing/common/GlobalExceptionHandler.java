package cn.sd.pairing.common;

import cn.sd.pairing.audit.AuditEventType;
import cn.sd.pairing.audit.AuditLog;
import cn.sd.pairing.audit.AuditResult;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every failure leaves as {status, message, fieldErrors} in Chinese; nothing else reaches the user. */
@RestControllerAdvice
public class GlobalExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);
  private final DataSize maxUpload;
  private final AuditLog audit;

  public GlobalExceptionHandler(@Value("${pairing.attachments.max-size:20MB}") DataSize maxUpload, AuditLog audit) {
    this.maxUpload = maxUpload;
    this.audit = audit;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorBody> api(ApiException e, HttpServletRequest request) {
    if (e.status() == HttpStatus.FORBIDDEN) {
      auditDenial(request, e.getMessage());
    }
    return body(e.status(), e.getMessage(), e.fieldErrors());
  }

  /** A denial not yet audited by the action itself (see audit.Audited). */
  private void auditDenial(HttpServletRequest request, String reason) {
    if (!AuditLog.alreadyRecorded(request)) {
      try {
        audit.recordAlone(null, AuditEventType.ACCESS_DENIED, AuditResult.DENIED,
            request.getMethod() + " " + request.getRequestURI(), reason);
      } catch (RuntimeException e) {
        // The caller still gets the denial; a lost audit row is an operations alarm, not a 500 for the user.
        log.error("Could not record the denial of {} {}", request.getMethod(), request.getRequestURI(), e);
      }
    }
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
    List<FieldMessage> fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldMessage(f.getField(), f.getDefaultMessage()))
        .toList();
    return body(HttpStatus.BAD_REQUEST, "提交的内容有误，请检查标注的字段", fields);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ErrorBody> violation(ConstraintViolationException e) {
    List<FieldMessage> fields = e.getConstraintViolations().stream()
        .map(v -> new FieldMessage(parameterPath(v.getPropertyPath()), v.getMessage()))
        .toList();
    return body(HttpStatus.BAD_REQUEST, "提交的内容有误，请检查标注的字段", fields);
  }

  /** A request parameter's path without the controller method's name ("list.year" → "year"), as docs/api.md names it. */
  private static String parameterPath(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.isEmpty() ? path.toString() : field.toString();
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    // a value of the wrong type (text for a number, an unknown code, a bad date): name the field
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = jsonPath(mismatch.getPath());
      String message = "填写的内容格式不正确";
      return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", List.of(new FieldMessage(field, message)));
    }
    return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", List.of());
  }

  /** projects[2].budgetWan from Jackson's reference chain. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      }
    }
    return field.toString();
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ErrorBody> badParameter(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "请求参数不正确", List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
    // the web server's limit follows pairing.attachments.max-size (config/UploadConfig)
    long limit = maxUpload.toBytes();
    String message = limit % (1024 * 1024) == 0
        ? "文件大小超过上限（" + limit / (1024 * 1024) + "MB），请压缩后重新上传" : "上传的文件过大，请压缩后重新上传";
    return body(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldMessage("file", message)));
  }

  @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
  ResponseEntity<ErrorBody> multipart(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "请选择要上传的文件", List.of(new FieldMessage("file", "请选择要上传的文件")));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求内容类型不受支持", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return body(HttpStatus.NOT_ACCEPTABLE, "请求的内容格式不受支持", List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式", List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "请求的资源不存在", List.of());
  }

  @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
  ResponseEntity<ErrorBody> concurrent(RuntimeException e) {
    return body(HttpStatus.CONFLICT, "该事项已被他人处理或修改，请刷新后重试", List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ErrorBody> integrity(DataIntegrityViolationException e) {
    log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
    return body(HttpStatus.CONFLICT, "数据与现有记录冲突，请刷新后重试", List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ErrorBody> denied(AccessDeniedException e, HttpServletRequest request) {
    auditDenial(request, e.getClass().getSimpleName());
    return body(HttpStatus.FORBIDDEN, "无权执行该操作", List.of());
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ErrorBody> unauthenticated(AuthenticationException e) {
    // the user store could not be read: not the user's fault (Spring wraps it as an AuthenticationException)
    if (DatabaseUnavailable.causedBy(e)) {
      return unavailable(e);
    }
    return body(HttpStatus.UNAUTHORIZED, "用户名或密码错误", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorBody> unexpected(Exception e) {
    if (DatabaseUnavailable.causedBy(e)) {
      return unavailable(e);
    }
    if (lockConflict(e)) {
      // the database chose this transaction as a deadlock's victim (or it waited too long for a lock): all of it,
      // engine and business rows, was rolled back, so the user may simply do it again
      log.warn("Lock conflict, rolled back: {}", e.toString());
      return body(HttpStatus.CONFLICT, "该事项正被他人同时办理，请稍后重试", List.of());
    }
    log.error("Unexpected error", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后重试", List.of());
  }

  /** A deadlock or lock wait timeout, however Spring, MyBatis or the engine wrapped it. */
  static boolean lockConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransactionRollbackException) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ErrorBody> unavailable(Exception e) {
    log.warn("Database unavailable: {}", e.toString());
    return body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE, List.of());
  }

  /**
   * Always JSON, whatever the caller accepts or the endpoint produces (e.g. the BPMN XML of
   * /api/process-definitions/{id}/xml): without the explicit type an error of an XML endpoint
   * could not be written and ended as a 500.
   */
  private static ResponseEntity<ErrorBody> body(HttpStatus status, String message, List<FieldMessage> fields) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ErrorBody(status.value(), message, fields));
  }
}
