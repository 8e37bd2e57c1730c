package cn.sd.pairing.audit;

import cn.sd.pairing.common.ApiException;
import cn.sd.pairing.security.UserPrincipal;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs {@link Audited} methods; see there. Outermost of the advice chain, so it owns the transaction. */
class AuditedInterceptor implements MethodInterceptor {
  private static final Logger log = LoggerFactory.getLogger(AuditedInterceptor.class);
  private final ObjectProvider<AuditLog> audit;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  private final ExpressionParser parser = new SpelExpressionParser();
  private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

  AuditedInterceptor(ObjectProvider<AuditLog> audit, ObjectProvider<PlatformTransactionManager> transactions) {
    this.audit = audit;
    this.transactions = transactions;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    Method method = invocation.getMethod();
    Audited spec = AnnotationUtils.findAnnotation(method, Audited.class);
    // an audited call inside another transaction leaves the failure to whoever owns that transaction
    boolean ownsTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
    try {
      return new TransactionTemplate(transactions.getObject()).execute(tx -> {
        Object result = proceed(invocation);
        audit.getObject().record(actor(invocation), spec.value(), AuditResult.SUCCESS,
            eval(spec.target(), invocation, result), eval(spec.detail(), invocation, result));
        return result;
      });
    } catch (Wrapped wrapped) {
      throw failed(spec, invocation, wrapped.getCause(), ownsTransaction);
    } catch (RuntimeException | Error e) {
      throw failed(spec, invocation, e, ownsTransaction);
    }
  }

  private Throwable failed(Audited spec, MethodInvocation invocation, Throwable e, boolean ownsTransaction) {
    if (!ownsTransaction) {
      return e;
    }
    AuditResult result = e instanceof ApiException api && api.status() == HttpStatus.FORBIDDEN
        ? AuditResult.DENIED : AuditResult.FAILURE;
    String reason = e instanceof ApiException api ? api.getMessage() : e.getClass().getSimpleName();
    try {
      audit.getObject().recordAlone(actor(invocation), spec.value(), result, eval(spec.target(), invocation, null), reason);
    } catch (RuntimeException auditFailure) {
      // the original failure is what the caller must see; this one is for the operators
      log.error("Could not audit the failure of {}", spec.value(), auditFailure);
    }
    return e;
  }

  /** The user the method acts for (a UserPrincipal parameter), else the signed-in one. */
  private static AuditLog.Actor actor(MethodInvocation invocation) {
    for (Object argument : invocation.getArguments()) {
      if (argument instanceof UserPrincipal user) {
        return AuditLog.Actor.of(user);
      }
    }
    return AuditLog.currentActor();
  }

  private String eval(String expression, MethodInvocation invocation, Object result) {
    if (expression.isEmpty()) {
      return null;
    }
    MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, invocation.getMethod(),
        invocation.getArguments(), names);
    context.setVariable("result", result);
    try {
      Object value = parser.parseExpression(expression).getValue(context);
      return value == null ? null : value.toString();
    } catch (RuntimeException e) {
      // e.g. #result.id() of a failed call: the row is still written, without that field
      return null;
    }
  }

  private static Object proceed(MethodInvocation invocation) {
    try {
      return invocation.proceed();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable checked) {
      throw new Wrapped(checked);
    }
  }

  /** Carries a checked exception through the transaction callback. */
  private static final class Wrapped extends RuntimeException {
    Wrapped(Throwable cause) {
      super(cause);
    }
  }
}
