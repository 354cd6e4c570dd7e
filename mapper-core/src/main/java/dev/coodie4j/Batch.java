package dev.coodie4j;

import dev.coodie4j.internal.execution.BatchRunner;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.Write;
import dev.coodie4j.spi.CqlDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Writes of any entities sent as one CQL batch. Each write is checked when added; at execution every statement is
 * prepared and bound before anything is sent, so a batch that fails to build sends nothing. A builder: not
 * thread-safe; create one per batch with {@link Mapper#batch(BatchType)}.
 *
 * <pre>{@code
 * BatchResult result = mapper.batch(BatchType.LOGGED).save(order).save(orderLine).delete(cartItem).execute();
 * }</pre>
 */
public final class Batch {
  private final CqlDriver driver;
  private final Function<Class<?>, EntityTable<?>> tables;
  private final BatchType type;
  private final List<Write> writes = new ArrayList<>();
  private WriteOptions options = WriteOptions.defaults();

  Batch(CqlDriver driver, Function<Class<?>, EntityTable<?>> tables, BatchType type) {
    if (type == null) {
      throw new CoodieException("a batch needs a type: LOGGED, UNLOGGED or COUNTER");
    }
    this.driver = driver;
    this.tables = tables;
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  private <T> EntityTable<T> table(T entity) {
    if (entity == null) {
      throw new CoodieException("a batch write was given null: pass an entity");
    }
    return (EntityTable<T>) tables.apply(entity.getClass());
  }

  /** Adds an upsert of the entity (nulls left unset unless the options or the mapper say otherwise). */
  public <T> Batch save(T entity) {
    return save(entity, WriteOptions.defaults());
  }

  /** Adds an upsert with per-statement options (TTL, timestamp, nulls); batch-wide ones go in {@link #options}. */
  public <T> Batch save(T entity, WriteOptions writeOptions) {
    writes.add(table(entity).operations().insertWrite(entity, writeOptions, false));
    return this;
  }

  /** Adds {@code INSERT ... IF NOT EXISTS}: the batch becomes conditional, limited to one partition. */
  public <T> Batch insertIfNotExists(T entity) {
    writes.add(table(entity).operations().insertWrite(entity, WriteOptions.defaults(), true));
    return this;
  }

  /** Adds a delete of the entity's row. */
  public <T> Batch delete(T entity) {
    writes.add(table(entity).operations().deleteWrite(entity, WriteOptions.defaults()));
    return this;
  }

  /** Adds a delete of the row of {@code type} with this primary key. */
  public Batch deleteByKey(Class<?> type, Object... primaryKey) {
    writes.add(tables.apply(type).operations().deleteByKeyWrite(primaryKey, WriteOptions.defaults()));
    return this;
  }

  /** Adds an update built with {@code table.update(key...)}, conditions and counters included. */
  public Batch update(Update<?> update) {
    writes.add(update.write());
    return this;
  }

  /** Adds a delete built with {@code table.deleteFrom(key...)}. */
  public Batch delete(Delete<?> delete) {
    writes.add(delete.write());
    return this;
  }

  /** The batch's timestamp, consistency, serial consistency and timeout; a TTL or null handling here is refused. */
  public Batch options(WriteOptions batchOptions) {
    if (batchOptions == null) {
      throw new CoodieException("batch options must not be null: use WriteOptions.defaults()");
    }
    this.options = batchOptions;
    return this;
  }

  /** The number of writes added. */
  public int size() {
    return writes.size();
  }

  public BatchResult execute() {
    return Futures.join(driver, executeAsync());
  }

  public CompletionStage<BatchResult> executeAsync() {
    List<Write> snapshot = List.copyOf(writes);
    return Futures.attempt(() -> BatchRunner.execute(driver, type, snapshot, options));
  }
}
