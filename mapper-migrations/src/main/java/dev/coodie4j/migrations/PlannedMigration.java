package dev.coodie4j.migrations;

import java.util.List;

/** A pending migration and the CQL it would send, from {@link MigrationRunner#dryRun()}. */
public record PlannedMigration(String version, String description, List<String> statements) {
  public PlannedMigration {
    statements = List.copyOf(statements);
  }
}
