package dev.coodie4j.table;

import dev.coodie4j.CoodieException;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one entity of a bulk save ({@link AsyncEntityTable#saveAll}): saved, or failed with the mapper's
 * exception. A failed row is reported with its entity, never dropped.
 *
 * @param entity the entity as it was given
 * @param failure why it was not saved; empty when it was
 */
public record SaveResult<T>(T entity, Optional<CoodieException> failure) {
  public SaveResult {
    Objects.requireNonNull(failure, "failure");
  }

  /** Whether the row was written (acknowledged at the statement's consistency level). */
  public boolean saved() {
    return failure.isEmpty();
  }
}
