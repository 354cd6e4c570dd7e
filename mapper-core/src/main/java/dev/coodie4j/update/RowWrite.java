package dev.coodie4j.update;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.query.Condition;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.table.LwtResult;
import java.util.concurrent.CompletionStage;

/** What {@link Update} and {@link Delete} share: conditions, options and execution. Immutable. */
public interface RowWrite<T, S extends RowWrite<T, S>> {
  /** Applies only if the row exists ({@code IF EXISTS}). */
  S ifExists();

  /** Applies only if the column's current value passes the comparison ({@code IF c op ?}). */
  <V> Condition<V, S> onlyIf(PropertyRef<T, V> property);

  /** TTL, timestamp, consistency, serial consistency, timeout; options the statement cannot honour are refused. */
  S options(WriteOptions writeOptions);

  /** Sends the statement; not applied only when a condition failed, with the columns the server compared. */
  LwtResult<T> execute();

  CompletionStage<LwtResult<T>> executeAsync();
}
