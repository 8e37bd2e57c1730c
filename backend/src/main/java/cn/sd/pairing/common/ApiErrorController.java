package cn.sd.pairing.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside controllers (firewall, filters, container) also leave as a Chinese ErrorBody. */
@RestController
public class ApiErrorController implements ErrorController {

  @RequestMapping("/error")
  public ResponseEntity<ErrorBody> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
        ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    String message = switch (status) {
      case BAD_REQUEST -> "请求格式不正确";
      case UNAUTHORIZED -> "请先登录";
      case FORBIDDEN -> "无权访问";
      case NOT_FOUND -> "请求的资源不存在";
      case METHOD_NOT_ALLOWED -> "不支持该请求方式";
      case PAYLOAD_TOO_LARGE -> "提交的内容过大";
      default -> status.is4xxClientError() ? "请求无法处理" : "系统繁忙，请稍后重试";
    };
    return ResponseEntity.status(status).body(ErrorBody.of(status.value(), message));
  }
}
