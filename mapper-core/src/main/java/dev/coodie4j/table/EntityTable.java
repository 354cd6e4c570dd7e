package dev.coodie4j.table;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes one entity class's table, blocking. {@link #async()} gives the same operations as
 * {@link java.util.concurrent.CompletionStage}s. Thread-safe. Implemented by the mapper; a unit test of code that
 * uses a table can pass its own implementation or a mock.
 *
 * <p>Key values are passed in primary-key order: partition key columns, then clustering columns.
 */
public interface EntityTable<T> {
  /** The same table, non-blocking. */
  AsyncEntityTable<T> async();

  EntityModel<T> model();

  /** Upserts every column; null properties are left unset unless the mapper writes nulls. */
  default void save(T entity) {
    save(entity, WriteOptions.defaults());
  }

  void save(T entity, WriteOptions options);

  /** As {@link #saveAll(Iterable, WriteOptions, int)} with default options and at most 64 writes in flight. */
  default BulkSaveResult<T> saveAll(Iterable<? extends T> entities) {
    return saveAll(entities, WriteOptions.defaults(), 64);
  }

  /**
   * Saves many entities at once, faster than a loop of {@link #save}: at most {@code maxInFlight} statements are
   * outstanding at a time; rows that share a partition go together in unlogged batches (one partition per batch),
   * the others are single writes sent to their replicas. Returns once every write has ended, with the count saved and
   * every failed row with its entity and exception (a row refused before sending fails alone, as does a null
   * entity, reported with its index and no entity). Of several entities
   * with one primary key, the last wins, as with saves in order. For a {@code Stream}, pass {@code stream::iterator}.
   */
  default BulkSaveResult<T> saveAll(Iterable<? extends T> entities, WriteOptions options, int maxInFlight) {
    return saveAll(entities, options, maxInFlight, BulkGrouping.PARTITION);
  }

  /**
   * As {@link #saveAll(Iterable, WriteOptions, int)}, with rows put together into batches as {@code grouping} says:
   * {@link BulkGrouping#REPLICA_SET} also batches rows of different partitions that have the same replicas.
   */
  BulkSaveResult<T> saveAll(Iterable<? extends T> entities, WriteOptions options, int maxInFlight,
      BulkGrouping grouping);

  /** The row with this full primary key, if any. */
  Optional<T> get(Object... primaryKey);

  /**
   * Inserts the entity unless a row with its primary key exists (a lightweight transaction). When it does, the result
   * is not applied and holds that row.
   */
  default LwtResult<T> insertIfNotExists(T entity) {
    return insertIfNotExists(entity, WriteOptions.defaults());
  }

  LwtResult<T> insertIfNotExists(T entity, WriteOptions options);

  /** Deletes the row with the entity's primary key. */
  default void delete(T entity) {
    delete(entity, WriteOptions.defaults());
  }

  void delete(T entity, WriteOptions options);

  /**
   * Deletes the row with this full primary key. With write options (a timestamp, a consistency):
   * {@code deleteFrom(key...).options(options).execute()}.
   */
  void deleteByKey(Object... primaryKey);

  /**
   * Deletes the row with this full primary key if it exists (a lightweight transaction); not applied if it did not.
   * With write options: {@code deleteFrom(key...).ifExists().options(options).execute()}.
   */
  LwtResult<T> deleteIfExists(Object... primaryKey);

  /** A query on this table; add conditions with {@code where}. With none, it reads the whole table. */
  Query<T> query();

  /**
   * Saves only what changed between {@code before}, the entity as loaded, and {@code after}, its modified copy: one
   * UPDATE of the changed columns, with collection deltas (append, prepend, add, remove, put) where a collection grew
   * or shrank, and nothing at all when nothing changed. Returns whether a statement was sent.
   */
  default boolean saveChanges(T before, T after) {
    return saveChanges(before, after, WriteOptions.defaults());
  }

  boolean saveChanges(T before, T after, WriteOptions options);

  /**
   * A DELETE of the row with this full primary key, or, once columns, elements or entries are named, of those only;
   * nothing is sent until {@link Delete#execute()}.
   */
  Delete<T> deleteFrom(Object... primaryKey);

  /** An UPDATE of the row with this full primary key; nothing is sent until {@link Update#execute()}. */
  Update<T> update(Object... primaryKey);

  /** Every row of the partition, in clustering order. */
  List<T> findByPartition(Object... partitionKey);

  /** The rows of the partition, mapped and paged in lazily as the stream is consumed. */
  Stream<T> streamByPartition(Object... partitionKey);

  /**
   * Creates the table or adds what it lacks (columns, indexes), waits once for schema agreement and returns the CQL
   * run. Refuses a primary key or column type that differs. Repeated in the same mapper it does nothing.
   */
  SyncResult sync();

  /** {@link #sync()} with options, such as dropping indexes the entity no longer declares. */
  SyncResult sync(SyncOption... options);

  /** What {@link #sync()} would run, without running it. */
  SyncResult syncDryRun();

  /** What {@link #sync(SyncOption...)} would run, without running it. */
  SyncResult syncDryRun(SyncOption... options);
}
