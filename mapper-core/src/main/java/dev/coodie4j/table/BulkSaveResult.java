package dev.coodie4j.table;

import java.util.List;

/**
 * The outcome of {@link EntityTable#saveAll}: how many rows were written, and each row that was not, with its entity
 * and the mapper's exception. Only failures are kept, so a result of millions of rows stays small.
 *
 * @param saved rows written (acknowledged at the statements' consistency level)
 * @param failures rows not written, in the order their writes ended
 */
public record BulkSaveResult<T>(long saved, List<SaveResult<T>> failures) {
  public BulkSaveResult {
    failures = List.copyOf(failures);
  }

  /** Whether every row was written. */
  public boolean allSaved() {
    return failures.isEmpty();
  }
}
