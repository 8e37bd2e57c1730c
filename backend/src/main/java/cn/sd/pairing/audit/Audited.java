package cn.sd.pairing.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Audits a service method: it runs in a transaction that also appends a SUCCESS row when it
 * returns; when it fails (after the rollback) a FAILURE row, or DENIED for a 403, is appended on
 * its own. {@code target} and {@code detail} are SpEL over the parameters ({@code #id}) and the
 * return value ({@code #result}); they must never yield a password, token or phone number.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
  AuditEventType value();

  String target() default "";

  String detail() default "";
}
