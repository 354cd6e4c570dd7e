package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.KeySizes;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.EntityAccess;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.LwtResult;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

/** Runs the INSERTs of one table (save, insertIfNotExists); each option combination is rendered and kept once. */
public final class InsertRunner<T> {
  private final TableOperations<T> table;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final List<ColumnModel> columns;
  private final List<Type> columnTypes;
  /** Insert shapes by option bits: 1 TTL, 2 timestamp, 4 IF NOT EXISTS; built on first use. */
  private final CompiledStatement[] inserts = new CompiledStatement[8];
  /** A writer of the entity into one prepared statement's bindings. */
  private record Composed<T>(PreparedCql statement, EntityAccess.EntityWriter<T> writer) {}

  /** Per option bits and writing nulls or not, the writer of the statement last prepared for them. */
  @SuppressWarnings("unchecked")
  private final Composed<T>[] composed = new Composed[16];
  /** Model columns in variable order: an INSERT binds every column in model order. */
  private final int[] allColumns;
  /** The partition key columns whose values can exceed Cassandra's key size. */
  private final int[] sizedPartitionKey;

  /** The binders of a save and of an insertIfNotExists: made once, so a write allocates none. */
  private final Write.ValueBinder bindSave = (values, options, binding) -> bind(values, options, binding, false);
  private final Write.ValueBinder bindIfNotExists = (values, options, binding) -> bind(values, options, binding, true);

  InsertRunner(TableOperations<T> table, EntityMapping<T> mapping, List<Type> columnTypes) {
    this.table = table;
    this.mapping = mapping;
    this.model = mapping.model();
    this.columns = model.columns();
    this.columnTypes = columnTypes;
    this.allColumns = IntStream.range(0, columns.size()).toArray();
    this.sizedPartitionKey = IntStream.range(0, model.partitionKey().size())
        .filter(i -> KeySizes.sized(columns.get(i))).toArray();
  }

  public CompletionStage<Void> save(T entity, WriteOptions options) {
    return table.execute(insertWrite(entity, options, false), page -> null);
  }

  /** Inserts unless a row with the entity's primary key exists; otherwise returns that row. */
  public CompletionStage<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options) {
    Write write = insertWrite(entity, options, true);
    return table.conditional(write, LwtOutcomeUnknownException.Kind.INSERT_IF_NOT_EXISTS,
        table.entityKey(entity, "insertIfNotExists"));
  }

  /** An INSERT of the entity, not sent yet. */
  public Write insertWrite(T entity, WriteOptions options, boolean ifNotExists) {
    String operation = ifNotExists ? "insertIfNotExists" : "save";
    table.requireWritable(operation);
    table.requireEntity(entity, operation);
    table.checkOptions(options, ifNotExists, operation);
    if (model.isCounterTable()) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": a counter table cannot be "
          + "written with INSERT; change its counters with update(key...).increment(...)");
    }
    table.validate(entity);
    for (int i : sizedPartitionKey) {
      KeySizes.check(model, columns.get(i), mapping.get(entity, i));
    }
    CompiledStatement spec = insertSpec(bits(options, ifNotExists));
    return new Write(table, spec, options, entity, ifNotExists ? bindIfNotExists : bindSave, ifNotExists, false);
  }

  /** Option bits of an insert's shape: 1 TTL, 2 timestamp, 4 IF NOT EXISTS. */
  private static int bits(WriteOptions options, boolean ifNotExists) {
    return (options.ttlSeconds().isPresent() ? 1 : 0) | (options.timestampMicros().isPresent() ? 2 : 0)
        | (ifNotExists ? 4 : 0);
  }

  /** Binds an entity's columns, then the TTL and timestamp its options give, to the INSERT of its shape. */
  @SuppressWarnings("unchecked")
  private void bind(Object values, WriteOptions options, Binding binding, boolean ifNotExists) {
    T entity = (T) values;
    String operation = ifNotExists ? "insertIfNotExists" : "save";
    boolean writeNulls = table.writeNulls(options);
    int count = columns.size();
    PreparedCql statement = binding.statement();
    if (statement != null) {
      int nullKey = writer(bits(options, ifNotExists), writeNulls, statement).write(entity, binding);
      if (nullKey >= 0) {
        throw table.nullKey(columns.get(nullKey), operation);
      }
    } else {
      int primaryKeySize = model.primaryKey().size();
      for (int i = 0; i < count; i++) {
        if (mapping.write(entity, i, binding, i)) {
          continue;
        }
        if (i < primaryKeySize) {
          throw table.nullKey(columns.get(i), operation);
        } else if (writeNulls) {
          binding.setNull(i);
        }
      }
    }
    int next = count;
    if (options.ttlSeconds().isPresent()) {
      binding.setInt(next++, options.ttlSeconds().getAsInt());
    }
    if (options.timestampMicros().isPresent()) {
      binding.setLong(next, options.timestampMicros().getAsLong());
    }
  }

  /** The statement shape {@link #insertWrite} gives a plain save with these options. */
  CompiledStatement saveSpec(WriteOptions options) {
    return insertSpec(bits(options, false));
  }

  /** The writer of the entity into {@code statement}, kept per option bits and nulls while it stays prepared. */
  private EntityAccess.EntityWriter<T> writer(int bits, boolean writeNulls, PreparedCql statement) {
    int slot = bits | (writeNulls ? 8 : 0);
    Composed<T> composed = this.composed[slot];
    if (composed == null || composed.statement() != statement) {
      composed = new Composed<>(statement, mapping.writer(allColumns, statement, writeNulls));
      this.composed[slot] = composed; // a race builds it twice, harmlessly: the record is immutable
    }
    return composed.writer();
  }

  private CompiledStatement insertSpec(int bits) {
    CompiledStatement spec = inserts[bits];
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
      spec = new CompiledStatement(new StatementSpec(
          CqlRenderer.insert(table.name(), columns, ifNotExists, ttl, timestamp), variables, List.of(), !ifNotExists));
      inserts[bits] = spec;
    }
    return spec;
  }
}
