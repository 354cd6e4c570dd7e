package dev.coodie4j.migrations;

import dev.coodie4j.CoodieException;

/** A migration operation refused or failed; its subclasses name each case, the message says what to do. */
public class MigrationException extends CoodieException {
  private static final long serialVersionUID = 1L;

  public MigrationException(String message) {
    super(message);
  }

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
