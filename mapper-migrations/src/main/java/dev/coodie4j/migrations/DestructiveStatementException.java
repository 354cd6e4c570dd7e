package dev.coodie4j.migrations;

/** A DROP or TRUNCATE in a migration that does not declare itself destructive; refused before it is sent. */
public final class DestructiveStatementException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public DestructiveStatementException(String version, String where, String statement) {
    super("migration " + version + " (" + where + ") holds a destructive statement but is not declared destructive: '"
        + statement + "'. Nothing of it ran. If dropping is intended, declare it: destructive() returning true in "
        + "Java, or a line '-- coodie4j: destructive' in a .cql file");
  }
}
