package dev.coodie4j;

import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.schema.EntityModel;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes one entity class's table, blocking. {@link #async()} gives the same operations as
 * {@link java.util.concurrent.CompletionStage}s. Thread-safe.
 *
 * <p>Key values are passed in primary-key order: partition key columns, then clustering columns.
 */
public final class EntityTable<T> {
  private final TableOperations<T> operations;
  private final AsyncEntityTable<T> async;

  EntityTable(TableOperations<T> operations) {
    this.operations = operations;
    this.async = new AsyncEntityTable<>(operations);
  }

  TableOperations<T> operations() {
    return operations;
  }

  /** The same table, non-blocking. */
  public AsyncEntityTable<T> async() {
    return async;
  }

  public EntityModel<T> model() {
    return operations.model();
  }

  /** Upserts every column; null properties are left unset unless the mapper writes nulls. */
  public void save(T entity) {
    save(entity, WriteOptions.defaults());
  }

  public void save(T entity, WriteOptions options) {
    Futures.join(operations.driver(), operations.save(entity, options));
  }

  /** The row with this full primary key, if any. */
  public Optional<T> get(Object... primaryKey) {
    return Futures.join(operations.driver(), operations.get(primaryKey));
  }

  /**
   * Inserts the entity unless a row with its primary key exists (a lightweight transaction). When it does, the result
   * is not applied and holds that row.
   */
  public LwtResult<T> insertIfNotExists(T entity) {
    return insertIfNotExists(entity, WriteOptions.defaults());
  }

  public LwtResult<T> insertIfNotExists(T entity, WriteOptions options) {
    return Futures.join(operations.driver(), operations.insertIfNotExists(entity, options));
  }

  /** Deletes the row with the entity's primary key. */
  public void delete(T entity) {
    delete(entity, WriteOptions.defaults());
  }

  public void delete(T entity, WriteOptions options) {
    Futures.join(operations.driver(), operations.delete(entity, options));
  }

  /**
   * Deletes the row with this full primary key. With write options (a timestamp, a consistency):
   * {@code deleteFrom(key...).options(options).execute()}.
   */
  public void deleteByKey(Object... primaryKey) {
    Futures.join(operations.driver(), operations.deleteByKey(primaryKey, WriteOptions.defaults()));
  }

  /**
   * Deletes the row with this full primary key if it exists (a lightweight transaction); not applied if it did not.
   * With write options: {@code deleteFrom(key...).ifExists().options(options).execute()}.
   */
  public LwtResult<T> deleteIfExists(Object... primaryKey) {
    return Futures.join(operations.driver(), operations.deleteIfExists(primaryKey, WriteOptions.defaults()));
  }

  /** A query on this table; add conditions with {@code where}. With none, it reads the whole table. */
  public Query<T> query() {
    return new Query<>(operations.queries(), operations.updates(), dev.coodie4j.internal.check.QuerySpec.ALL);
  }

  /**
   * Saves only what changed between {@code before}, the entity as loaded, and {@code after}, its modified copy: one
   * UPDATE of the changed columns, with collection deltas (append, prepend, add, remove, put) where a collection grew
   * or shrank, and nothing at all when nothing changed. Returns whether a statement was sent.
   */
  public boolean saveChanges(T before, T after) {
    return saveChanges(before, after, WriteOptions.defaults());
  }

  public boolean saveChanges(T before, T after, WriteOptions options) {
    return Futures.join(operations.driver(), operations.saveChanges(before, after, options));
  }

  /**
   * A DELETE of the row with this full primary key, or, once columns, elements or entries are named, of those only;
   * nothing is sent until {@link Delete#execute()}.
   */
  public Delete<T> deleteFrom(Object... primaryKey) {
    return new Delete<>(operations.updates(), UpdateSpec.deletion(operations.keyUpdate(primaryKey).where()),
        WriteOptions.defaults());
  }

  /** An UPDATE of the row with this full primary key; nothing is sent until {@link Update#execute()}. */
  public Update<T> update(Object... primaryKey) {
    return new Update<>(operations.updates(), operations.keyUpdate(primaryKey), WriteOptions.defaults());
  }

  /** Every row of the partition, in clustering order. */
  public List<T> findByPartition(Object... partitionKey) {
    return Futures.join(operations.driver(), operations.findByPartition(partitionKey));
  }

  /** The rows of the partition, mapped and paged in lazily as the stream is consumed. */
  public Stream<T> streamByPartition(Object... partitionKey) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
        operations.iterateByPartition(partitionKey), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Creates the table or adds what it lacks (columns, indexes), waits once for schema agreement and returns the CQL
   * run. Refuses a primary key or column type that differs. Repeated in the same mapper it does nothing.
   */
  public SyncResult sync() {
    return Futures.join(operations.driver(), operations.schema().sync(false));
  }

  /** {@link #sync()} with options, such as dropping indexes the entity no longer declares. */
  public SyncResult sync(SyncOption... options) {
    return Futures.join(operations.driver(), operations.schema().sync(false, options));
  }

  /** What {@link #sync()} would run, without running it. */
  public SyncResult syncDryRun() {
    return Futures.join(operations.driver(), operations.schema().sync(true));
  }

  /** What {@link #sync(SyncOption...)} would run, without running it. */
  public SyncResult syncDryRun(SyncOption... options) {
    return Futures.join(operations.driver(), operations.schema().sync(true, options));
  }
}
