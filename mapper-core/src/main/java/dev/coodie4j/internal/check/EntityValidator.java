package dev.coodie4j.internal.check;

import dev.coodie4j.EntityValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Bean Validation before writes; entities without constraints cost one map lookup. */
public final class EntityValidator {
  private static volatile Validator shared;

  private final Validator validator;
  private final Map<Class<?>, Boolean> constrained = new ConcurrentHashMap<>();

  public EntityValidator(Validator validator) {
    this.validator = validator;
  }

  /** Hibernate Validator, built once per JVM, with messages interpolated without an expression language. */
  public static EntityValidator withDefaultValidator() {
    Validator validator = shared;
    if (validator == null) {
      synchronized (EntityValidator.class) {
        if (shared == null) {
          shared = Validation.byDefaultProvider().configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory()
              .getValidator();
        }
        validator = shared;
      }
    }
    return new EntityValidator(validator);
  }

  public void validate(Object entity) {
    Class<?> type = entity.getClass();
    if (!constrained.computeIfAbsent(type, t -> validator.getConstraintsForClass(t).isBeanConstrained())) {
      return;
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(entity);
    if (!violations.isEmpty()) {
      throw new EntityValidationException(type, violations);
    }
  }

  /** Checks a value an update sets against the constraints of the property. */
  public void validateValue(Class<?> type, String property, Object value) {
    if (!constrained.computeIfAbsent(type, t -> validator.getConstraintsForClass(t).isBeanConstrained())) {
      return;
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Set<ConstraintViolation<?>> violations = (Set) validator.validateValue(type, property, value);
    if (!violations.isEmpty()) {
      throw new EntityValidationException(type, violations);
    }
  }
}
