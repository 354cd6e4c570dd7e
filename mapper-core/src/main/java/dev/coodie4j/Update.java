package dev.coodie4j;

import dev.coodie4j.internal.check.UpdateSpec.Kind;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One UPDATE statement, sent in one round trip: set columns, change collections in place, count, optionally under
 * conditions. Immutable; each method returns a new update. {@link #execute()} returns an {@link LwtResult}, always
 * applied for an unconditional update, so that the outcome of a conditional one cannot be dropped.
 *
 * <pre>{@code
 * products.update(id).set(Product::price, 17.5f).append(Product::tags, List.of("sale")).execute();
 * }</pre>
 */
public final class Update<T> extends RowWrite<T, Update<T>> {
  Update(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    super(runner, spec, options);
  }

  @Override
  Update<T> copy(UpdateSpec nextSpec, WriteOptions nextOptions) {
    return new Update<>(runner, nextSpec, nextOptions);
  }

  private Update<T> change(String property, Kind kind, Object value, Object element) {
    return with(spec.withAssignment(runner.model(), PropertyRefs.columnIndex(runner.model(), property), kind, value,
        element));
  }

  /** {@code c = value}; a null value deletes the column's value. */
  public <V> Update<T> set(PropertyRef<T, V> property, V value) {
    return change(PropertyRefs.name(property), Kind.SET, value, null);
  }

  /** {@code c = value} for the property with this name; the value's type is checked. */
  public Update<T> set(String property, Object value) {
    return change(property, Kind.SET, value, null);
  }

  /** Appends to a list ({@code l = l + ?}); not idempotent, so never retried by the driver. */
  public <E> Update<T> append(PropertyRef<T, List<E>> property, List<E> values) {
    return change(PropertyRefs.name(property), Kind.APPEND, values, null);
  }

  /** Prepends to a list ({@code l = ? + l}); not idempotent. */
  public <E> Update<T> prepend(PropertyRef<T, List<E>> property, List<E> values) {
    return change(PropertyRefs.name(property), Kind.PREPEND, values, null);
  }

  /** Replaces the list element at an index ({@code l[?] = ?}); the index must exist. */
  public <E> Update<T> setAt(PropertyRef<T, List<E>> property, int index, E value) {
    return change(PropertyRefs.name(property), Kind.SET_ELEMENT, value, index);
  }

  /** Adds elements to a set ({@code s = s + ?}). */
  public <E> Update<T> add(PropertyRef<T, Set<E>> property, Set<E> elements) {
    return change(PropertyRefs.name(property), Kind.APPEND, elements, null);
  }

  /** Removes every occurrence of these values from a list, or these elements from a set ({@code c = c - ?}). */
  public <E> Update<T> remove(PropertyRef<T, ? extends Collection<E>> property, Collection<E> values) {
    return change(PropertyRefs.name(property), Kind.REMOVE, values, null);
  }

  /** Puts one map entry ({@code m[?] = ?}). */
  public <K, V> Update<T> put(PropertyRef<T, Map<K, V>> property, K key, V value) {
    return change(PropertyRefs.name(property), Kind.SET_ELEMENT, value, key);
  }

  /** Puts map entries ({@code m = m + ?}). */
  public <K, V> Update<T> putAll(PropertyRef<T, Map<K, V>> property, Map<K, V> entries) {
    return change(PropertyRefs.name(property), Kind.APPEND, entries, null);
  }

  /** Removes map entries by key ({@code m = m - ?}). */
  public <K, V> Update<T> removeKeys(PropertyRef<T, Map<K, V>> property, Set<K> keys) {
    return change(PropertyRefs.name(property), Kind.REMOVE, keys, null);
  }

  /**
   * Sets one field of a user type column that is not frozen ({@code c.field = ?}), leaving its other fields as they
   * are; {@code field} is the CQL field name.
   */
  public <U> Update<T> setField(PropertyRef<T, U> userTypeProperty, String field, Object value) {
    return change(PropertyRefs.name(userTypeProperty), Kind.SET_FIELD, value, field);
  }

  /** Adds to a counter ({@code c = c + ?}); not idempotent. */
  public Update<T> increment(PropertyRef<T, Long> counter, long delta) {
    return change(PropertyRefs.name(counter), Kind.INCREMENT, delta, null);
  }

  /** Subtracts from a counter; not idempotent. */
  public Update<T> decrement(PropertyRef<T, Long> counter, long delta) {
    return change(PropertyRefs.name(counter), Kind.INCREMENT, -delta, null);
  }
}
