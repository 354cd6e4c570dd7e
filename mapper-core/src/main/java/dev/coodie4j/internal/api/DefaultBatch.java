package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchResult;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.internal.execution.BatchRunner;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.internal.execution.Write;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** The mapper's {@link Batch}. */
public final class DefaultBatch implements Batch {
  private final CqlDriver driver;
  private final Function<Class<?>, TableOperations<?>> tables;
  private final BatchType type;
  private final List<Write> writes = new ArrayList<>();
  private WriteOptions options = WriteOptions.defaults();

  public DefaultBatch(CqlDriver driver, Function<Class<?>, TableOperations<?>> tables, BatchType type) {
    if (type == null) {
      throw new CoodieException("a batch needs a type: LOGGED, UNLOGGED or COUNTER");
    }
    this.driver = driver;
    this.tables = tables;
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  private <T> TableOperations<T> table(T entity) {
    if (entity == null) {
      throw new CoodieException("a batch write was given null: pass an entity");
    }
    return (TableOperations<T>) tables.apply(entity.getClass());
  }

  @Override
  public <T> Batch save(T entity, WriteOptions writeOptions) {
    writes.add(table(entity).inserts().insertWrite(entity, writeOptions, false));
    return this;
  }

  @Override
  public <T> Batch insertIfNotExists(T entity) {
    writes.add(table(entity).inserts().insertWrite(entity, WriteOptions.defaults(), true));
    return this;
  }

  @Override
  public <T> Batch delete(T entity) {
    writes.add(table(entity).deletes().deleteWrite(entity, WriteOptions.defaults()));
    return this;
  }

  @Override
  public Batch deleteByKey(Class<?> type, Object... primaryKey) {
    writes.add(tables.apply(type).deletes().deleteByKeyWrite(primaryKey, WriteOptions.defaults()));
    return this;
  }

  @Override
  public Batch update(Update<?> update) {
    writes.add(DefaultRowWrite.write(update));
    return this;
  }

  @Override
  public Batch delete(Delete<?> delete) {
    writes.add(DefaultRowWrite.write(delete));
    return this;
  }

  @Override
  public Batch options(WriteOptions batchOptions) {
    if (batchOptions == null) {
      throw new CoodieException("batch options must not be null: use WriteOptions.defaults()");
    }
    this.options = batchOptions;
    return this;
  }

  @Override
  public int size() {
    return writes.size();
  }

  @Override
  public BatchResult execute() {
    return Futures.join(Futures.mayWait(driver), executeAsync());
  }

  @Override
  public CompletionStage<BatchResult> executeAsync() {
    List<Write> snapshot = List.copyOf(writes);
    return Futures.attempt(() -> BatchRunner.execute(driver, type, snapshot, options));
  }
}
