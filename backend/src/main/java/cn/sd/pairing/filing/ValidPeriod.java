package cn.sd.pairing.filing;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The cooperation period ends after it starts; reported on field endDate. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPeriod.Validator.class)
public @interface ValidPeriod {
  String message() default "合作结束日期应晚于开始日期";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidPeriod, FilingForm> {
    @Override
    public boolean isValid(FilingForm form, ConstraintValidatorContext context) {
      if (form.startDate() == null || form.endDate() == null || form.endDate().isAfter(form.startDate())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("endDate")
          .addConstraintViolation();
      return false;
    }
  }
}
