package dev.coodie4j.migrations;

/** Two migrations have the same version; nothing runs until one is renumbered. */
public final class DuplicateMigrationVersionException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public DuplicateMigrationVersionException(String version, String first, String second) {
    super("two migrations have version " + version + ": " + first + " and " + second
        + ". Give one of them the next free version");
  }
}
