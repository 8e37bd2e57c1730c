package cn.sd.pairing.config;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * The DMN engine's FEEL with each expression parsed once. Camunda's FEEL integration parses the text of every input
 * expression, input entry and output entry again on each evaluation; for the support-measures table (11 inputs, 20
 * rules) that was ~12 % of the application's CPU in bench/lifecycle (bench/RESULTS.md, session 7). Evaluation is the
 * FEEL engine's own, with the contexts Camunda builds: only the parsing is remembered, keyed by the expression's text.
 */
@Component
public class FeelParseCachePlugin extends AbstractProcessEnginePlugin {
  /** Expressions come from deployed tables only; past this many distinct texts the cache starts afresh. */
  static final int MAX_EXPRESSIONS = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(CachingScalaFeelEngine::new);
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** Camunda's FEEL integration (contexts, value mappers) on top of {@link ParsedOnce}. */
  static final class CachingScalaFeelEngine extends ScalaFeelEngine {
    CachingScalaFeelEngine() {
      super(List.of());
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, ValueMapper.CompositeValueMapper values) {
      return new ParsedOnce(functions, values);
    }

    /** How many distinct expression texts have been parsed and kept. */
    int parsedCount() {
      return ((ParsedOnce) feelEngine).cachedCount();
    }
  }

  /** Camunda's FEEL engine (external functions off, as ScalaFeelEngine builds it) remembering parsed expressions. */
  static final class ParsedOnce extends FeelEngine {
    private static final Function1<Object, Object> AS_BOOLEAN =
        result -> BoxesRunTime.boxToBoolean(BoxesRunTime.unboxToBoolean(result));

    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    ParsedOnce(FunctionProvider functions, ValueMapper values) {
      super(functions, values, new FeelEngine.Configuration(false), FeelEngineClock.SystemClock$.MODULE$);
    }

    @Override
    public Either<FeelEngine.Failure, Object> evalExpression(String expression, Context context) {
      return evalParsed(parsed(expressions, expression, false), context);
    }

    /** As FeelEngine's own: the tests' result as a boolean. */
    @Override
    public Either<FeelEngine.Failure, Object> evalUnaryTests(String expression, Context context) {
      return evalParsed(parsed(unaryTests, expression, true), context).map(AS_BOOLEAN);
    }

    int cachedCount() {
      return expressions.size() + unaryTests.size();
    }

    private Either<FeelEngine.Failure, ParsedExpression> parsed(
        Map<String, Either<FeelEngine.Failure, ParsedExpression>> cache, String expression, boolean tests) {
      Either<FeelEngine.Failure, ParsedExpression> hit = cache.get(expression);
      if (hit != null) {
        return hit;
      }
      if (cache.size() >= MAX_EXPRESSIONS) {
        cache.clear();
      }
      Either<FeelEngine.Failure, ParsedExpression> parsed =
          tests ? parseUnaryTests(expression) : parseExpression(expression);
      cache.put(expression, parsed);
      return parsed;
    }

    @SuppressWarnings("unchecked")
    private Either<FeelEngine.Failure, Object> evalParsed(Either<FeelEngine.Failure, ParsedExpression> parsed,
        Context context) {
      if (parsed instanceof Right<?, ?> right) {
        return eval((ParsedExpression) right.value(), context);
      }
      return (Either<FeelEngine.Failure, Object>) (Either<?, ?>) parsed;
    }
  }
}
