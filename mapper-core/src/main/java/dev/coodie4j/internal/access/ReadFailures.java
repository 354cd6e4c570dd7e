package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;

/** Failures of building an entity from a row, named after the entity. */
public final class ReadFailures {
  private ReadFailures() {}

  /**
   * The failure with the entity class in front. A CoodieException of the driver already names the column and the
   * value; its own cause, the driver's exception, stays the cause. Anything else came from the entity's constructor
   * or setters.
   */
  static CoodieException of(Class<?> type, Throwable failure) {
    if (failure instanceof CoodieException named) {
      return new CoodieException(type.getSimpleName() + ": cannot read a row: " + named.getMessage(),
          named.getCause() != null ? named.getCause() : named);
    }
    return new CoodieException(type.getSimpleName() + ": its constructor or a setter threw " + failure
        + " while reading a row: make " + type.getName() + " accept every value the table can hold", failure);
  }
}
