package dev.coodie4j.migrations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One migration as the runner sees it: found (in a file or class) and what the state table records of it.
 *
 * @param checksum the recorded checksum, or the found one when nothing is recorded
 * @param statements the statements the last run sent, in order (for a failed run, those that ran)
 * @param error the last run's failure, or null
 */
public record MigrationInfo(String version, String description, MigrationState state, String checksum,
    @Nullable Instant appliedAt, @Nullable String appliedBy, long durationMillis, List<String> statements,
    @Nullable String error) {
  public MigrationInfo {
    statements = List.copyOf(statements);
  }
}
