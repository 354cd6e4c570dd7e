package dev.coodie4j;

import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.execution.Write;
import dev.coodie4j.internal.metadata.PropertyRefs;
import java.util.concurrent.CompletionStage;

/** What {@link Update} and {@link Delete} share: conditions, options and execution. Immutable. */
abstract class RowWrite<T, S extends RowWrite<T, S>> {
  final UpdateRunner<T> runner;
  final UpdateSpec spec;
  final WriteOptions options;

  RowWrite(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    this.runner = runner;
    this.spec = spec;
    this.options = options;
  }

  /** The same statement with another spec or options. */
  abstract S copy(UpdateSpec nextSpec, WriteOptions nextOptions);

  final S with(UpdateSpec next) {
    return copy(next, options);
  }

  final int indexOf(PropertyRef<T, ?> property) {
    return PropertyRefs.columnIndex(runner.model(), PropertyRefs.name(property));
  }

  /** Applies only if the row exists ({@code IF EXISTS}). */
  public S ifExists() {
    return with(spec.withIfExists());
  }

  /** Applies only if the column's current value passes the comparison ({@code IF c op ?}). */
  public <V> Comparison<V, S> onlyIf(PropertyRef<T, V> property) {
    int column = indexOf(property);
    return new Comparison<>((operator, value) -> with(spec.withCondition(runner.model(), column, operator, value)));
  }

  /** TTL, timestamp, consistency, serial consistency, timeout; options the statement cannot honour are refused. */
  public S options(WriteOptions writeOptions) {
    if (writeOptions == null) {
      throw new CoodieException("write options must not be null: use WriteOptions.defaults()");
    }
    return copy(spec, writeOptions);
  }

  /** Sends the statement; not applied only when a condition failed, with the columns the server compared. */
  public LwtResult<T> execute() {
    return Futures.join(runner.driver(), executeAsync());
  }

  public CompletionStage<LwtResult<T>> executeAsync() {
    return Futures.attempt(() -> runner.update(spec, options));
  }

  Write write() {
    return runner.write(spec, options);
  }
}
