package dev.coodie4j.internal.check;

/**
 * The start of an error message ("Product update of 'price': "), kept as parts and put into words only when an error
 * is thrown, so that checking a valid call builds no string.
 */
public record ErrorLabel(Class<?> entity, String separator, String operation, String property) {
  /** {@code Entity operation 'property': }. */
  public static ErrorLabel of(Class<?> entity, String operation, String property) {
    return new ErrorLabel(entity, " ", operation, property);
  }

  /** {@code Entity.operation: }. */
  public static ErrorLabel method(Class<?> entity, String operation) {
    return new ErrorLabel(entity, ".", operation, null);
  }

  @Override
  public String toString() {
    return entity.getSimpleName() + separator + operation + (property == null ? "" : " '" + property + "'") + ": ";
  }
}
