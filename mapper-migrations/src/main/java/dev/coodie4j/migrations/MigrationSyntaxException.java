package dev.coodie4j.migrations;

import java.util.List;

/** The server refused a statement of a {@code .cql} migration as invalid CQL; names the file and line. */
public final class MigrationSyntaxException extends MigrationFailedException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public MigrationSyntaxException(String version, String description, String file, int line,
      List<String> statementsRun, String failedStatement, String serverMessage, Throwable cause) {
    super(version, description, statementsRun, failedStatement, "invalid CQL at " + file + ", line " + line + ": "
        + serverMessage, cause);
    this.file = file;
    this.line = line;
  }

  /** The migration file. */
  public String file() {
    return file;
  }

  /** The line of the file the error is on (1-based). */
  public int line() {
    return line;
  }
}
