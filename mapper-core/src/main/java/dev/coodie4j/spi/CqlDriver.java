package dev.coodie4j.spi;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** A session on a Cassandra or ScyllaDB cluster, as the mapper uses it. Implementations are thread-safe. */
public interface CqlDriver {
  /** The keyspace the session is connected to, if any. */
  Optional<String> sessionKeyspace();

  /**
   * Prepares a statement and resolves, once, how each bind variable and result column converts to and from the Java
   * types of the spec. Fails when a Java type does not fit the column's live type.
   */
  CompletionStage<PreparedCql> prepare(StatementSpec spec);

  /**
   * Runs bindings of prepared statements as one batch.
   *
   * @param type logged, unlogged or counter
   * @param statements bindings obtained from this driver's prepared statements, fully bound
   * @param options consistency, serial consistency and timeout of the batch
   * @param idempotent whether the whole batch may be retried
   * @param timestampMicros the batch's write timestamp, or null for the server's
   */
  CompletionStage<ResultPage> executeBatch(dev.coodie4j.batch.BatchType type, java.util.List<Binding> statements,
      ExecutionOptions options, boolean idempotent, @Nullable Long timestampMicros);

  /**
   * Runs one DDL statement. Completes with true when the driver has already seen every reachable node agree on the
   * schema after it; with false when it did not check or they did not agree yet, and the mapper then waits with
   * {@link #awaitSchemaAgreement()}.
   */
  default CompletionStage<Boolean> executeSchemaChange(String cql) {
    return executeSchemaChange(cql, null);
  }

  /**
   * {@link #executeSchemaChange(String)} with the keyspace that unqualified names in the text resolve to, or null for
   * the session's. A driver that cannot send a keyspace with the statement fails when it differs from the session's,
   * rather than running the DDL in another keyspace.
   */
  CompletionStage<Boolean> executeSchemaChange(String cql, @Nullable String keyspace);

  /** Reads the live definition of a table, empty if it does not exist. */
  CompletionStage<Optional<TableSchema>> readTable(String keyspace, String table);

  /**
   * Whether the driver's own schema metadata, which it keeps for this keyspace, has no such table: a hint that may lag
   * behind another client's change, never proof. {@code sync} then creates the table without reading it first; its
   * {@code CREATE TABLE} has no {@code IF NOT EXISTS}, so a table that exists after all is refused by the server, and
   * sync reads it and plans again. False (the default) when the driver keeps no such metadata.
   */
  default boolean tableLikelyAbsent(String keyspace, String table) {
    return false;
  }

  /** Reads the user-defined types of a keyspace, by name. */
  CompletionStage<java.util.Map<String, LiveUserType>> readUserTypes(String keyspace);

  /** Waits until all reachable nodes agree on the schema; completes with false if they did not in time. */
  CompletionStage<Boolean> awaitSchemaAgreement();

  /**
   * Whether the current thread is one of the driver's own I/O or admin threads, on which the driver completes the
   * stages this interface returns. The mapper refuses to block on such a thread: waiting there for a response that
   * the same thread must deliver stalls until the request times out. Implementations answer by the driver's own
   * test; a driver without such threads answers false.
   */
  boolean isDriverThread();
}
