package dev.coodie4j.migrations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration failed part way. The state table records it as failed with the statements that ran; fix the cause and
 * migrate again: the migration runs again from its start (make its statements safe to repeat, {@code IF NOT EXISTS}),
 * and its scans resume where they stopped.
 */
public class MigrationFailedException extends MigrationException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final List<String> statementsRun;
  private final @Nullable String failedStatement;

  public MigrationFailedException(String version, String description, List<String> statementsRun,
      @Nullable String failedStatement, String reason, Throwable cause) {
    super("migration " + version + " (" + description + ") failed" + (failedStatement == null ? ""
        : " at '" + failedStatement + "'") + ": " + reason + ". Statements that ran before: "
        + (statementsRun.isEmpty() ? "none" : statementsRun) + ". It is recorded as failed; fix the cause and migrate"
        + " again", cause);
    this.version = version;
    this.statementsRun = List.copyOf(statementsRun);
    this.failedStatement = failedStatement;
  }

  public String version() {
    return version;
  }

  /** The statements that ran, in order, before the failure. */
  public List<String> statementsRun() {
    return statementsRun;
  }

  /** The statement that failed, or null when the failure was not a statement's (the migration's own code). */
  public @Nullable String failedStatement() {
    return failedStatement;
  }
}
