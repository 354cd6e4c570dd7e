package dev.coodie4j.migrations;

import dev.coodie4j.Mapper;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a migration works with. Statements sent through it are recorded in the state table; in a dry run they are
 * only recorded, and scans do not run. Unqualified table names are those of the runner's keyspace.
 */
public interface MigrationContext {
  /** The keyspace the runner migrates. */
  String keyspace();

  /** Whether this is a dry run: statements are recorded, not sent, so checks of their effect cannot hold. */
  boolean dryRun();

  /** The mapper the runner was built with, for typed reads and writes. */
  Mapper mapper();

  /**
   * Runs one CQL statement with bound values. Schema changes (CREATE, ALTER, DROP) take no values and are followed by
   * a wait for schema agreement at the end of the migration; DROP, TRUNCATE and {@code ALTER ... DROP} are refused
   * unless the migration is {@link Migration#destructive() destructive}.
   */
  void execute(String cql, @Nullable Object... values);

  /** Whether the keyspace exists. */
  boolean keyspaceExists(String keyspace);

  /** Whether the table exists in the runner's keyspace. */
  boolean tableExists(String table);

  /** Whether the column exists in the table of the runner's keyspace. */
  boolean columnExists(String table, String column);

  /** Whether the user-defined type exists in the runner's keyspace. */
  boolean typeExists(String type);

  /** Whether the index exists in the runner's keyspace. */
  boolean indexExists(String index);

  /**
   * Syncs the entities ({@link Mapper#sync}) into the runner's keyspace, reading the live schema every time (a mapper
   * remembers what it synced, and a rollback may have dropped it since); in a dry run, records what sync would run.
   */
  void sync(Class<?>... entityClasses);

  /** Validates the live schema against the entities ({@link Mapper#validateSchema}). */
  void validateSchema(Class<?>... entityClasses);

  /**
   * Reads every row of an entity's table, range of the token ring by range, and hands each to {@code consumer}. The
   * scan's place is kept in the state table after every page: when the migration fails (the consumer throws, a node
   * times out) and is run again, the scan resumes after the last row the consumer finished, so no row is lost and
   * none is handed over twice. Only a process killed in the middle of a page sees that page's finished rows again.
   *
   * @param name the scan's name, unique within the migration
   * @return how many rows this run handed over
   */
  <T> long scan(String name, Class<T> entityClass, ScanOptions options, RowConsumer<T> consumer);

  /** The statements sent (or, in a dry run, planned) so far by this migration. */
  List<String> statements();

  /** Handles one row of a scan. */
  @FunctionalInterface
  interface RowConsumer<T> {
    void accept(T row) throws Exception;
  }
}
