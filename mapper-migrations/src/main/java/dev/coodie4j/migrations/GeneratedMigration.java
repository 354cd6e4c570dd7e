package dev.coodie4j.migrations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link MigrationRunner#makeMigration} found and wrote.
 *
 * @param file the {@code .cql} file written, empty when there was nothing it could write
 * @param statements the additive statements in the file
 * @param unsafe the changes Cassandra cannot make in place, each with its plan; written as comments, never as CQL
 */
public record GeneratedMigration(Optional<Path> file, List<String> statements, List<String> unsafe) {
  public GeneratedMigration {
    statements = List.copyOf(statements);
    unsafe = List.copyOf(unsafe);
  }
}
