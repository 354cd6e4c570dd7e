package dev.coodie4j.internal.api;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.UpdateSpec.Kind;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.update.Update;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class DefaultUpdate<T> extends DefaultRowWrite<T, Update<T>> implements Update<T> {
  public DefaultUpdate(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    super(runner, spec, options);
  }

  @Override
  String executeCall() {
    return "Update.execute";
  }

  @Override
  Update<T> copy(UpdateSpec nextSpec, WriteOptions nextOptions) {
    return new DefaultUpdate<>(runner, nextSpec, nextOptions);
  }

  private Update<T> change(int column, Kind kind, Object value, Object element) {
    return with(spec.withAssignment(runner.mapping(), column, kind, value, element));
  }

  @Override
  public <V> Update<T> set(PropertyRef<T, V> property, V value) {
    return change(indexOf(property), Kind.SET, value, null);
  }

  @Override
  public Update<T> set(String property, Object value) {
    return change(PropertyRefs.columnIndex(runner.model(), property), Kind.SET, value, null);
  }

  @Override
  public <E> Update<T> append(PropertyRef<T, List<E>> property, List<E> values) {
    return change(indexOf(property), Kind.APPEND, values, null);
  }

  @Override
  public <E> Update<T> prepend(PropertyRef<T, List<E>> property, List<E> values) {
    return change(indexOf(property), Kind.PREPEND, values, null);
  }

  @Override
  public <E> Update<T> setAt(PropertyRef<T, List<E>> property, int index, E value) {
    return change(indexOf(property), Kind.SET_ELEMENT, value, index);
  }

  @Override
  public <E> Update<T> add(PropertyRef<T, Set<E>> property, Set<E> elements) {
    return change(indexOf(property), Kind.APPEND, elements, null);
  }

  @Override
  public <E> Update<T> remove(PropertyRef<T, ? extends Collection<E>> property, Collection<E> values) {
    return change(indexOf(property), Kind.REMOVE, values, null);
  }

  @Override
  public <K, V> Update<T> put(PropertyRef<T, Map<K, V>> property, K key, V value) {
    return change(indexOf(property), Kind.SET_ELEMENT, value, key);
  }

  @Override
  public <K, V> Update<T> putAll(PropertyRef<T, Map<K, V>> property, Map<K, V> entries) {
    return change(indexOf(property), Kind.APPEND, entries, null);
  }

  @Override
  public <K, V> Update<T> removeKeys(PropertyRef<T, Map<K, V>> property, Set<K> keys) {
    return change(indexOf(property), Kind.REMOVE, keys, null);
  }

  @Override
  public <U> Update<T> setField(PropertyRef<T, U> userTypeProperty, String field, Object value) {
    return change(indexOf(userTypeProperty), Kind.SET_FIELD, value, field);
  }

  @Override
  public Update<T> increment(PropertyRef<T, Long> counter, long delta) {
    return change(indexOf(counter), Kind.INCREMENT, delta, null);
  }

  @Override
  public Update<T> decrement(PropertyRef<T, Long> counter, long delta) {
    return change(indexOf(counter), Kind.INCREMENT, -delta, null);
  }
}
