package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.RequestTimeoutException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.EntityValidator;
import dev.coodie4j.internal.check.ErrorLabel;
import dev.coodie4j.internal.check.KeySizes;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Polymorphism;
import dev.coodie4j.internal.metadata.Primitives;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.sync.TableSync;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.ColumnValues;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.LwtResult;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One entity's table as every operation on it sees it: its model and name, how statements are prepared and run, and
 * the checks all writes share (writable, options, keys). The operations themselves are in the runners it holds, one
 * per job: {@link InsertRunner}, {@link DeleteRunner}, {@link KeyReadRunner}, {@link QueryRunner},
 * {@link UpdateRunner}, {@link ChangeSaver}; schema sync is {@link TableSync}. Statement specs are built once; per
 * call only values are bound.
 */
public final class TableOperations<T> {
  /** The page as it comes: no mapping, and no stage added for one. */
  private static final Function<ResultPage, ResultPage> PAGE = page -> page;

  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final MapperRuntime runtime;
  private final String table;
  private final int primaryKeySize;
  private final int partitionKeySize;
  private final List<ColumnModel> columns;
  private final List<String> columnNames;
  private final List<Type> columnTypes;
  /** The classes a key value must be an instance of, by primary key column: the Java types, boxed. */
  private final Class<?>[] keyClasses;
  /** The mapper's validator, null when validation is off. */
  private final @org.jspecify.annotations.Nullable EntityValidator validator;
  /** Whether the entity class declares Bean Validation constraints (never, with validation off). */
  private final boolean constrained;
  private final InsertRunner<T> inserts;
  private final DeleteRunner<T> deletes;
  private final KeyReadRunner<T> reads;
  private final QueryRunner<T> queries;
  private final UpdateRunner<T> updates;
  private final ChangeSaver<T> changes;
  private final TableSync schema;
  /** Neither a view nor the base of a type hierarchy: checked once, as every write asks. */
  private final boolean writable;
  /**
   * The result of an unconditional update or delete, which Cassandra always applies: its page has no [applied]
   * column to read.
   */
  private static final Function<ResultPage, LwtResult<?>> APPLIED = page -> LwtResult.wasApplied();

  /** {@link #refusedToPrepare}, made once: the hot path passes it without capturing the statement. */
  private final java.util.function.BiFunction<CompiledStatement, Throwable, CoodieException> refusal =
      this::refusedToPrepare;

  public TableOperations(Class<T> type, MapperRuntime runtime) {
    this.mapping = EntityMapping.of(type, runtime.naming());
    this.model = mapping.model();
    this.runtime = runtime;
    String keyspace = model.keyspace().or(runtime::keyspace).or(() -> runtime.driver().sessionKeyspace()).orElse(null);
    this.table = CqlRenderer.qualified(keyspace, model.table());
    this.columns = model.columns();
    this.primaryKeySize = model.primaryKey().size();
    this.partitionKeySize = model.partitionKey().size();
    this.columnNames = columns.stream().map(ColumnModel::name).toList();
    this.columnTypes = mapping.bindingTypes();
    List<Type> primaryKeyTypes = columnTypes.subList(0, primaryKeySize);
    this.schema = new TableSync(model, runtime.driver(), keyspace);
    ChangeCompiler<T> changeCompiler = new ChangeCompiler<>(this, mapping, table);
    this.inserts = new InsertRunner<>(this, mapping, columnTypes);
    this.deletes = new DeleteRunner<>(this, model, changeCompiler, primaryKeyTypes);
    this.queries = new QueryRunner<>(this, mapping, table, runtime.naming());
    this.reads = new KeyReadRunner<>(this, mapping, queries, columnTypes, primaryKeyTypes);
    this.updates = new UpdateRunner<>(this, model, changeCompiler, deletes);
    this.changes = new ChangeSaver<>(this, mapping, updates);
    Polymorphism.Discriminator discriminator = mapping.discriminator();
    this.writable = (discriminator == null || discriminator.value() != null) && model.viewOf().isEmpty();
    this.keyClasses = columns.subList(0, primaryKeySize).stream().map(c -> Primitives.box(c.javaType()))
        .toArray(Class<?>[]::new);
    this.validator = runtime.validator().orElse(null);
    this.constrained = validator != null && validator.constrains(type);
  }

  public EntityModel<T> model() {
    return model;
  }

  /** The entity's mapping: its model, property access and binding types. */
  public EntityMapping<T> mapping() {
    return mapping;
  }

  CompletionStage<ResultPage> execute(Write write) {
    return execute(write, PAGE);
  }

  /** Sends the write, its first page mapped by {@code then} in the completion that delivers it. */
  <R> CompletionStage<R> execute(Write write, Function<? super ResultPage, ? extends R> then) {
    return execute(write.spec(), ExecutionOptions.of(write.options()), write, then);
  }

  /** Validates the values an update sets, when validation is on and the entity class declares constraints. */
  void validateAssignments(UpdateSpec update) {
    if (!constrained || update.delete()) {
      return;
    }
    for (UpdateSpec.Assignment a : update.assignments()) {
      if (a.kind() == UpdateSpec.Kind.SET) {
        validator.validateValue(model.entityClass(), columns.get(a.column()).property(), a.value());
      }
    }
  }

  /** The mapper's bound on requests in flight, null when it has none. */
  @org.jspecify.annotations.Nullable Listeners listeners() {
    return runtime.listeners();
  }

  InFlightLimit inFlightLimit() {
    return runtime.inFlight();
  }

  PagingTokens pagingTokens() {
    return runtime.pagingTokens();
  }

  /** The driver this table runs on. */
  public CqlDriver driver() {
    return runtime.driver();
  }

  /** The statement prepared; a driver failure becomes a CoodieException naming the entity and the table. */
  CompletableFuture<PreparedCql> prepared(CompiledStatement spec) {
    return runtime.statements().get(spec, refusal);
  }

  /** Built only when the server refused: the hot path asks the entity class nothing. */
  private CoodieException refusedToPrepare(CompiledStatement spec, Throwable cause) {
    String entity = model.entityClass().getSimpleName();
    String reason = String.valueOf(cause.getMessage());
    String lower = reason.toLowerCase(java.util.Locale.ROOT);
    // Cassandra and ScyllaDB name a missing table or column in these words; other refusals are about the statement
    boolean missing = lower.contains("unconfigured table") || lower.contains("does not exist")
        || lower.contains("undefined column") || lower.contains("undefined name") || lower.contains("unknown identifier");
    return new CoodieException(entity + ": Cassandra refused to prepare a statement on table " + table + ": "
        + reason + (missing ? ". If the table or a column does not exist yet, create it with mapper.table(" + entity
        + ".class).sync()" : ". The server does not take the statement as the mapper built it from this call")
        + " (statement: " + spec.cql() + ")", cause);
  }

  /** Whether rows can be written through this entity: not a materialized view, nor the base of a type hierarchy. */
  boolean isWritable() {
    return writable;
  }

  /** Refuses writes through a materialized view entity or the base of a type hierarchy. */
  void requireWritable(String operation) {
    if (writable) {
      return;
    }
    Class<?> base = model.viewOf().orElse(null);
    if (base == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": "
          + model.entityClass().getSimpleName() + " is the base of a type hierarchy; write through the table of the "
          + "record itself, mapper.table(TheRecord.class), which also writes its discriminator");
    }
    throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": "
        + model.entityClass().getSimpleName() + " is a materialized view of " + base.getSimpleName()
        + ", which Cassandra keeps up to date; write to " + base.getSimpleName() + " instead");
  }

  void checkOptions(WriteOptions options, boolean conditional, String operation) {
    if (conditional && options.timestampMicros().isPresent()) {
      throw new CoodieException(ErrorLabel.method(model.entityClass(), operation) + "Cassandra refuses a custom write timestamp on a conditional write; "
          + "remove withTimestamp from the options");
    }
    if (!conditional && options.serialConsistency().isPresent()) {
      throw new CoodieException(ErrorLabel.method(model.entityClass(), operation) + "serial consistency only applies to conditional writes "
          + "(insertIfNotExists, deleteIfExists); remove withSerialConsistency from the options");
    }
  }

  /**
   * Runs a conditional write and returns its outcome. A timeout (of the replicas, or of the coordinator before it
   * answered) leaves the outcome unknown, and fails with an {@link LwtOutcomeUnknownException} naming the table, the
   * key and the kind; never with "not applied".
   */
  CompletionStage<LwtResult<T>> conditional(Write write, LwtOutcomeUnknownException.Kind kind, Object[] key) {
    return execute(write).handle((page, failure) -> {
      if (failure != null) {
        throw outcomeUnknownOr(failure, kind, key);
      }
      return lwtResult(page);
    });
  }

  /** The failure of a conditional write on this table: a timeout becomes an unknown outcome, the rest stays. */
  RuntimeException outcomeUnknownOr(Throwable failure, LwtOutcomeUnknownException.Kind kind, Object[] key) {
    RuntimeException cause = Futures.unwrap(failure);
    // any timeout: the Paxos round may go on after the coordinator gave up, or be completed by the next one
    if (cause instanceof ReplicaTimeoutException || cause instanceof RequestTimeoutException) {
      return new LwtOutcomeUnknownException(model.entityClass(), table, kind, keyByColumn(key),
          (CoodieException) cause);
    }
    return cause;
  }

  /** Key values (the first of the primary key's columns, in order) by column name. */
  Map<String, Object> keyByColumn(Object[] key) {
    Map<String, Object> named = new LinkedHashMap<>();
    for (int i = 0; i < key.length; i++) {
      named.put(columns.get(i).name(), key[i]);
    }
    return named;
  }

  /** {@link #APPLIED} for a table's entity type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> Function<ResultPage, LwtResult<T>> applied() {
    return (Function) APPLIED;
  }

  LwtResult<T> lwtResult(ResultPage page) {
    if (page.wasApplied() || !page.nextRow()) {
      return LwtResult.wasApplied();
    }
    return LwtResult.notApplied(currentRow(page));
  }

  /**
   * The current row of a not-applied conditional write, read by column name. A delete or an IF EXISTS that found no
   * row returns only [applied]; an insert that found one returns the row; IF conditions return the columns compared.
   */
  Optional<T> currentRow(ResultPage page) {
    ColumnValues current = page.byName(columnNames, columnTypes);
    boolean anyColumn = IntStream.range(0, columnNames.size()).anyMatch(i -> !current.isNull(i));
    return anyColumn ? Optional.of(mapping.instantiator().read(current)) : Optional.empty();
  }

  /** An update of the row with this primary key, with nothing to change yet. */
  public UpdateSpec keyUpdate(Object[] primaryKey) {
    return UpdateSpec.of(QuerySpec.keyEquals(mapping, checkKey(primaryKey, primaryKeySize, "update")));
  }

  /** The qualified table name, as statements write it. */
  String name() {
    return table;
  }

  /**
   * Bean Validation of an entity before it is written, when validation is on: an instance of the entity class itself
   * is checked only if that class declares constraints (known since the table was built); one of a subclass is asked.
   */
  void validate(T entity) {
    if (validator != null && (constrained || entity.getClass() != model.entityClass())) {
      validator.validate(entity);
    }
  }

  /** Whether a write with these options sets null properties to null. */
  boolean writeNulls(WriteOptions options) {
    return switch (options.nulls()) {
      case MAPPER_DEFAULT -> runtime.writeNulls();
      case WRITE -> true;
      case LEAVE_UNSET -> false;
    };
  }

  public InsertRunner<T> inserts() {
    return inserts;
  }

  public DeleteRunner<T> deletes() {
    return deletes;
  }

  /** Reads by primary key and by partition. */
  public KeyReadRunner<T> reads() {
    return reads;
  }

  public ChangeSaver<T> changes() {
    return changes;
  }

  /** The updates of this table. */
  public UpdateRunner<T> updates() {
    return updates;
  }

  /** The queries of this table. */
  public QueryRunner<T> queries() {
    return queries;
  }

  /** Creating, evolving and comparing this table's schema. */
  public TableSync schema() {
    return schema;
  }

  Object[] checkKey(Object[] values, int expected, String operation) {
    if (values != null) {
      for (Object value : values) {
        if (value instanceof WriteOptions) {
          throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " takes key values only; "
              + "for write options use deleteFrom(key...).options(options).execute() (with ifExists() for a "
              + "conditional delete)");
        }
      }
    }
    if (values == null || values.length != expected) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " takes " + expected
          + " key value(s) " + describe(columns.subList(0, expected)) + ", got "
          + (values == null ? "null" : values.length));
    }
    for (int i = 0; i < expected; i++) {
      if (values[i] == null) {
        throw nullKey(columns.get(i), operation);
      }
      if (!keyClasses[i].isInstance(values[i])) {
        throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": key value " + values[i]
            + " (" + values[i].getClass().getName() + ") for column \"" + columns.get(i).name() + "\" must be a "
            + keyClasses[i].getName());
      }
      if (i < partitionKeySize) {
        KeySizes.check(model, columns.get(i), values[i]);
      }
    }
    return values;
  }

  Object[] entityKey(T entity, String operation) {
    Object[] key = new Object[primaryKeySize];
    for (int i = 0; i < primaryKeySize; i++) {
      key[i] = mapping.get(entity, i);
      if (key[i] == null) {
        throw nullKey(columns.get(i), operation);
      }
    }
    return key;
  }

  CompletionStage<ResultPage> execute(CompiledStatement spec, ExecutionOptions options, Consumer<Binding> binder) {
    return execute(spec, options, binder, PAGE);
  }

  /**
   * Sends the statement; {@code then} maps its first page in the completion that delivers it, one stage per request.
   * With listeners the page is observed first, and mapped after.
   */
  <R> CompletionStage<R> execute(CompiledStatement spec, ExecutionOptions options, Consumer<Binding> binder,
      Function<? super ResultPage, ? extends R> then) {
    InFlightLimit limit = runtime.inFlight();
    Listeners listeners = runtime.listeners();
    if (listeners == null) {
      return limit == null ? start(spec, options, binder, then) : limited(limit, () -> start(spec, options, binder, then));
    }
    long started = System.nanoTime();
    CompletionStage<ResultPage> stage = limit == null ? start(spec, options, binder, PAGE)
        : limited(limit, () -> start(spec, options, binder, PAGE));
    CompletionStage<ResultPage> observed = listeners.observe(stage, model.table(), spec.cql(), started);
    return then == PAGE ? unmapped(observed) : observed.thenApply(then);
  }

  private <R> CompletionStage<R> start(CompiledStatement spec, ExecutionOptions options,
      Consumer<Binding> binder, Function<? super ResultPage, ? extends R> then) {
    CompletableFuture<PreparedCql> prepared = prepared(spec);
    if (prepared.isDone() && !prepared.isCompletedExceptionally()) {
      return run(prepared.join(), options, binder, then);
    }
    return prepared.thenCompose(statement -> run(statement, options, binder, then));
  }

  private static <R> CompletionStage<R> run(PreparedCql statement, ExecutionOptions options,
      Consumer<Binding> binder, Function<? super ResultPage, ? extends R> then) {
    Binding binding = statement.bind();
    binder.accept(binding);
    return then == PAGE ? unmapped(binding.execute(options)) : binding.execute(options, then);
  }

  /** The page stage as the result of {@link #PAGE}: R is ResultPage whenever {@code then} is PAGE. */
  @SuppressWarnings("unchecked")
  private static <R> CompletionStage<R> unmapped(CompletionStage<ResultPage> page) {
    return (CompletionStage<R>) page;
  }

  /**
   * Starts the request within the mapper's bound on requests in flight, if it has one: the slot is taken in the
   * calling thread before anything else (also before a first prepare), and freed when the request completes.
   */
  public static <R> CompletionStage<R> limited(InFlightLimit limit, Supplier<CompletionStage<R>> request) {
    if (limit == null) {
      return request.get();
    }
    boolean acquired = limit.acquire();
    try {
      return limit.sent(request.get(), acquired);
    } catch (RuntimeException e) {
      limit.unsent(acquired);
      throw e;
    }
  }

  void requireEntity(T entity, String operation) {
    if (entity == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " was given null: pass an entity");
    }
  }

  CoodieException nullKey(ColumnModel column, String operation) {
    return new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": primary key property '"
        + column.property() + "' (column \"" + column.name() + "\") is null; set it first");
  }

  private static String describe(List<ColumnModel> columns) {
    return columns.stream()
        .map(c -> c.property() + ": " + c.javaType().getSimpleName())
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
