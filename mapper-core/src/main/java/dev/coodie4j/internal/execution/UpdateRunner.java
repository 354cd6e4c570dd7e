package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.ChangeRules;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.table.LwtResult;
import java.util.concurrent.CompletionStage;

/** Runs the UPDATEs of one table; each shape is rendered and prepared once. DELETEs go to {@link DeleteRunner}. */
public final class UpdateRunner<T> {
  private final TableOperations<T> operations;
  private final EntityModel<T> model;
  private final ChangeCompiler<T> compiler;
  private final DeleteRunner<T> deletes;

  UpdateRunner(TableOperations<T> operations, EntityModel<T> model, ChangeCompiler<T> compiler,
      DeleteRunner<T> deletes) {
    this.operations = operations;
    this.model = model;
    this.compiler = compiler;
    this.deletes = deletes;
  }

  public EntityMapping<T> mapping() {
    return operations.mapping();
  }

  public EntityModel<T> model() {
    return model;
  }

  /** The driver the statements run on. */
  public CqlDriver driver() {
    return operations.driver();
  }

  /** The DELETEs of the same table, for deletes built by a query. */
  public DeleteRunner<T> deletes() {
    return deletes;
  }

  /** Runs the update (or a delete built with {@code deleteFrom}); an unconditional one is always applied. */
  public CompletionStage<LwtResult<T>> update(UpdateSpec update, WriteOptions options) {
    Write write = write(update, options);
    if (!update.conditional()) {
      return operations.execute(write, TableOperations.applied());
    }
    Object[] key = new Object[model.primaryKey().size()];
    for (QuerySpec.Restriction restriction : update.where()) {
      if (restriction.column() < key.length) {
        key[restriction.column()] = restriction.value();
      }
    }
    return operations.conditional(write, update.delete() ? LwtOutcomeUnknownException.Kind.DELETE_IF
        : LwtOutcomeUnknownException.Kind.UPDATE_IF, key);
  }

  /** The UPDATE, not sent yet. */
  public Write write(UpdateSpec update, WriteOptions options) {
    if (update.delete()) {
      return deletes.write(update, options);
    }
    operations.requireWritable("update");
    if (update.assignments().isEmpty()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " update sets nothing: add set(...), "
          + "append(...), increment(...) or another change");
    }
    ChangeRules.requireKey(model, update.where(), true, " update");
    operations.checkOptions(options, update.conditional(), "update");
    operations.validateAssignments(update);
    if (model.isCounterTable() && options.ttlSeconds().isPresent()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " update: counters cannot have a TTL; remove "
          + "withTtl from the options");
    }
    return compiler.write(update, options);
  }
}
