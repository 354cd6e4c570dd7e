package dev.coodie4j.update;

import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.table.LwtResult;
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
public interface Delete<T> extends RowWrite<T, Delete<T>> {
  /** Deletes this column's value only ({@code DELETE "c" FROM ...}); with no columns named, the row goes. */
  Delete<T> column(PropertyRef<T, ?> property);

  /** Deletes the list element at an index ({@code DELETE "l"[?] FROM ...}). */
  <E> Delete<T> element(PropertyRef<T, List<E>> property, int index);

  /** Deletes the map entry with this key ({@code DELETE "m"[?] FROM ...}). */
  <K, V> Delete<T> entry(PropertyRef<T, Map<K, V>> property, K key);
}
