package dev.coodie4j.table;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The operations of {@link EntityTable}, non-blocking. They never throw: invalid input and failures complete the
 * returned stage exceptionally.
 */
public interface AsyncEntityTable<T> {
  default CompletionStage<Void> save(T entity) {
    return save(entity, WriteOptions.defaults());
  }

  CompletionStage<Void> save(T entity, WriteOptions options);

  CompletionStage<Optional<T>> get(Object... primaryKey);

  default CompletionStage<LwtResult<T>> insertIfNotExists(T entity) {
    return insertIfNotExists(entity, WriteOptions.defaults());
  }

  CompletionStage<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options);

  /**
   * As {@link EntityTable#saveAll(Iterable, WriteOptions, int)}, without blocking: the stage completes once every
   * write has ended, never exceptionally because of a row. Entities are taken from the iterator on the calling thread
   * (or the one that completes the preparation of the table's INSERT) and then on the threads that complete writes,
   * so it must not block (a collection, an in-memory stream); for a
   * slow source, use {@link #saveAll(Flow.Publisher, WriteOptions, int)}.
   */
  default CompletionStage<BulkSaveResult<T>> saveAll(Iterable<? extends T> entities, WriteOptions options,
      int maxInFlight) {
    return saveAll(entities, options, maxInFlight, BulkGrouping.PARTITION);
  }

  /** As {@link EntityTable#saveAll(Iterable, WriteOptions, int, BulkGrouping)}, without blocking. */
  CompletionStage<BulkSaveResult<T>> saveAll(Iterable<? extends T> entities, WriteOptions options, int maxInFlight,
      BulkGrouping grouping);

  /** As {@link #saveAll(Flow.Publisher, WriteOptions, int)} with default write options. */
  default Flow.Publisher<SaveResult<T>> saveAll(Flow.Publisher<? extends T> entities, int maxInFlight) {
    return saveAll(entities, WriteOptions.defaults(), maxInFlight);
  }

  /**
   * Saves each entity the publisher emits, as {@link #save(Object, WriteOptions)} does, and publishes one
   * {@link SaveResult} per entity in the order the writes complete. Nothing is written before the subscriber
   * requests results: an entity is requested from {@code entities} only when its result is wanted and fewer than
   * {@code maxInFlight} entities are awaited, being written or waiting for delivery, so memory stays bounded
   * whatever the input's size. A failed row is a result carrying its entity and the mapper's exception; a failure
   * of {@code entities} itself ends the stream with {@code onError} once the rows already taken are delivered.
   * Each subscription reads {@code entities} anew; cancelling stops requesting (writes already sent complete).
   * Bad arguments ({@code maxInFlight} under 1, no publisher) are signalled to each subscriber as {@code onError}.
   */
  Flow.Publisher<SaveResult<T>> saveAll(Flow.Publisher<? extends T> entities, WriteOptions options,
      int maxInFlight);

  default CompletionStage<Void> delete(T entity) {
    return delete(entity, WriteOptions.defaults());
  }

  CompletionStage<Void> delete(T entity, WriteOptions options);

  /** As {@link EntityTable#deleteByKey}; with write options, {@code deleteFrom(key...).options(o).executeAsync()}. */
  CompletionStage<Void> deleteByKey(Object... primaryKey);

  /** As {@link EntityTable#deleteIfExists}; with write options, {@code deleteFrom(key...).ifExists().options(o)}. */
  CompletionStage<LwtResult<T>> deleteIfExists(Object... primaryKey);

  /** Every row of the partition, in clustering order, all pages fetched without blocking. */
  CompletionStage<List<T>> findByPartition(Object... partitionKey);

  /** As {@link EntityTable#saveChanges(Object, Object)}. */
  CompletionStage<Boolean> saveChanges(T before, T after, WriteOptions options);

  default CompletionStage<Boolean> saveChanges(T before, T after) {
    return saveChanges(before, after, WriteOptions.defaults());
  }

  /** As {@link EntityTable#update(Object...)}; run it with {@link Update#executeAsync()}. */
  Update<T> update(Object... primaryKey);

  /** As {@link EntityTable#deleteFrom(Object...)}; run it with {@link Delete#executeAsync()}. */
  Delete<T> deleteFrom(Object... primaryKey);

  /**
   * Calls {@code action} with each row of the partition as pages arrive, fetching the next page only when the
   * previous one is consumed; completes when every row was seen. The action runs on the thread that completes each
   * page, usually a driver I/O thread: keep it short and do not block in it.
   */
  CompletionStage<Void> forEachInPartition(java.util.function.Consumer<? super T> action,
      Object... partitionKey);

  /** As {@link EntityTable#sync()}. */
  CompletionStage<SyncResult> sync();

  /** As {@link EntityTable#sync(SyncOption...)}. */
  CompletionStage<SyncResult> sync(SyncOption... options);

  /** As {@link EntityTable#syncDryRun()}. */
  CompletionStage<SyncResult> syncDryRun();

  /** As {@link EntityTable#syncDryRun(SyncOption...)}. */
  CompletionStage<SyncResult> syncDryRun(SyncOption... options);
}
