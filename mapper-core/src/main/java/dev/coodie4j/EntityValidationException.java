package dev.coodie4j;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An entity (or a value set by an update) broke its Bean Validation constraints; nothing was sent. */
public final class EntityValidationException extends CoodieException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConstraintViolation<?>> violations;

  public EntityValidationException(Class<?> entityClass, Set<? extends ConstraintViolation<?>> violations) {
    super(entityClass.getSimpleName() + " is not valid, nothing was written:\n  - " + violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")")
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining("\n  - ")));
    this.violations = List.copyOf(violations);
  }

  /** The violated constraints. */
  public List<ConstraintViolation<?>> violations() {
    return violations;
  }
}
