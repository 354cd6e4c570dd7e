package dev.coodie4j;

/** The live table differs from the entity in a way {@code sync} must not change (primary key, column type). */
public final class SchemaMismatchException extends CoodieException {
  private static final long serialVersionUID = 1L;

  public SchemaMismatchException(String message) {
    super(message);
  }
}
