package dev.coodie4j.internal;

/**
 * The start of an error message ("Product update of 'price': "), kept as parts and put into words only when an error
 * is thrown, so that checking a valid call builds no string.
 */
record ErrorLabel(Class<?> entity, String separator, String operation, String property) {
  /** {@code Entity operation 'property': }. */
  static ErrorLabel of(Class<?> entity, String operation, String property) {
    return new ErrorLabel(entity, " ", operation, property);
  }

  /** {@code Entity.operation: }. */
  static ErrorLabel method(Class<?> entity, String operation) {
    return new ErrorLabel(entity, ".", operation, null);
  }

  @Override
  public String toString() {
    return entity.getSimpleName() + separator + operation + (property == null ? "" : " '" + property + "'") + ": ";
  }
}
