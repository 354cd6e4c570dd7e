package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatementBuilder;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.internal.core.DefaultProtocolFeature;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;
import com.datastax.oss.driver.internal.core.util.concurrent.BlockingOperation;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.LiveUserType;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.spi.TableSchema.LiveColumn;
import dev.coodie4j.spi.TableSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** coodie4j on a DataStax Java driver 4 {@link CqlSession}. The session stays the application's to close. */
public final class DataStaxDriver implements CqlDriver {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.driver");
  private static final Duration DEFAULT_SCHEMA_TIMEOUT = Duration.ofSeconds(60);
  private static final long AGREEMENT_POLL_MILLIS = 200;
  private static final Duration AGREEMENT_QUERY_TIMEOUT = Duration.ofSeconds(2);

  private final CqlSession session;
  private final Duration schemaTimeout;
  private final Codecs codecs;
  /** Whether the negotiated protocol (v5, DSE v2) carries a keyspace with each statement. */
  private final boolean perRequestKeyspace;
  private final AtomicBoolean warnedNoPerRequestKeyspace = new AtomicBoolean();

  private DataStaxDriver(CqlSession session, Duration schemaTimeout) {
    this.session = session;
    this.schemaTimeout = schemaTimeout;
    this.codecs = new Codecs(session.getContext().getCodecRegistry());
    this.perRequestKeyspace = session.getContext() instanceof InternalDriverContext context
        && context.getProtocolVersionRegistry()
            .supports(context.getProtocolVersion(), DefaultProtocolFeature.PER_REQUEST_KEYSPACE);
  }

  /** The driver on a session, with a 60 second timeout for schema changes. */
  public static DataStaxDriver of(CqlSession session) {
    return of(session, DEFAULT_SCHEMA_TIMEOUT);
  }

  /**
   * The driver on a session. Schema changes ({@code sync}, keyspace helpers) run with the given timeout, since DDL
   * routinely takes longer than the driver's default request timeout; they also bound the wait for schema agreement.
   */
  public static DataStaxDriver of(CqlSession session, Duration schemaChangeTimeout) {
    if (session == null) {
      throw new CoodieException("DataStaxDriver.of needs an open CqlSession");
    }
    return new DataStaxDriver(session, schemaChangeTimeout);
  }

  /** The wrapped session. */
  public CqlSession session() {
    return session;
  }

  /** The codecs of this driver's session, with coodie4j's own added. */
  Codecs codecs() {
    return codecs;
  }

  /** The DataStax driver of a mapper, for the helpers that work on the driver's own statements and rows. */
  static DataStaxDriver of(Mapper mapper, String helper) {
    if (mapper.driver() instanceof DataStaxDriver driver) {
      return driver;
    }
    throw new CoodieException(helper + " needs a mapper built on DataStaxDriver, but this one runs on "
        + mapper.driver().getClass().getName());
  }

  @Override
  public Optional<String> sessionKeyspace() {
    return session.getKeyspace().map(CqlIdentifier::asInternal);
  }

  @Override
  public CompletionStage<PreparedCql> prepare(StatementSpec spec) {
    SimpleStatementBuilder statement = SimpleStatement.builder(spec.cql()).setIdempotence(spec.idempotent());
    String keyspace = spec.keyspace();
    if (keyspace != null && perRequestKeyspace) {
      statement.setKeyspace(CqlIdentifier.fromInternal(keyspace));
    } else if (keyspace != null && !sessionKeyspace().equals(Optional.of(keyspace))
        && warnedNoPerRequestKeyspace.compareAndSet(false, true)) {
      LOG.log(System.Logger.Level.WARNING, "raw CQL: table names the text leaves unqualified resolve to the "
          + "session''s keyspace ({0}), not the mapper''s ({1}): protocol {2} cannot carry a keyspace per statement. "
          + "Qualify the table names, or open the session in keyspace {1}",
          sessionKeyspace().orElse("none"), keyspace, session.getContext().getProtocolVersion());
    }
    return session.prepareAsync(statement.build())
        .thenApply(prepared -> new DataStaxPrepared(spec, prepared, codecs, session));
  }

  @Override
  public CompletionStage<ResultPage> executeBatch(BatchType type, List<Binding> statements, ExecutionOptions options,
      boolean idempotent, Long timestampMicros) {
    BatchStatementBuilder batch = BatchStatement.builder(switch (type) {
      case LOGGED -> DefaultBatchType.LOGGED;
      case UNLOGGED -> DefaultBatchType.UNLOGGED;
      case COUNTER -> DefaultBatchType.COUNTER;
    }).setIdempotence(idempotent);
    int size = statements.size();
    for (Binding binding : statements) {
      if (!(binding instanceof DataStaxBinding statement)) {
        throw new CoodieException("a batch can only hold statements prepared by this driver, got " + binding);
      }
      batch.addStatement(statement.boundStatement());
    }
    if (options.consistency() != null) {
      batch.setConsistencyLevel(DefaultConsistencyLevel.valueOf(options.consistency().name()));
    }
    if (options.serialConsistency() != null) {
      batch.setSerialConsistencyLevel(DefaultConsistencyLevel.valueOf(options.serialConsistency().name()));
    }
    if (options.timeout() != null) {
      batch.setTimeout(options.timeout());
    }
    if (timestampMicros != null) {
      batch.setQueryTimestamp(timestampMicros);
    }
    return Failures.wrap(session.executeAsync(batch.build()), () -> "running a " + type + " batch of " + size
        + " statements", rows -> new DataStaxResultPage(
        rows, ColumnDecoders.NONE, session.getContext().getProtocolVersion(), codecs));
  }

  /**
   * Runs the DDL on one coordinator that every client of the data center picks alike (the local node that is up and
   * has the lowest host id): a node applies schema changes one at a time, so two service instances syncing the same
   * new table at once get one table, where two coordinators could each create it under its own id. When that node
   * cannot be reached the driver's own plan is used.
   */
  @Override
  public CompletionStage<Boolean> executeSchemaChange(String cql, @Nullable String keyspace) {
    long deadline = System.nanoTime() + schemaTimeout.toNanos();
    SimpleStatement plain = SimpleStatement.newInstance(cql).setTimeout(schemaTimeout);
    if (keyspace != null && perRequestKeyspace) {
      plain = plain.setKeyspace(CqlIdentifier.fromInternal(keyspace));
    } else if (keyspace != null && !sessionKeyspace().equals(Optional.of(keyspace))) {
      return CompletableFuture.failedFuture(new CoodieException("cannot run '" + cql + "' in keyspace " + keyspace
          + ": protocol " + session.getContext().getProtocolVersion() + " cannot carry a keyspace per statement and "
          + "the session is in " + sessionKeyspace().orElse("no keyspace") + ". Qualify the names in the statement, or "
          + "open the session in keyspace " + keyspace));
    }
    SimpleStatement statement = plain;
    Node coordinator = schemaCoordinator();
    CompletionStage<AsyncResultSet> sent = coordinator == null ? session.executeAsync(statement)
        : session.executeAsync(statement.setNode(coordinator)).handle((rs, failure) -> {
          if (failure == null) {
            return CompletableFuture.completedFuture(rs);
          }
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          if (cause instanceof NoNodeAvailableException) { // not sent: the node had no open connection
            return session.executeAsync(statement);
          }
          return CompletableFuture.<AsyncResultSet>failedFuture(cause);
        }).thenCompose(stage -> stage);
    // the driver's own agreement check, right after the change, can pass while every node still reports the old
    // version (the change's coordinator is not the control node, and gossip has not moved yet): ask the nodes
    return Failures.wrap(sent, () -> Failures.running(cql)).thenCompose(rs -> pollAgreement(deadline));
  }

  private @Nullable Node schemaCoordinator() {
    Node chosen = null;
    for (Node node : session.getMetadata().getNodes().values()) {
      if (node.getState() == NodeState.UP && node.getDistance() == NodeDistance.LOCAL && node.getHostId() != null
          && (chosen == null || node.getHostId().compareTo(chosen.getHostId()) < 0)) {
        chosen = node;
      }
    }
    return chosen;
  }

  /**
   * Reads the table's columns, indexes and options from {@code system_schema}, never from the driver's cached metadata,
   * which can lag behind another client's change. The cache only decides the order: a table it knows is read with all
   * three queries at once; one it does not know (a table about to be created) with the columns first, and the other
   * two only if there are columns after all. (A sync, unlike a dry run, does not read a table that the cache lacks in
   * a keyspace it knows: see {@link #tableLikelyAbsent}.)
   */
  @Override
  public CompletionStage<Optional<TableSchema>> readTable(String keyspace, String table) {
    CompletionStage<AsyncResultSet> columns = Failures.wrap(session.executeAsync(SimpleStatement.newInstance(
            "SELECT column_name, type, kind, position, clustering_order FROM system_schema.columns"
                + " WHERE keyspace_name = ? AND table_name = ?", keyspace, table)),
        () -> "reading the definition of " + keyspace + "." + table);
    CompletionStage<java.util.function.Function<AsyncResultSet, Optional<TableSchema>>> sentAlong =
        knowsTable(keyspace, table) ? readIndexesAndOptions(keyspace, table) : null;
    return columns.thenCompose(columnRows -> columnRows.remaining() == 0
        ? CompletableFuture.completedFuture(Optional.empty())
        : (sentAlong != null ? sentAlong : readIndexesAndOptions(keyspace, table))
            .thenApply(withColumns -> withColumns.apply(columnRows)));
  }

  /** The table's indexes and options, read at once; the result completes the definition with its columns. */
  private CompletionStage<java.util.function.Function<AsyncResultSet, Optional<TableSchema>>> readIndexesAndOptions(
      String keyspace, String table) {
    CompletionStage<AsyncResultSet> indexes = Failures.wrap(session.executeAsync(SimpleStatement.newInstance(
            "SELECT index_name FROM system_schema.indexes WHERE keyspace_name = ? AND table_name = ?", keyspace, table)),
        () -> "reading the indexes of " + keyspace + "." + table);
    CompletionStage<AsyncResultSet> options = Failures.wrap(session.executeAsync(SimpleStatement.newInstance(
            "SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?", keyspace, table)),
        () -> "reading the options of " + keyspace + "." + table);
    return indexes.thenCombine(options, (indexRows, tableRows) ->
        columnRows -> tableSchema(keyspace, table, columnRows, indexRows, tableRows));
  }

  /**
   * The driver's metadata knows the keyspace (so it keeps schema metadata for it) and has no table or view of that name
   * in it.
   */
  @Override
  public boolean tableLikelyAbsent(String keyspace, String table) {
    CqlIdentifier name = CqlIdentifier.fromInternal(table);
    return session.getMetadata().getKeyspace(CqlIdentifier.fromInternal(keyspace))
        .map(known -> known.getTable(name).isEmpty() && known.getView(name).isEmpty()).orElse(false);
  }

  /** Whether the driver's metadata has the table (false when the driver keeps no schema metadata). */
  private boolean knowsTable(String keyspace, String table) {
    return session.getMetadata().getKeyspace(CqlIdentifier.fromInternal(keyspace))
        .flatMap(known -> known.getTable(CqlIdentifier.fromInternal(table))).isPresent();
  }

  private static Optional<TableSchema> tableSchema(String keyspace, String table, AsyncResultSet columnRows,
      AsyncResultSet indexRows, AsyncResultSet tableRows) {
    java.util.Map<String, Object> options = new java.util.HashMap<>();
    Row optionsRow = tableRows.one();
    if (optionsRow != null) {
      for (int i = 0; i < optionsRow.getColumnDefinitions().size(); i++) {
        Object value = optionsRow.getObject(i);
        if (value != null) {
          options.put(optionsRow.getColumnDefinitions().get(i).getName().asInternal(), value);
        }
      }
    }
    List<LiveColumn> liveColumns = new ArrayList<>();
    for (Row row : columnRows.currentPage()) {
      liveColumns.add(new LiveColumn(row.getString("column_name"), row.getString("type"), row.getString("kind"),
          row.getInt("position"), "desc".equalsIgnoreCase(row.getString("clustering_order"))));
    }
    List<String> indexNames = new ArrayList<>();
    for (Row row : indexRows.currentPage()) {
      indexNames.add(row.getString("index_name"));
    }
    return Optional.of(new TableSchema(keyspace, table, liveColumns, indexNames, options));
  }

  @Override
  public CompletionStage<java.util.Map<String, LiveUserType>> readUserTypes(String keyspace) {
    return Failures.wrap(session.executeAsync(SimpleStatement.newInstance(
            "SELECT type_name, field_names, field_types FROM system_schema.types WHERE keyspace_name = ?", keyspace)),
            () -> "reading the user types of keyspace " + keyspace)
        .thenApply(rows -> {
          java.util.Map<String, LiveUserType> types = new java.util.HashMap<>();
          for (Row row : rows.currentPage()) {
            types.put(row.getString(0), new LiveUserType(row.getString(0), row.getList(1, String.class),
                row.getList(2, String.class)));
          }
          return types;
        });
  }

  @Override
  public CompletionStage<Boolean> awaitSchemaAgreement() {
    long deadline = System.nanoTime() + schemaTimeout.toNanos();
    return pollAgreement(deadline);
  }

  /**
   * Asks the driver's own guard, which its sync API uses to refuse blocking calls on its I/O and admin threads; the
   * driver offers only the check that throws, so a refusal means yes.
   */
  @Override
  public boolean isDriverThread() {
    try {
      BlockingOperation.checkNotDriverThread();
      return false;
    } catch (IllegalStateException onDriverThread) {
      return true;
    }
  }

  /**
   * Whether every node the driver sees up reports the same schema version, each asked directly (its
   * {@code system.local}); a node that does not answer counts as not agreeing. With one node up there is nothing to
   * compare, and nothing is asked.
   */
  private CompletionStage<Boolean> nodesAgree() {
    List<Node> up = session.getMetadata().getNodes().values().stream()
        .filter(node -> node.getState() == NodeState.UP).toList();
    if (up.size() == 1) { // one version always agrees with itself: asking the one node up only costs a round trip
      return CompletableFuture.completedFuture(true);
    }
    List<CompletableFuture<Object>> versions = new ArrayList<>();
    for (Node node : up) {
      versions.add(session.executeAsync(SimpleStatement.newInstance("SELECT schema_version FROM system.local")
              .setNode(node).setTimeout(AGREEMENT_QUERY_TIMEOUT))
          .thenApply(rs -> {
            Row row = rs.one();
            return (Object) (row == null ? null : row.getUuid(0));
          })
          .exceptionally(failure -> null)
          .toCompletableFuture());
    }
    if (versions.isEmpty()) {
      return session.checkSchemaAgreementAsync();
    }
    return CompletableFuture.allOf(versions.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
      Object first = versions.get(0).join();
      return first != null && versions.stream().allMatch(version -> first.equals(version.join()));
    });
  }

  private CompletionStage<Boolean> pollAgreement(long deadline) {
    return Failures.wrap(nodesAgree(), () -> "checking schema agreement").thenCompose(agreed -> {
      if (agreed || System.nanoTime() > deadline) {
        return CompletableFuture.completedFuture(agreed);
      }
      return CompletableFuture.supplyAsync(() -> deadline,
              CompletableFuture.delayedExecutor(AGREEMENT_POLL_MILLIS, TimeUnit.MILLISECONDS))
          .thenCompose(this::pollAgreement);
    });
  }
}
