package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.ChangeDetector;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one implementation of every operation on an entity's table, asynchronous; the sync face joins it. Statement
 * specs are built here once; per call only values are bound.
 */
public final class TableOperations<T> {
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final MapperRuntime runtime;
  private final String keyspace;
  private final String table;
  private final int primaryKeySize;
  private final int partitionKeySize;
  private final List<ColumnModel> columns;
  private final List<String> columnNames;
  private final List<Type> columnTypes;
  private final List<Type> primaryKeyTypes;
  /** Insert shapes by option bits: 1 TTL, 2 timestamp, 4 IF NOT EXISTS; built on first use. */
  private final StatementSpec[] inserts = new StatementSpec[8];
  /** Delete shapes by option bits: 1 timestamp, 2 IF EXISTS; built on first use. */
  private final StatementSpec[] deletes = new StatementSpec[4];
  private final StatementSpec selectByPrimaryKey;
  private final QueryRunner<T> queries;
  private final UpdateRunner<T> updates;
  private final TableSync schema;
  /** The partition key columns whose values can exceed Cassandra's key size. */
  private final int[] sizedPartitionKey;

  public TableOperations(Class<T> type, MapperRuntime runtime) {
    this.mapping = EntityMapping.of(type, runtime.naming());
    this.model = mapping.model();
    this.runtime = runtime;
    this.keyspace = model.keyspace().or(runtime::keyspace).or(() -> runtime.driver().sessionKeyspace()).orElse(null);
    this.table = CqlRenderer.qualified(keyspace, model.table());
    this.columns = model.columns();
    List<ColumnModel> primaryKey = model.primaryKey();
    this.primaryKeySize = primaryKey.size();
    this.partitionKeySize = model.partitionKey().size();
    this.columnNames = columns.stream().map(ColumnModel::name).toList();
    this.columnTypes = javaTypes(columns);
    this.primaryKeyTypes = javaTypes(primaryKey);
    this.selectByPrimaryKey = new StatementSpec(
        CqlRenderer.select(table, columns, primaryKey), primaryKeyTypes, columnTypes, true);
    this.sizedPartitionKey = IntStream.range(0, partitionKeySize).filter(i -> KeySizes.sized(columns.get(i))).toArray();
    this.schema = new TableSync(model, runtime.driver(), keyspace);
    this.queries = new QueryRunner<>(this, mapping, table, runtime.naming());
    this.updates = new UpdateRunner<>(this, model, table);
  }

  private static List<Type> javaTypes(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::genericType).toList();
  }

  public EntityModel<T> model() {
    return model;
  }

  public CompletionStage<Void> save(T entity, WriteOptions options) {
    return execute(insertWrite(entity, options, false)).thenApply(page -> null);
  }

  /** Inserts unless a row with the entity's primary key exists; otherwise returns that row. */
  public CompletionStage<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options) {
    return execute(insertWrite(entity, options, true)).thenApply(this::lwtResult);
  }

  /** An INSERT of the entity, not sent yet. */
  public Write insertWrite(T entity, WriteOptions options, boolean ifNotExists) {
    String operation = ifNotExists ? "insertIfNotExists" : "save";
    requireWritable(operation);
    requireEntity(entity, operation);
    checkOptions(options, ifNotExists, operation);
    if (model.isCounterTable()) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": a counter table cannot be "
          + "written with INSERT; change its counters with update(key...).increment(...)");
    }
    runtime.validator().ifPresent(v -> v.validate(entity));
    for (int i : sizedPartitionKey) {
      KeySizes.check(model, columns.get(i), mapping.get(entity, i));
    }
    boolean writeNulls = switch (options.nulls()) {
      case MAPPER_DEFAULT -> runtime.writeNulls();
      case WRITE -> true;
      case LEAVE_UNSET -> false;
    };
    boolean ttl = options.ttlSeconds().isPresent();
    boolean timestamp = options.timestampMicros().isPresent();
    StatementSpec spec = insertSpec((ttl ? 1 : 0) | (timestamp ? 2 : 0) | (ifNotExists ? 4 : 0));
    return new Write(this, spec, options, binding -> {
      int count = columns.size();
      for (int i = 0; i < count; i++) {
        if (mapping.write(entity, i, binding, i)) {
          continue;
        }
        if (i < primaryKeySize) {
          throw nullKey(columns.get(i), operation);
        } else if (writeNulls) {
          binding.setNull(i);
        }
      }
      int next = count;
      if (ttl) {
        binding.setInt(next++, options.ttlSeconds().getAsInt());
      }
      if (timestamp) {
        binding.setLong(next, options.timestampMicros().getAsLong());
      }
    }, ifNotExists, false);
  }

  private StatementSpec insertSpec(int bits) {
    StatementSpec spec = inserts[bits];
    if (spec == null) {
      boolean ttl = (bits & 1) != 0;
      boolean timestamp = (bits & 2) != 0;
      boolean ifNotExists = (bits & 4) != 0;
      List<Type> variables = new ArrayList<>(columnTypes);
      if (ttl) {
        variables.add(Integer.class);
      }
      if (timestamp) {
        variables.add(Long.class);
      }
      // a conditional insert is not retried blindly: a lost response would turn "applied" into "not applied"
      spec = new StatementSpec(CqlRenderer.insert(table, columns, ifNotExists, ttl, timestamp), variables, List.of(),
          !ifNotExists);
      inserts[bits] = spec;
    }
    return spec;
  }

  public CompletionStage<Void> delete(T entity, WriteOptions options) {
    requireEntity(entity, "delete");
    return execute(deleteWrite(entityKey(entity, "delete"), options, false, "delete")).thenApply(page -> null);
  }

  public CompletionStage<Void> deleteByKey(Object[] primaryKey, WriteOptions options) {
    return execute(deleteWrite(checkKey(primaryKey, primaryKeySize, "deleteByKey"), options, false, "deleteByKey"))
        .thenApply(page -> null);
  }

  /** Deletes the row if it exists; not applied when there was no row. */
  public CompletionStage<LwtResult<T>> deleteIfExists(Object[] primaryKey, WriteOptions options) {
    return execute(deleteWrite(checkKey(primaryKey, primaryKeySize, "deleteIfExists"), options, true,
        "deleteIfExists")).thenApply(this::lwtResult);
  }

  /** A DELETE of the row with the entity's primary key, not sent yet. */
  public Write deleteWrite(T entity, WriteOptions options) {
    requireEntity(entity, "delete");
    return deleteWrite(entityKey(entity, "delete"), options, false, "delete");
  }

  /** A DELETE of the row with this primary key, not sent yet. */
  public Write deleteByKeyWrite(Object[] primaryKey, WriteOptions options) {
    return deleteWrite(checkKey(primaryKey, primaryKeySize, "deleteByKey"), options, false, "deleteByKey");
  }

  private Write deleteWrite(Object[] key, WriteOptions options, boolean ifExists, String operation) {
    requireWritable(operation);
    refuseTtlOnDelete(options, ErrorLabel.method(model.entityClass(), operation));
    checkOptions(options, ifExists, operation);
    boolean timestamp = options.timestampMicros().isPresent();
    int bits = (timestamp ? 1 : 0) | (ifExists ? 2 : 0);
    StatementSpec spec = deletes[bits];
    if (spec == null) {
      List<Type> variables = new ArrayList<>();
      if (timestamp) {
        variables.add(Long.class);
      }
      variables.addAll(primaryKeyTypes);
      spec = new StatementSpec(CqlRenderer.delete(table, model.primaryKey(), ifExists, timestamp), variables, List.of(),
          !ifExists);
      deletes[bits] = spec;
    }
    return new Write(this, spec, options, binding -> {
      int first = 0;
      if (timestamp) {
        binding.setLong(first++, options.timestampMicros().getAsLong());
      }
      for (int i = 0; i < key.length; i++) {
        binding.set(first + i, key[i]);
      }
    }, ifExists, false);
  }

  CompletionStage<ResultPage> execute(Write write) {
    return execute(write.spec(), ExecutionOptions.of(write.options()), write.binder());
  }

  /** Validates the values an update sets, when validation is on. */
  void validateAssignments(UpdateSpec update) {
    EntityValidator validator = runtime.validator().orElse(null);
    if (validator == null || update.delete()) {
      return;
    }
    for (UpdateSpec.Assignment a : update.assignments()) {
      if (a.kind() == UpdateSpec.Kind.SET) {
        validator.validateValue(model.entityClass(), columns.get(a.column()).property(), a.value());
      }
    }
  }

  PagingTokens pagingTokens() {
    return runtime.pagingTokens();
  }

  /** The statement cache, to prepare a batch's statements. */
  /** The driver this table runs on. */
  public CqlDriver driver() {
    return runtime.driver();
  }

  /** The statement prepared; a driver failure becomes a CoodieException naming the entity and the table. */
  CompletableFuture<PreparedCql> prepared(StatementSpec spec) {
    String entity = model.entityClass().getSimpleName();
    return runtime.statements().get(spec, cause -> new CoodieException(entity + ": Cassandra refused to prepare a "
        + "statement on table " + table + ": " + cause.getMessage() + ". If the table or a column does not exist yet, "
        + "create it with mapper.table(" + entity + ".class).sync() (statement: " + spec.cql() + ")", cause));
  }

  /** Refuses writes through a materialized view entity. */
  void requireWritable(String operation) {
    Polymorphism.Discriminator discriminator = mapping.discriminator();
    if (discriminator != null && discriminator.value() == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": "
          + model.entityClass().getSimpleName() + " is the base of a type hierarchy; write through the table of the "
          + "record itself, mapper.table(TheRecord.class), which also writes its discriminator");
    }
    model.viewOf().ifPresent(base -> {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": "
          + model.entityClass().getSimpleName() + " is a materialized view of " + base.getSimpleName()
          + ", which Cassandra keeps up to date; write to " + base.getSimpleName() + " instead");
    });
  }

  /** A delete writes tombstones, which take no TTL. */
  static void refuseTtlOnDelete(WriteOptions options, ErrorLabel where) {
    if (options.ttlSeconds().isPresent()) {
      throw new CoodieException(where + "a delete cannot have a TTL; remove withTtl from the options");
    }
  }

  void checkOptions(WriteOptions options, boolean conditional, String operation) {
    ErrorLabel where = ErrorLabel.method(model.entityClass(), operation);
    if (conditional && options.timestampMicros().isPresent()) {
      throw new CoodieException(where + "Cassandra refuses a custom write timestamp on a conditional write; "
          + "remove withTimestamp from the options");
    }
    if (!conditional && options.serialConsistency().isPresent()) {
      throw new CoodieException(where + "serial consistency only applies to conditional writes "
          + "(insertIfNotExists, deleteIfExists); remove withSerialConsistency from the options");
    }
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

  public CompletionStage<Optional<T>> get(Object... primaryKey) {
    return bindKey(selectByPrimaryKey, primaryKey, primaryKeySize, "get")
        .thenApply(page -> page.nextRow() && ofThisType(page) ? Optional.of(mapping.instantiator().read(page))
            : Optional.empty());
  }

  /** Whether the current row belongs to this record of a type hierarchy (always true outside hierarchies). */
  private boolean ofThisType(ResultPage page) {
    Polymorphism.Discriminator discriminator = mapping.discriminator();
    return discriminator == null || discriminator.value() == null
        || discriminator.value().equals(page.get(discriminator.column()));
  }

  /** Every row of one partition, all pages fetched. */
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return queries.list(partitionQuery(partitionKey, "findByPartition"));
  }

  /** The rows of one partition, mapped as they are consumed; further pages are fetched when reached. */
  public Iterator<T> iterateByPartition(Object... partitionKey) {
    return queries.iterate(partitionQuery(partitionKey, "streamByPartition"));
  }

  /** A query of one whole partition. */
  public QuerySpec partitionQuery(Object[] partitionKey) {
    return partitionQuery(partitionKey, "forEachInPartition");
  }

  private QuerySpec partitionQuery(Object[] partitionKey, String operation) {
    Object[] key = checkKey(partitionKey, partitionKeySize, operation);
    QuerySpec query = QuerySpec.ALL;
    for (int i = 0; i < key.length; i++) {
      query = query.withRestriction(model, i, QuerySpec.Operator.EQ, key[i]);
    }
    return query;
  }

  /**
   * Sends one UPDATE with only the columns that differ between {@code before} (as loaded) and {@code after}, using
   * collection deltas (append, prepend, add, remove, put) where that is how a collection changed; sends nothing when
   * nothing changed. Completes with whether a statement was sent.
   */
  public CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options) {
    requireWritable("saveChanges");
    requireEntity(before, "saveChanges");
    requireEntity(after, "saveChanges");
    if (model.isCounterTable()) {
      throw new CoodieException(model.entityClass().getSimpleName() + ".saveChanges: counters change only by "
          + "update(key...).increment(...)");
    }
    Object[] key = entityKey(after, "saveChanges");
    if (!java.util.Arrays.equals(key, entityKey(before, "saveChanges"))) {
      throw new CoodieException(model.entityClass().getSimpleName() + ".saveChanges: the primary key changed from "
          + java.util.Arrays.toString(entityKey(before, "saveChanges")) + " to " + java.util.Arrays.toString(key)
          + "; a key cannot be updated: save the new row and delete the old one");
    }
    runtime.validator().ifPresent(v -> v.validate(after));
    UpdateSpec update = keyUpdate(key);
    for (int i = primaryKeySize; i < columns.size(); i++) {
      Object old = mapping.get(before, i);
      Object now = mapping.get(after, i);
      update = ChangeDetector.change(update, model, i, old, now);
    }
    if (update.assignments().isEmpty()) {
      return CompletableFuture.completedFuture(false);
    }
    return updates.update(update, options).thenApply(result -> true);
  }

  /** An update of the row with this primary key, with nothing to change yet. */
  public UpdateSpec keyUpdate(Object[] primaryKey) {
    Object[] key = checkKey(primaryKey, primaryKeySize, "update");
    QuerySpec where = QuerySpec.ALL;
    for (int i = 0; i < key.length; i++) {
      where = where.withRestriction(model, i, QuerySpec.Operator.EQ, key[i]);
    }
    return UpdateSpec.of(where.where());
  }

  /** The updates and bulk deletes of this table. */
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

  private CompletionStage<ResultPage> bindKey(StatementSpec spec, Object[] values, int expected, String operation) {
    Object[] key = checkKey(values, expected, operation);
    return execute(spec, ExecutionOptions.DEFAULTS, binding -> {
      for (int i = 0; i < key.length; i++) {
        binding.set(i, key[i]);
      }
    });
  }

  private Object[] checkKey(Object[] values, int expected, String operation) {
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
      ColumnModel column = columns.get(i);
      if (values[i] == null) {
        throw nullKey(column, operation);
      }
      if (!Primitives.box(column.javaType()).isInstance(values[i])) {
        throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": key value " + values[i]
            + " (" + values[i].getClass().getName() + ") for column \"" + column.name() + "\" must be a "
            + Primitives.box(column.javaType()).getName());
      }
      if (i < partitionKeySize) {
        KeySizes.check(model, column, values[i]);
      }
    }
    return values;
  }

  private Object[] entityKey(T entity, String operation) {
    Object[] key = new Object[primaryKeySize];
    for (int i = 0; i < primaryKeySize; i++) {
      key[i] = mapping.get(entity, i);
      if (key[i] == null) {
        throw nullKey(columns.get(i), operation);
      }
    }
    return key;
  }

  CompletionStage<ResultPage> execute(StatementSpec spec, ExecutionOptions options, Consumer<Binding> binder) {
    CompletableFuture<PreparedCql> prepared = prepared(spec);
    if (prepared.isDone() && !prepared.isCompletedExceptionally()) {
      return run(prepared.join(), options, binder);
    }
    return prepared.thenCompose(statement -> run(statement, options, binder));
  }

  private static CompletionStage<ResultPage> run(PreparedCql statement, ExecutionOptions options,
      Consumer<Binding> binder) {
    Binding binding = statement.bind();
    binder.accept(binding);
    return binding.execute(options);
  }

  private void requireEntity(T entity, String operation) {
    if (entity == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " was given null: pass an entity");
    }
  }

  private CoodieException nullKey(ColumnModel column, String operation) {
    return new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": primary key property '"
        + column.property() + "' (column \"" + column.name() + "\") is null; set it first");
  }

  private static String describe(List<ColumnModel> columns) {
    return columns.stream()
        .map(c -> c.property() + ": " + c.javaType().getSimpleName())
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
