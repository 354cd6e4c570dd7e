package dev.coodie4j.update;

import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.table.LwtResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One UPDATE statement, sent in one round trip: set columns, change collections in place, count, optionally under
 * conditions. Immutable; each method returns a new update. {@link #execute()} returns an {@link LwtResult}, always
 * applied for an unconditional update, so that the outcome of a conditional one cannot be dropped.
 *
 * <pre>{@code
 * products.update(id).set(Product::price, 17.5f).append(Product::tags, List.of("sale")).execute();
 * }</pre>
 */
public interface Update<T> extends RowWrite<T, Update<T>> {
  /** {@code c = value}; a null value deletes the column's value. */
  <V> Update<T> set(PropertyRef<T, V> property, @Nullable V value);

  /** {@code c = value} for the property with this name; the value's type is checked. */
  Update<T> set(String property, @Nullable Object value);

  /** Appends to a list ({@code l = l + ?}); not idempotent, so never retried by the driver. */
  <E> Update<T> append(PropertyRef<T, List<E>> property, List<E> values);

  /** Prepends to a list ({@code l = ? + l}); not idempotent. */
  <E> Update<T> prepend(PropertyRef<T, List<E>> property, List<E> values);

  /** Replaces the list element at an index ({@code l[?] = ?}); the index must exist. */
  <E> Update<T> setAt(PropertyRef<T, List<E>> property, int index, E value);

  /** Adds elements to a set ({@code s = s + ?}). */
  <E> Update<T> add(PropertyRef<T, Set<E>> property, Set<E> elements);

  /** Removes every occurrence of these values from a list, or these elements from a set ({@code c = c - ?}). */
  <E> Update<T> remove(PropertyRef<T, ? extends Collection<E>> property, Collection<E> values);

  /** Puts one map entry ({@code m[?] = ?}). */
  <K, V> Update<T> put(PropertyRef<T, Map<K, V>> property, K key, V value);

  /** Puts map entries ({@code m = m + ?}). */
  <K, V> Update<T> putAll(PropertyRef<T, Map<K, V>> property, Map<K, V> entries);

  /** Removes map entries by key ({@code m = m - ?}). */
  <K, V> Update<T> removeKeys(PropertyRef<T, Map<K, V>> property, Set<K> keys);

  /**
   * Sets one field of a user type column that is not frozen ({@code c.field = ?}), leaving its other fields as they
   * are; {@code field} is the CQL field name.
   */
  <U> Update<T> setField(PropertyRef<T, U> userTypeProperty, String field, Object value);

  /** Adds to a counter ({@code c = c + ?}); not idempotent. */
  Update<T> increment(PropertyRef<T, Long> counter, long delta);

  /** Subtracts from a counter; not idempotent. */
  Update<T> decrement(PropertyRef<T, Long> counter, long delta);
}
