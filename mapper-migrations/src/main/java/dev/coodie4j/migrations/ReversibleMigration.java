package dev.coodie4j.migrations;

/** A {@link Migration} that can be undone by {@link MigrationRunner#rollback(int)}. */
public interface ReversibleMigration extends Migration {
  /** Undoes what {@link #upgrade} did. */
  void downgrade(MigrationContext context) throws Exception;
}
