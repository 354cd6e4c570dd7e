package dev.coodie4j.migrations;

/** A rollback reached a migration that cannot be undone; nothing was rolled back. */
public final class IrreversibleMigrationException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public IrreversibleMigrationException(String version, String description) {
    super("migration " + version + " (" + description + ") cannot be rolled back: it has no downgrade. Implement "
        + "ReversibleMigration, add an undo file U" + version + "__<name>.cql beside a .cql migration, or write a new "
        + "migration that undoes it. Nothing was rolled back");
  }
}
