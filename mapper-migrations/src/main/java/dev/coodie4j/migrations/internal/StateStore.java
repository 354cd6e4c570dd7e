package dev.coodie4j.migrations.internal;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.migrations.MigrationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state table {@code coodie4j_migrations} of the target keyspace: one row per version with description,
 * checksum, outcome, when, by whom, how long, the statements sent, the error, and the resume points of its scans.
 * Read and written at QUORUM, so that every runner sees what another recorded.
 */
public final class StateStore {
  public static final String TABLE = "coodie4j_migrations";
  private static final WriteOptions QUORUM = WriteOptions.defaults().withConsistency(Consistency.QUORUM);

  /** Outcomes as stored. */
  public enum Outcome { APPLIED, FAILED, BASELINE, ROLLED_BACK }

  /** One row. */
  public record Row(String version, String description, String checksum, Outcome outcome, @Nullable Instant appliedAt,
      @Nullable String appliedBy, long durationMillis, List<String> statements, @Nullable String error,
      Map<String, String> scans) {}

  private final Mapper mapper;
  private final String table;

  public StateStore(Mapper mapper, String keyspace) {
    this.mapper = mapper;
    this.table = quote(keyspace) + "." + TABLE;
  }

  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** Creates the table if it does not exist. */
  public void create() {
    Stages.join(mapper.driver().executeSchemaChange("CREATE TABLE IF NOT EXISTS " + table + " (version text PRIMARY KEY, "
        + "description text, checksum text, outcome text, applied_at timestamp, applied_by text, duration_ms bigint, "
        + "statements list<text>, error text, scans map<text, text>)"));
  }

  /** Every row, in version order. */
  public List<Row> all() {
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> row : mapper.cql("SELECT version, description, checksum, outcome, applied_at, applied_by, "
        + "duration_ms, statements, error, scans FROM " + table).idempotent(true).options(QUORUM).maps()) {
      rows.add(toRow(row));
    }
    rows.sort((a, b) -> Versions.compare(a.version(), b.version()));
    return rows;
  }

  /** The resume points of a version's scans (empty when none). */
  public Map<String, String> scans(String version) {
    List<Map<String, Object>> rows = mapper.cql("SELECT scans FROM " + table + " WHERE version = ?", version)
        .idempotent(true).options(QUORUM).maps();
    if (rows.isEmpty() || rows.get(0).get("scans") == null) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, String> scans = (Map<String, String>) rows.get(0).get("scans");
    return new HashMap<>(scans);
  }

  /** Records a scan's resume point. */
  public void saveScan(String version, String key, String value) {
    mapper.cql("UPDATE " + table + " SET scans[?] = ? WHERE version = ?", key, value, version).idempotent(true)
        .options(QUORUM).execute();
  }

  /** Writes the outcome of a run (the scans' resume points are kept). */
  public void record(String version, String description, String checksum, Outcome outcome, Instant at, String by,
      long durationMillis, List<String> statements, @Nullable String error) {
    mapper.cql("UPDATE " + table + " SET description = ?, checksum = ?, outcome = ?, applied_at = ?, applied_by = ?, "
            + "duration_ms = ?, statements = ?, error = ? WHERE version = ?", description, checksum, outcome.name(), at,
            by, durationMillis, List.copyOf(statements), error, version)
        .idempotent(true).options(QUORUM).execute();
  }

  /** Sets the checksum of an applied version ({@code repair}). */
  public void updateChecksum(String version, String checksum) {
    mapper.cql("UPDATE " + table + " SET checksum = ? WHERE version = ?", checksum, version).idempotent(true)
        .options(QUORUM).execute();
  }

  /** Drops the scans' resume points of a version, once it is applied or rolled back. */
  public void clearScans(String version) {
    mapper.cql("DELETE scans FROM " + table + " WHERE version = ?", version).idempotent(true).options(QUORUM).execute();
  }

  @SuppressWarnings("unchecked")
  private static Row toRow(Map<String, Object> row) {
    Object statements = row.get("statements");
    Object scans = row.get("scans");
    Object duration = row.get("duration_ms");
    String outcome = (String) row.get("outcome");
    if (outcome == null) { // a row holding only scan progress: a run that died before recording its outcome
      outcome = Outcome.FAILED.name();
    }
    try {
      return new Row((String) row.get("version"), String.valueOf(row.get("description")),
          String.valueOf(row.get("checksum")), Outcome.valueOf(outcome), (Instant) row.get("applied_at"),
          (String) row.get("applied_by"), duration == null ? 0 : (Long) duration,
          statements == null ? List.of() : (List<String>) statements, (String) row.get("error"),
          scans == null ? Map.of() : (Map<String, String>) scans);
    } catch (IllegalArgumentException e) {
      throw new MigrationException("the state table " + TABLE + " holds an unknown outcome '" + outcome
          + "' for version " + row.get("version") + ": was it written by another tool?", e);
    }
  }
}
