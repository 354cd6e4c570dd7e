package dev.coodie4j.batch;

import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.update.Delete;
import dev.coodie4j.update.Update;
import java.util.concurrent.CompletionStage;

/**
 * Writes of any entities sent as one CQL batch. Each write is checked when added; at execution every statement is
 * prepared and bound before anything is sent, so a batch that fails to build sends nothing. A builder: not
 * thread-safe; create one per batch with {@link Mapper#batch(BatchType)}.
 *
 * <pre>{@code
 * BatchResult result = mapper.batch(BatchType.LOGGED).save(order).save(orderLine).delete(cartItem).execute();
 * }</pre>
 */
public interface Batch {
  /** Adds an upsert of the entity (nulls left unset unless the options or the mapper say otherwise). */
  default <T> Batch save(T entity) {
    return save(entity, WriteOptions.defaults());
  }

  /** Adds an upsert with per-statement options (TTL, timestamp, nulls); batch-wide ones go in {@link #options}. */
  <T> Batch save(T entity, WriteOptions writeOptions);

  /** Adds {@code INSERT ... IF NOT EXISTS}: the batch becomes conditional, limited to one partition. */
  <T> Batch insertIfNotExists(T entity);

  /** Adds a delete of the entity's row. */
  <T> Batch delete(T entity);

  /** Adds a delete of the row of {@code type} with this primary key. */
  Batch deleteByKey(Class<?> type, Object... primaryKey);

  /** Adds an update built with {@code table.update(key...)}, conditions and counters included. */
  Batch update(Update<?> update);

  /** Adds a delete built with {@code table.deleteFrom(key...)}. */
  Batch delete(Delete<?> delete);

  /** The batch's timestamp, consistency, serial consistency and timeout; a TTL or null handling here is refused. */
  Batch options(WriteOptions batchOptions);

  /** The number of writes added. */
  int size();

  BatchResult execute();

  CompletionStage<BatchResult> executeAsync();
}
