package cn.sd.pairing.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every request body is validated at the door (issue 7, point 5): each @RequestBody parameter carries @Valid, and
 * its record bounds what a caller can send — every text has a size or pattern, every list a size, every nested
 * record (or list of them) is itself @Valid. Found by reflection over all controllers, so a new endpoint cannot
 * forget it.
 */
class RequestBodyValidationTest {
  /**
   * Forms whose service runs the same Bean Validation itself, first thing, together with the rules only it can
   * check (draft or submission, the reason of a change, its units), so that one answer lists every problem of
   * the form: a @Valid at the door would answer in two rounds. Their records must still be bounded.
   */
  static final Set<String> VALIDATED_BY_THEIR_SERVICE = Set.of("FilingForm", "ChangeForm");

  @Test
  void everyRequestBodyIsValidAndBounded() throws Exception {
    List<Class<?>> controllers = controllers();
    assertThat(controllers).hasSizeGreaterThan(10);
    Set<String> problems = new TreeSet<>();
    int bodies = 0;
    for (Class<?> controller : controllers) {
      for (Method method : controller.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (!parameter.isAnnotationPresent(RequestBody.class)) {
            continue;
          }
          bodies++;
          String where = controller.getSimpleName() + "." + method.getName();
          if (!parameter.isAnnotationPresent(Valid.class)
              && !VALIDATED_BY_THEIR_SERVICE.contains(parameter.getType().getSimpleName())) {
            problems.add(where + ": @RequestBody without @Valid");
          }
          checkBounded(parameter.getType(), where, problems, new HashSet<>());
        }
      }
    }
    assertThat(bodies).as("request bodies found").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static List<Class<?>> controllers() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    List<Class<?>> result = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("cn.sd.pairing")) {
      result.add(Class.forName(candidate.getBeanClassName()));
    }
    return result;
  }

  /** The record's texts and lists have bounds, and its nested records are validated in turn. */
  private static void checkBounded(Class<?> type, String where, Set<String> problems, Set<Class<?>> seen)
      throws NoSuchFieldException {
    if (!type.isRecord() || !seen.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Field field = type.getDeclaredField(component.getName());
      String name = where + " → " + type.getSimpleName() + "." + component.getName();
      AnnotatedType annotated = field.getAnnotatedType();
      Class<?> raw = component.getType();
      if (raw == String.class && !hasConstraint(field.getAnnotations(), annotated.getAnnotations())) {
        problems.add(name + ": text without a size or pattern");
      } else if (Collection.class.isAssignableFrom(raw)) {
        if (!hasConstraint(field.getAnnotations(), annotated.getAnnotations())) {
          problems.add(name + ": list without a size");
        }
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
          AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
          Class<?> elementType = element.getType() instanceof Class<?> c ? c : Object.class;
          if (elementType == String.class && !hasConstraint(element.getAnnotations())) {
            problems.add(name + ": list of texts without a size per item");
          }
          if (elementType.isRecord()) {
            if (!element.isAnnotationPresent(Valid.class)) {
              problems.add(name + ": list of records without @Valid on its items");
            }
            checkBounded(elementType, where, problems, seen);
          }
        }
      } else if (raw.isRecord()) {
        if (!field.isAnnotationPresent(Valid.class) && !annotated.isAnnotationPresent(Valid.class)) {
          problems.add(name + ": nested record without @Valid");
        }
        checkBounded(raw, where, problems, seen);
      }
    }
  }

  private static boolean hasConstraint(Annotation[]... groups) {
    return Arrays.stream(groups).flatMap(Arrays::stream)
        .anyMatch(a -> a.annotationType().isAnnotationPresent(Constraint.class));
  }
}
