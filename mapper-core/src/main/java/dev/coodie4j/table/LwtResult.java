package dev.coodie4j.table;

import java.util.Optional;

/**
 * The outcome of a conditional write (a lightweight transaction). Not being applied is an outcome, not an error.
 *
 * @param applied whether the write took effect
 * @param current when not applied, the row as it is now, if the server returned one (an insert that found its key
 *     taken returns the existing row; a delete that found no row returns none)
 */
public record LwtResult<T>(boolean applied, Optional<T> current) {
  private static final LwtResult<?> APPLIED = new LwtResult<>(true, Optional.empty());

  @SuppressWarnings("unchecked")
  public static <T> LwtResult<T> wasApplied() {
    return (LwtResult<T>) APPLIED;
  }

  public static <T> LwtResult<T> notApplied(Optional<T> current) {
    return new LwtResult<>(false, current);
  }
}
