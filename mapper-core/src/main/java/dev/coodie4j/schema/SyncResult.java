package dev.coodie4j.schema;

import java.util.List;

/**
 * What {@code sync} did, or in a dry run would do.
 *
 * @param statements the CQL statements run (or to run), in order; empty when the table already matched
 * @param unmappedColumns columns of the live table that the entity does not map (left alone, and logged)
 * @param executed false for a dry run
 */
public record SyncResult(List<String> statements, List<String> unmappedColumns, boolean executed) {
  public SyncResult {
    statements = List.copyOf(statements);
    unmappedColumns = List.copyOf(unmappedColumns);
  }

  /** Whether the table already matched the entity. */
  public boolean unchanged() {
    return statements.isEmpty();
  }
}
