package dev.coodie4j.internal.api;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.execution.BulkSave;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.table.SaveResult;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.CompletionStage;

/** The mapper's {@link AsyncEntityTable}. */
public final class DefaultAsyncEntityTable<T> implements AsyncEntityTable<T> {
  private final TableOperations<T> operations;

  public DefaultAsyncEntityTable(TableOperations<T> operations) {
    this.operations = operations;
  }

  @Override
  public CompletionStage<Void> save(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.inserts().save(entity, options));
  }

  @Override
  public CompletionStage<BulkSaveResult<T>> saveAll(Iterable<? extends T> entities, WriteOptions options,
      int maxInFlight, dev.coodie4j.table.BulkGrouping grouping) {
    return Futures.attempt(() -> BulkSave.run(operations, entities, options, maxInFlight, grouping));
  }

  @Override
  public Flow.Publisher<SaveResult<T>> saveAll(Flow.Publisher<? extends T> entities, WriteOptions options,
      int maxInFlight) {
    return new SavePublisher<>(this, operations.model().entityClass().getSimpleName(), entities, options,
        maxInFlight);
  }

  @Override
  public CompletionStage<Optional<T>> get(Object... primaryKey) {
    return Futures.attempt(() -> operations.reads().get(primaryKey));
  }

  @Override
  public CompletionStage<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.inserts().insertIfNotExists(entity, options));
  }

  @Override
  public CompletionStage<Void> delete(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.deletes().delete(entity, options));
  }

  @Override
  public CompletionStage<Void> deleteByKey(Object... primaryKey) {
    return Futures.attempt(() -> operations.deletes().deleteByKey(primaryKey, WriteOptions.defaults()));
  }

  @Override
  public CompletionStage<LwtResult<T>> deleteIfExists(Object... primaryKey) {
    return Futures.attempt(() -> operations.deletes().deleteIfExists(primaryKey, WriteOptions.defaults()));
  }

  @Override
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return Futures.attempt(() -> operations.reads().findByPartition(partitionKey));
  }

  @Override
  public CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options) {
    return Futures.attempt(() -> operations.changes().saveChanges(before, after, options));
  }

  @Override
  public Update<T> update(Object... primaryKey) {
    return new DefaultEntityTable<>(operations).update(primaryKey);
  }

  @Override
  public Delete<T> deleteFrom(Object... primaryKey) {
    return new DefaultEntityTable<>(operations).deleteFrom(primaryKey);
  }

  @Override
  public CompletionStage<Void> forEachInPartition(java.util.function.Consumer<? super T> action,
      Object... partitionKey) {
    return Futures.attempt(() -> operations.reads().forEachInPartition(action, partitionKey));
  }

  @Override
  public CompletionStage<SyncResult> sync() {
    return Futures.attempt(() -> operations.schema().sync(false));
  }

  @Override
  public CompletionStage<SyncResult> sync(SyncOption... options) {
    return Futures.attempt(() -> operations.schema().sync(false, options));
  }

  @Override
  public CompletionStage<SyncResult> syncDryRun() {
    return Futures.attempt(() -> operations.schema().sync(true));
  }

  @Override
  public CompletionStage<SyncResult> syncDryRun(SyncOption... options) {
    return Futures.attempt(() -> operations.schema().sync(true, options));
  }
}
