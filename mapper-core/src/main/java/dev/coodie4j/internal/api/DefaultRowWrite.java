package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.execution.Write;
import dev.coodie4j.internal.metadata.PropertyRefs;
import dev.coodie4j.query.Condition;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.update.RowWrite;
import java.util.concurrent.CompletionStage;

public abstract class DefaultRowWrite<T, S extends RowWrite<T, S>> implements RowWrite<T, S> {
  final UpdateRunner<T> runner;
  final UpdateSpec spec;
  final WriteOptions options;

  public DefaultRowWrite(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    this.runner = runner;
    this.spec = spec;
    this.options = options;
  }

  /** How a refusal names the sync {@code execute}: the public interface's name, not this class's. */
  abstract String executeCall();

  /** The same statement with another spec or options. */
  abstract S copy(UpdateSpec nextSpec, WriteOptions nextOptions);

  final S with(UpdateSpec next) {
    return copy(next, options);
  }

  final int indexOf(PropertyRef<T, ?> property) {
    return PropertyRefs.columnIndex(runner.model(), property);
  }

  @Override
  public S ifExists() {
    return with(spec.withIfExists());
  }

  @Override
  public <V> Condition<V, S> onlyIf(PropertyRef<T, V> property) {
    int column = indexOf(property);
    return new DefaultCondition<>((operator, value) -> with(spec.withCondition(runner.mapping(), column, operator, value)));
  }

  @Override
  public S options(WriteOptions writeOptions) {
    if (writeOptions == null) {
      throw new CoodieException("write options must not be null: use WriteOptions.defaults()");
    }
    return copy(spec, writeOptions);
  }

  @Override
  public LwtResult<T> execute() {
    // a check that fails here throws to the caller as join would rethrow it, without the async face's wrapping
    return Futures.join(Futures.mayWait(runner.driver(), executeCall()), runner.update(spec, options));
  }

  @Override
  public CompletionStage<LwtResult<T>> executeAsync() {
    return Futures.attempt(() -> runner.update(spec, options));
  }

  /** The write of an update or delete built by a table of this mapper, for a batch. */
  static Write write(RowWrite<?, ?> statement) {
    if (!(statement instanceof DefaultRowWrite<?, ?> built)) {
      throw new CoodieException("a batch takes updates and deletes built by table.update(...) or table.deleteFrom(...), "
          + "got " + statement);
    }
    return built.runner.write(built.spec, built.options);
  }
}
