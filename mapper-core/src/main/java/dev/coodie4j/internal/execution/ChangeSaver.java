package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.ChangeDetector;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.schema.EntityModel;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code saveChanges}: one UPDATE with only the columns that differ between an entity as loaded and its modified
 * copy, with collection deltas where that is how a collection changed, or nothing when nothing changed.
 */
public final class ChangeSaver<T> {
  private final TableOperations<T> table;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final UpdateRunner<T> updates;

  ChangeSaver(TableOperations<T> table, EntityMapping<T> mapping, UpdateRunner<T> updates) {
    this.table = table;
    this.mapping = mapping;
    this.model = mapping.model();
    this.updates = updates;
  }

  /** Completes with whether a statement was sent. */
  public CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options) {
    table.requireWritable("saveChanges");
    table.requireEntity(before, "saveChanges");
    table.requireEntity(after, "saveChanges");
    if (model.isCounterTable()) {
      throw new CoodieException(model.entityClass().getSimpleName() + ".saveChanges: counters change only by "
          + "update(key...).increment(...)");
    }
    Object[] key = table.entityKey(after, "saveChanges");
    if (!Arrays.equals(key, table.entityKey(before, "saveChanges"))) {
      throw new CoodieException(model.entityClass().getSimpleName() + ".saveChanges: the primary key changed from "
          + Arrays.toString(table.entityKey(before, "saveChanges")) + " to " + Arrays.toString(key)
          + "; a key cannot be updated: save the new row and delete the old one");
    }
    table.validate(after);
    UpdateSpec update = table.keyUpdate(key);
    for (int i = model.primaryKey().size(); i < model.columns().size(); i++) {
      update = ChangeDetector.change(update, mapping, i, mapping.get(before, i), mapping.get(after, i));
    }
    if (update.assignments().isEmpty()) {
      return CompletableFuture.completedFuture(false);
    }
    return updates.update(update, options).thenApply(result -> true);
  }
}
