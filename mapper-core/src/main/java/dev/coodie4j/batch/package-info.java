/**
 * CQL batches of writes of any entities: {@link dev.coodie4j.batch.Batch} from {@code mapper.batch(type)}, its
 * {@link dev.coodie4j.batch.BatchType} and {@link dev.coodie4j.batch.BatchResult}.
 */
@NullMarked
package dev.coodie4j.batch;

import org.jspecify.annotations.NullMarked;
