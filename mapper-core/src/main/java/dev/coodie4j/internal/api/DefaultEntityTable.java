package dev.coodie4j.internal.api;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.BulkSave;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The mapper's {@link EntityTable}. */
public final class DefaultEntityTable<T> implements EntityTable<T> {
  private final TableOperations<T> operations;
  private final AsyncEntityTable<T> async;

  public DefaultEntityTable(TableOperations<T> operations) {
    this.operations = operations;
    this.async = new DefaultAsyncEntityTable<>(operations);
  }

  public TableOperations<T> operations() {
    return operations;
  }

  @Override
  public AsyncEntityTable<T> async() {
    return async;
  }

  @Override
  public EntityModel<T> model() {
    return operations.model();
  }

  @Override
  public void save(T entity, WriteOptions options) {
    Futures.join(Futures.mayWait(operations.driver()), operations.inserts().save(entity, options));
  }

  @Override
  public BulkSaveResult<T> saveAll(Iterable<? extends T> entities, WriteOptions options, int maxInFlight,
      dev.coodie4j.table.BulkGrouping grouping) {
    return Futures.join(Futures.mayWait(operations.driver()), BulkSave.run(operations, entities, options, maxInFlight, grouping));
  }

  @Override
  public Optional<T> get(Object... primaryKey) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.reads().get(primaryKey));
  }

  @Override
  public LwtResult<T> insertIfNotExists(T entity, WriteOptions options) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.inserts().insertIfNotExists(entity, options));
  }

  @Override
  public void delete(T entity, WriteOptions options) {
    Futures.join(Futures.mayWait(operations.driver()), operations.deletes().delete(entity, options));
  }

  @Override
  public void deleteByKey(Object... primaryKey) {
    Futures.join(Futures.mayWait(operations.driver()), operations.deletes().deleteByKey(primaryKey, WriteOptions.defaults()));
  }

  @Override
  public LwtResult<T> deleteIfExists(Object... primaryKey) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.deletes().deleteIfExists(primaryKey, WriteOptions.defaults()));
  }

  @Override
  public Query<T> query() {
    return new DefaultQuery<>(operations.queries(), operations.updates(), dev.coodie4j.internal.check.QuerySpec.ALL);
  }

  @Override
  public boolean saveChanges(T before, T after, WriteOptions options) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.changes().saveChanges(before, after, options));
  }

  @Override
  public Delete<T> deleteFrom(Object... primaryKey) {
    return new DefaultDelete<>(operations.updates(), UpdateSpec.deletion(operations.keyUpdate(primaryKey).where()),
        WriteOptions.defaults());
  }

  @Override
  public Update<T> update(Object... primaryKey) {
    return new DefaultUpdate<>(operations.updates(), operations.keyUpdate(primaryKey), WriteOptions.defaults());
  }

  @Override
  public List<T> findByPartition(Object... partitionKey) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.reads().findByPartition(partitionKey));
  }

  @Override
  public Stream<T> streamByPartition(Object... partitionKey) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
        operations.reads().iterateByPartition(partitionKey), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public SyncResult sync() {
    return Futures.join(Futures.mayWait(operations.driver()), operations.schema().sync(false));
  }

  @Override
  public SyncResult sync(SyncOption... options) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.schema().sync(false, options));
  }

  @Override
  public SyncResult syncDryRun() {
    return Futures.join(Futures.mayWait(operations.driver()), operations.schema().sync(true));
  }

  @Override
  public SyncResult syncDryRun(SyncOption... options) {
    return Futures.join(Futures.mayWait(operations.driver()), operations.schema().sync(true, options));
  }
}
