package dev.coodie4j;

import java.util.List;

/**
 * A {@code sync} that stopped part way: one of its statements failed (the driver's error is the cause). It says which
 * statements ran before, so the schema is never left half changed without a word; {@code sync} again once the cause
 * is fixed, and it plans from what the live schema then holds.
 */
public final class SchemaSyncException extends CoodieException {
  private static final long serialVersionUID = 1L;

  private final transient Class<?> entityClass;
  private final String table;
  private final List<String> applied;
  private final String failed;
  private final List<String> notRun;

  public SchemaSyncException(Class<?> entityClass, String table, List<String> applied, String failed,
      List<String> notRun, Throwable cause) {
    super("sync of " + entityClass.getName() + " (table " + table + ") failed at '" + failed + "': "
        + cause.getMessage() + ". Ran before it: " + (applied.isEmpty() ? "nothing" : applied)
        + "; not run: " + (notRun.isEmpty() ? "nothing" : notRun)
        + ". Fix the cause and sync again: it plans from the live schema", cause);
    this.entityClass = entityClass;
    this.table = table;
    this.applied = List.copyOf(applied);
    this.failed = failed;
    this.notRun = List.copyOf(notRun);
  }

  /** The entity being synced. */
  public Class<?> entityClass() {
    return entityClass;
  }

  /** The table or view, qualified and quoted as in CQL. */
  public String table() {
    return table;
  }

  /** The statements that ran and succeeded before the failure, in order. */
  public List<String> applied() {
    return applied;
  }

  /** The statement that failed; it may or may not have taken effect (a timeout leaves that unknown). */
  public String failed() {
    return failed;
  }

  /** The planned statements after the failed one, not sent. */
  public List<String> notRun() {
    return notRun;
  }
}
