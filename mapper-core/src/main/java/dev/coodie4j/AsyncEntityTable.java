package dev.coodie4j;

import dev.coodie4j.internal.Futures;
import dev.coodie4j.internal.TableOperations;
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

  public CompletionStage<Void> deleteByKey(Object... primaryKey) {
    return deleteByKey(WriteOptions.defaults(), primaryKey);
  }

  public CompletionStage<Void> deleteByKey(WriteOptions options, Object... primaryKey) {
    return Futures.attempt(() -> operations.deleteByKey(primaryKey, options));
  }

  public CompletionStage<LwtResult<T>> deleteIfExists(Object... primaryKey) {
    return deleteIfExists(WriteOptions.defaults(), primaryKey);
  }

  public CompletionStage<LwtResult<T>> deleteIfExists(WriteOptions options, Object... primaryKey) {
    return Futures.attempt(() -> operations.deleteIfExists(primaryKey, options));
  }

  /** Every row of the partition, in clustering order, all pages fetched without blocking. */
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return Futures.attempt(() -> operations.findByPartition(partitionKey));
  }

  /** As {@link EntityTable#saveChanges(Object, Object)}. */
  public CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options) {
    return Futures.attempt(() -> operations.saveChanges(before, after, options));
  }

  public CompletionStage<SyncResult> sync() {
    return Futures.attempt(() -> operations.sync(false));
  }

  public CompletionStage<SyncResult> syncDryRun() {
    return Futures.attempt(() -> operations.sync(true));
  }
}
