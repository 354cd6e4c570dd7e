package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.cql.RawStatement;
import dev.coodie4j.internal.access.RowMapping;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.ResultRows;
import dev.coodie4j.internal.execution.InFlightLimit;
import dev.coodie4j.internal.execution.StatementCache;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** The mapper's {@link RawStatement}. */
public final class DefaultRawStatement implements RawStatement {
  private final StatementCache statements;
  private final @Nullable InFlightLimit inFlight;
  private final dev.coodie4j.internal.execution.@Nullable Listeners listeners;
  private final String cql;
  private final Object[] values;
  private final boolean idempotent;
  private final WriteOptions options;
  private final NamingStrategy naming;
  private final @Nullable String keyspace;

  /** A raw statement whose unqualified table names resolve to {@code keyspace}, or to the session's when null. */
  public DefaultRawStatement(StatementCache statements, @Nullable InFlightLimit inFlight,
      dev.coodie4j.internal.execution.@Nullable Listeners listeners, String cql,
      @Nullable Object[] values, boolean idempotent,
      WriteOptions options, NamingStrategy naming, @Nullable String keyspace) {
    this.naming = naming;
    this.keyspace = keyspace;
    if (cql == null || cql.isBlank()) {
      throw new CoodieException("the CQL text must not be blank");
    }
    this.statements = statements;
    this.inFlight = inFlight;
    this.listeners = listeners;
    this.cql = cql;
    this.values = values == null ? new Object[0] : values.clone();
    this.idempotent = idempotent;
    this.options = options;
  }

  @Override
  public RawStatement idempotent(boolean safeToRetry) {
    return new DefaultRawStatement(statements, inFlight, listeners, cql, values, safeToRetry, options, naming, keyspace);
  }

  @Override
  public RawStatement options(WriteOptions executionOptions) {
    if (executionOptions.ttlSeconds().isPresent() || executionOptions.timestampMicros().isPresent()
        || executionOptions.nulls() != WriteOptions.NullHandling.MAPPER_DEFAULT) {
      throw new CoodieException("a raw statement takes consistency, serial consistency and timeout; write USING TTL "
          + "or USING TIMESTAMP in its CQL, and bind nulls as values");
    }
    return new DefaultRawStatement(statements, inFlight, listeners, cql, values, idempotent, executionOptions, naming, keyspace);
  }

  @Override
  public <R> List<R> list(Class<R> type) {
    return Futures.join(Futures.mayWait(statements.driver()), listAsync(type));
  }

  @Override
  public <R> CompletionStage<List<R>> listAsync(Class<R> type) {
    return Futures.attempt(() -> {
      RowMapping<R> mapping = RowMapping.of(type, naming);
      return run().thenCompose(page -> ResultRows.collect(page, mapping::read, new ArrayList<>()));
    });
  }

  @Override
  public <R> Optional<R> first(Class<R> type) {
    return Futures.join(Futures.mayWait(statements.driver()), firstAsync(type));
  }

  @Override
  public <R> CompletionStage<Optional<R>> firstAsync(Class<R> type) {
    return Futures.attempt(() -> {
      RowMapping<R> mapping = RowMapping.of(type, naming);
      return run(1).thenApply(page -> page.nextRow() ? Optional.of(mapping.read(page)) : Optional.empty());
    });
  }

  @Override
  public List<Map<String, Object>> maps() {
    return Futures.join(Futures.mayWait(statements.driver()), mapsAsync());
  }

  @Override
  public CompletionStage<List<Map<String, Object>>> mapsAsync() {
    return Futures.attempt(() -> run().thenCompose(page -> ResultRows.collect(page, DefaultRawStatement::asMap, new ArrayList<>())));
  }

  @Override
  public boolean execute() {
    return Futures.join(Futures.mayWait(statements.driver()), executeAsync());
  }

  @Override
  public CompletionStage<Boolean> executeAsync() {
    return Futures.attempt(() -> run().thenApply(ResultPage::wasApplied));
  }

  private CompletionStage<ResultPage> run() {
    return run(0);
  }

  /** Runs the statement; a page size of 0 keeps the session's. */
  private CompletionStage<ResultPage> run(int pageSize) {
    if (listeners == null) {
      return TableOperations.limited(inFlight, () -> prepareAndRun(pageSize));
    }
    long started = System.nanoTime();
    return listeners.observe(TableOperations.limited(inFlight, () -> prepareAndRun(pageSize)), "cql", cql, started);
  }

  private CompletionStage<ResultPage> prepareAndRun(int pageSize) {
    List<Type> types = new ArrayList<>(values.length);
    for (Object value : values) {
      types.add(dev.coodie4j.internal.metadata.ValueTypes.of(value));
    }
    StatementSpec spec = new StatementSpec(cql, types, List.of(), idempotent, keyspace);
    return statements.get(spec, cause -> new CoodieException("Cassandra refused to prepare raw statement '" + cql
        + "': " + cause.getMessage() + ": correct the CQL" + (keyspace == null
            ? " (the mapper has no keyspace: qualify table names, or set Mapper.Builder.keyspace)"
            : "") + ", or create the table it names (sync())", cause))
        .thenCompose((PreparedCql prepared) -> {
      Binding binding = prepared.bind();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          binding.setNull(i);
        } else {
          binding.set(i, values[i]);
        }
      }
      ExecutionOptions execution = options == null ? ExecutionOptions.DEFAULTS : ExecutionOptions.of(options);
      return binding.execute(pageSize == 0 ? execution : new ExecutionOptions(execution.consistency(),
          execution.serialConsistency(), execution.timeout(), pageSize, null));
    });
  }

  private static Map<String, Object> asMap(ResultPage page) {
    List<String> names = page.columnNames();
    List<Type> types = names.stream().<Type>map(n -> Object.class).toList();
    var row = page.byName(names, types);
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), row.get(i));
    }
    return map;
  }
}
