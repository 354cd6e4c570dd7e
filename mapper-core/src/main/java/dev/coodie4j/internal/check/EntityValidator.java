package dev.coodie4j.internal.check;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.EntityValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bean Validation before writes; entities without constraints cost one map lookup. Without a Bean Validation provider
 * on the classpath (Hibernate Validator is an optional dependency) an entity that declares constraints is refused at
 * introspection, and one that declares none is written unchecked.
 */
public final class EntityValidator {
  private static volatile Validator shared;
  private static volatile boolean noProvider;

  private final Validator validator;
  private final Map<Class<?>, Boolean> constrained = new ConcurrentHashMap<>();

  private EntityValidator(Validator validator) {
    this.validator = validator;
  }

  /** Validation through the user's validator. */
  public static EntityValidator of(Validator validator) {
    return new EntityValidator(validator);
  }

  /**
   * The default provider, built once per JVM; for Hibernate Validator with messages interpolated without an expression
   * language. Without a provider, a validator that refuses constrained entities.
   */
  public static EntityValidator withDefaultValidator() {
    Validator validator = shared;
    if (validator == null && !noProvider) {
      synchronized (EntityValidator.class) {
        if (shared == null && !noProvider) {
          shared = buildDefault();
          noProvider = shared == null;
        }
        validator = shared;
      }
    }
    return new EntityValidator(validator);
  }

  private static Validator buildDefault() {
    try {
      var configuration = Validation.byDefaultProvider().configure();
      if (dev.coodie4j.internal.metadata.OptionalLibraries.present("org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator")) {
        configuration.messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator());
      }
      return configuration.buildValidatorFactory().getValidator();
    } catch (ValidationException e) {
      return null; // no provider: constrains(...) refuses constrained entities
    }
  }



  public void validate(Object entity) {
    Class<?> type = entity.getClass();
    if (!constrains(type)) {
      return;
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(entity);
    if (!violations.isEmpty()) {
      throw new EntityValidationException(type, violations);
    }
  }

  /** Checks a value an update sets against the constraints of the property. */
  public void validateValue(Class<?> type, String property, Object value) {
    if (!constrains(type)) {
      return;
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Set<ConstraintViolation<?>> violations = (Set) validator.validateValue(type, property, value);
    if (!violations.isEmpty()) {
      throw new EntityValidationException(type, violations);
    }
  }

  /**
   * Whether the class declares constraints, asked once per table so that writes need not ask; refuses, at
   * introspection, an entity with constraints that no provider can check.
   */
  public boolean constrains(Class<?> type) {
    Boolean known = constrained.get(type); // on every write: no capturing lambda once the answer is known
    return known != null ? known : constrained.computeIfAbsent(type, t -> {
      if (validator != null) {
        return validator.getConstraintsForClass(t).isBeanConstrained();
      }
      String constraint = ConstraintScan.firstConstraint(t);
      if (constraint != null) {
        throw new EntityDefinitionException(t, constraint + " is a Bean Validation constraint, but no Bean Validation "
            + "provider is on the classpath: add org.hibernate.validator:hibernate-validator, or switch validation off "
            + "with Mapper.builder(..).validation(false)");
      }
      return false;
    });
  }
}
