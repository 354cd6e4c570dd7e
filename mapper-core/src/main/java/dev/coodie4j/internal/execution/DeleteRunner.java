package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.ChangeRules;
import dev.coodie4j.internal.check.ErrorLabel;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.LwtResult;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Runs every DELETE of one table: of an entity's row, of a row by key, of chosen columns and elements
 * ({@code deleteFrom}), and of the rows a query names. All are checked here, once; a whole row by key uses one of
 * four shapes kept in an array, the others a shape compiled once by {@link ChangeCompiler}.
 */
public final class DeleteRunner<T> {
  private final TableOperations<T> table;
  private final EntityModel<T> model;
  private final ChangeCompiler<T> compiler;
  private final List<Type> primaryKeyTypes;
  /** Whole-row delete shapes by option bits: 1 timestamp, 2 IF EXISTS; built on first use. */
  private final CompiledStatement[] byKey = new CompiledStatement[4];

  DeleteRunner(TableOperations<T> table, EntityModel<T> model, ChangeCompiler<T> compiler,
      List<Type> primaryKeyTypes) {
    this.table = table;
    this.model = model;
    this.compiler = compiler;
    this.primaryKeyTypes = primaryKeyTypes;
  }

  public CompletionStage<Void> delete(T entity, WriteOptions options) {
    return table.execute(deleteWrite(entity, options), page -> null);
  }

  public CompletionStage<Void> deleteByKey(Object[] primaryKey, WriteOptions options) {
    return table.execute(deleteByKeyWrite(primaryKey, options), page -> null);
  }

  /** Deletes the row if it exists; not applied when there was no row. */
  public CompletionStage<LwtResult<T>> deleteIfExists(Object[] primaryKey, WriteOptions options) {
    Object[] key = table.checkKey(primaryKey, model.primaryKey().size(), "deleteIfExists");
    return table.conditional(rowWrite(key, options, true, "deleteIfExists"), LwtOutcomeUnknownException.Kind.DELETE_IF,
        key);
  }

  /** A DELETE of the row with the entity's primary key, not sent yet. */
  public Write deleteWrite(T entity, WriteOptions options) {
    table.requireEntity(entity, "delete");
    return rowWrite(table.entityKey(entity, "delete"), options, false, "delete");
  }

  /** A DELETE of the row with this primary key, not sent yet. */
  public Write deleteByKeyWrite(Object[] primaryKey, WriteOptions options) {
    return rowWrite(table.checkKey(primaryKey, model.primaryKey().size(), "deleteByKey"), options, false,
        "deleteByKey");
  }

  /**
   * A DELETE built with {@code deleteFrom(key...)}, not sent yet: of the whole row unless columns, elements or
   * entries are named, optionally under IF EXISTS or IF conditions.
   */
  public Write write(UpdateSpec deletion, WriteOptions options) {
    check(options, deletion.conditional(), "delete");
    ChangeRules.requireKey(model, deletion.where(), true, " update");
    Object[] key = deletion.assignments().isEmpty() && deletion.conditions().isEmpty() ? key(deletion.where()) : null;
    return key != null ? byKey(key, options, deletion.ifExists()) : compiler.write(deletion, options);
  }

  /** The key values of restrictions that are {@code =} on each primary key column in order, else null. */
  private Object[] key(List<Restriction> where) {
    Object[] key = new Object[where.size()];
    for (int i = 0; i < key.length; i++) {
      Restriction restriction = where.get(i);
      if (restriction.column() != i || restriction.operator() != Operator.EQ) {
        return null;
      }
      key[i] = restriction.value();
    }
    return key;
  }

  /** {@code DELETE FROM ... WHERE <restrictions>}: a whole partition, a clustering range, or rows by key. */
  public CompletionStage<Void> bulk(QuerySpec query, WriteOptions options) {
    if (query.limit() != null || query.perPartitionLimit() != null || !query.orderBy().isEmpty() || query.distinct()
        || query.selected() != null || query.allowFiltering()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " bulk delete: a delete takes only where "
          + "conditions on the primary key, not limits, ordering, projections or allowFiltering");
    }
    check(options, false, "delete");
    ChangeRules.requireKey(model, query.where(), false, " bulk delete");
    boolean timestamp = options.timestampMicros().isPresent();
    CompiledStatement spec = compiler.bulkDelete(query, timestamp);
    return table.execute(spec, ExecutionOptions.of(options), binding -> {
      int index = 0;
      if (timestamp) {
        binding.setLong(index++, options.timestampMicros().getAsLong());
      }
      for (Restriction restriction : query.where()) {
        binding.set(index++, restriction.value());
      }
    }, page -> null);
  }

  /** What every delete checks first: the table takes writes, a tombstone takes no TTL, the options fit. */
  private void check(WriteOptions options, boolean conditional, String operation) {
    table.requireWritable(operation);
    if (options.ttlSeconds().isPresent()) {
      throw new CoodieException(ErrorLabel.method(model.entityClass(), operation)
          + "a delete cannot have a TTL; remove withTtl from the options");
    }
    table.checkOptions(options, conditional, operation);
  }

  private Write rowWrite(Object[] key, WriteOptions options, boolean ifExists, String operation) {
    check(options, ifExists, operation);
    return byKey(key, options, ifExists);
  }

  /** The DELETE of the row with this checked key, in one of the four cached shapes. */
  private Write byKey(Object[] key, WriteOptions options, boolean ifExists) {
    boolean timestamp = options.timestampMicros().isPresent();
    int bits = (timestamp ? 1 : 0) | (ifExists ? 2 : 0);
    CompiledStatement spec = byKey[bits];
    if (spec == null) {
      List<Type> variables = new ArrayList<>();
      if (timestamp) {
        variables.add(Long.class);
      }
      variables.addAll(primaryKeyTypes);
      spec = new CompiledStatement(new StatementSpec(
          CqlRenderer.delete(table.name(), model.primaryKey(), ifExists, timestamp), variables, List.of(), !ifExists));
      byKey[bits] = spec;
    }
    return new Write(table, spec, options, key, BY_KEY, ifExists, false);
  }

  /** Binds a delete by key: {@code [USING TIMESTAMP ?] WHERE} the key columns. */
  private static final Write.ValueBinder BY_KEY = (values, options, binding) -> {
    Object[] key = (Object[]) values;
    int first = 0;
    if (options.timestampMicros().isPresent()) {
      binding.setLong(first++, options.timestampMicros().getAsLong());
    }
    for (int i = 0; i < key.length; i++) {
      binding.set(first + i, key[i]);
    }
  };
}
