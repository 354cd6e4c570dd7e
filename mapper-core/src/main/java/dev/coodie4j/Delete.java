package dev.coodie4j;

import dev.coodie4j.internal.Futures;
import dev.coodie4j.internal.PropertyRefs;
import dev.coodie4j.internal.UpdateRunner;
import dev.coodie4j.internal.UpdateSpec;
import dev.coodie4j.internal.Write;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * One DELETE of a row, or of chosen columns, list elements and map entries of it, optionally under conditions.
 * Immutable; {@link #execute()} returns the {@link LwtResult}, always applied when unconditional.
 *
 * <pre>{@code
 * products.deleteFrom(id).column(Product::description).element(Product::tags, 0).execute();
 * }</pre>
 */
public final class Delete<T> {
  private final UpdateRunner<T> runner;
  private final UpdateSpec spec;
  private final WriteOptions options;

  Delete(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    this.runner = runner;
    this.spec = spec;
    this.options = options;
  }

  private Delete<T> with(UpdateSpec next) {
    return new Delete<>(runner, next, options);
  }

  /** Deletes this column's value only ({@code DELETE "c" FROM ...}); with no columns named, the row goes. */
  public Delete<T> column(PropertyRef<T, ?> property) {
    return with(spec.withDeletion(runner.model(), column(PropertyRefs.name(property)), null));
  }

  /** Deletes the list element at an index ({@code DELETE "l"[?] FROM ...}). */
  public <E> Delete<T> element(PropertyRef<T, List<E>> property, int index) {
    return with(spec.withDeletion(runner.model(), column(PropertyRefs.name(property)), index));
  }

  /** Deletes the map entry with this key ({@code DELETE "m"[?] FROM ...}). */
  public <K, V> Delete<T> entry(PropertyRef<T, Map<K, V>> property, K key) {
    if (key == null) {
      throw new CoodieException("a map key to delete must not be null");
    }
    return with(spec.withDeletion(runner.model(), column(PropertyRefs.name(property)), key));
  }

  /** Applies only if the row exists ({@code IF EXISTS}). */
  public Delete<T> ifExists() {
    return with(spec.withIfExists());
  }

  /** Applies only if the column's current value passes the comparison ({@code IF c op ?}). */
  public <V> Comparison<V, Delete<T>> onlyIf(PropertyRef<T, V> property) {
    int column = column(PropertyRefs.name(property));
    return new Comparison<>((operator, value) -> with(spec.withCondition(runner.model(), column, operator, value)));
  }

  /** Timestamp, consistency, serial consistency, timeout; a TTL is refused. */
  public Delete<T> options(WriteOptions writeOptions) {
    if (writeOptions == null) {
      throw new CoodieException("write options must not be null: use WriteOptions.defaults()");
    }
    return new Delete<>(runner, spec, writeOptions);
  }

  public LwtResult<T> execute() {
    return Futures.join(executeAsync());
  }

  public CompletionStage<LwtResult<T>> executeAsync() {
    return Futures.attempt(() -> runner.update(spec, options));
  }

  Write write() {
    return runner.write(spec, options);
  }

  private int column(String property) {
    return PropertyRefs.columnIndex(runner.model(), property);
  }
}
