package dev.coodie4j;

import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.UpdateRunner;
import java.util.List;
import java.util.Map;

/**
 * One DELETE of a row, or of chosen columns, list elements and map entries of it, optionally under conditions.
 * Immutable; {@link #execute()} returns the {@link LwtResult}, always applied when unconditional.
 *
 * <pre>{@code
 * products.deleteFrom(id).column(Product::description).element(Product::tags, 0).execute();
 * }</pre>
 */
public final class Delete<T> extends RowWrite<T, Delete<T>> {
  Delete(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    super(runner, spec, options);
  }

  @Override
  Delete<T> copy(UpdateSpec nextSpec, WriteOptions nextOptions) {
    return new Delete<>(runner, nextSpec, nextOptions);
  }

  /** Deletes this column's value only ({@code DELETE "c" FROM ...}); with no columns named, the row goes. */
  public Delete<T> column(PropertyRef<T, ?> property) {
    return with(spec.withDeletion(runner.model(), indexOf(property), null));
  }

  /** Deletes the list element at an index ({@code DELETE "l"[?] FROM ...}). */
  public <E> Delete<T> element(PropertyRef<T, List<E>> property, int index) {
    return with(spec.withDeletion(runner.model(), indexOf(property), index));
  }

  /** Deletes the map entry with this key ({@code DELETE "m"[?] FROM ...}). */
  public <K, V> Delete<T> entry(PropertyRef<T, Map<K, V>> property, K key) {
    if (key == null) {
      throw new CoodieException("a map key to delete must not be null");
    }
    return with(spec.withDeletion(runner.model(), indexOf(property), key));
  }
}
