package dev.coodie4j;

import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.TableOperations;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The operations of {@link EntityTable}, non-blocking. They never throw: invalid input and failures complete the
 * returned stage exceptionally.
 */
public final class AsyncEntityTable<T> {
  private final TableOperations<T> operations;

  AsyncEntityTable(TableOperations<T> operations) {
    this.operations = operations;
  }

  public CompletionStage<Void> save(T entity) {
    return save(entity, WriteOptions.defaults());
  }

  public CompletionStage<Void> save(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.save(entity, options));
  }

  public CompletionStage<Optional<T>> get(Object... primaryKey) {
    return Futures.attempt(() -> operations.get(primaryKey));
  }

  public CompletionStage<LwtResult<T>> insertIfNotExists(T entity) {
    return insertIfNotExists(entity, WriteOptions.defaults());
  }

  public CompletionStage<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.insertIfNotExists(entity, options));
  }

  public CompletionStage<Void> delete(T entity) {
    return delete(entity, WriteOptions.defaults());
  }

  public CompletionStage<Void> delete(T entity, WriteOptions options) {
    return Futures.attempt(() -> operations.delete(entity, options));
  }

  /** As {@link EntityTable#deleteByKey}; with write options, {@code deleteFrom(key...).options(o).executeAsync()}. */
  public CompletionStage<Void> deleteByKey(Object... primaryKey) {
    return Futures.attempt(() -> operations.deleteByKey(primaryKey, WriteOptions.defaults()));
  }

  /** As {@link EntityTable#deleteIfExists}; with write options, {@code deleteFrom(key...).ifExists().options(o)}. */
  public CompletionStage<LwtResult<T>> deleteIfExists(Object... primaryKey) {
    return Futures.attempt(() -> operations.deleteIfExists(primaryKey, WriteOptions.defaults()));
  }

  /** Every row of the partition, in clustering order, all pages fetched without blocking. */
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return Futures.attempt(() -> operations.findByPartition(partitionKey));
  }

  /** As {@link EntityTable#saveChanges(Object, Object)}. */
  public CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options) {
    return Futures.attempt(() -> operations.saveChanges(before, after, options));
  }

  public CompletionStage<Boolean> saveChanges(T before, T after) {
    return saveChanges(before, after, WriteOptions.defaults());
  }

  /** As {@link EntityTable#update(Object...)}; run it with {@link Update#executeAsync()}. */
  public Update<T> update(Object... primaryKey) {
    return new EntityTable<>(operations).update(primaryKey);
  }

  /** As {@link EntityTable#deleteFrom(Object...)}; run it with {@link Delete#executeAsync()}. */
  public Delete<T> deleteFrom(Object... primaryKey) {
    return new EntityTable<>(operations).deleteFrom(primaryKey);
  }

  /**
   * Calls {@code action} with each row of the partition as pages arrive, fetching the next page only when the
   * previous one is consumed; completes when every row was seen. The action runs on the thread that completes each
   * page, usually a driver I/O thread: keep it short and do not block in it.
   */
  public CompletionStage<Void> forEachInPartition(java.util.function.Consumer<? super T> action,
      Object... partitionKey) {
    return Futures.attempt(() -> operations.queries().forEach(operations.partitionQuery(partitionKey), action));
  }

  public CompletionStage<SyncResult> sync() {
    return Futures.attempt(() -> operations.schema().sync(false));
  }

  public CompletionStage<SyncResult> sync(SyncOption... options) {
    return Futures.attempt(() -> operations.schema().sync(false, options));
  }

  public CompletionStage<SyncResult> syncDryRun() {
    return Futures.attempt(() -> operations.schema().sync(true));
  }

  public CompletionStage<SyncResult> syncDryRun(SyncOption... options) {
    return Futures.attempt(() -> operations.schema().sync(true, options));
  }
}
