package dev.coodie4j.migrations;

/** Where a migration stands, as {@link MigrationRunner#status()} reports it. */
public enum MigrationState {
  /** Applied, and its checksum still matches. */
  APPLIED,
  /** Applied, but the migration changed since: refused until {@link MigrationRunner#repair()}. */
  CHECKSUM_MISMATCH,
  /** Not applied yet (or rolled back). */
  PENDING,
  /** Its last run failed; it runs again on the next {@code migrate}. */
  FAILED,
  /** The version an existing schema was adopted at ({@link MigrationRunner#baseline}). */
  BASELINE,
  /** At or below the baseline: never run. */
  BELOW_BASELINE,
  /** Recorded in the state table, but no such migration is found any more. */
  MISSING
}
