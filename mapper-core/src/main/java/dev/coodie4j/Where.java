package dev.coodie4j;

import dev.coodie4j.internal.check.QuerySpec.Operator;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.BiFunction;

/** A condition on one property of a query; each method returns the query with the condition added. */
public final class Where<T, V> {
  private final BiFunction<Operator, Object, Query<T>> add;

  Where(BiFunction<Operator, Object, Query<T>> add) {
    this.add = add;
  }

  /** {@code column = value}. */
  public Query<T> eq(V value) {
    return add.apply(Operator.EQ, value);
  }

  /** {@code column IN ?}, bound as one list: one prepared statement whatever the number of values. */
  public Query<T> in(Collection<? extends V> values) {
    return add.apply(Operator.IN, values);
  }

  @SafeVarargs
  public final Query<T> in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code column > value}: clustering columns, or any column with {@code allowFiltering()}. */
  public Query<T> gt(V value) {
    return add.apply(Operator.GT, value);
  }

  public Query<T> gte(V value) {
    return add.apply(Operator.GTE, value);
  }

  public Query<T> lt(V value) {
    return add.apply(Operator.LT, value);
  }

  public Query<T> lte(V value) {
    return add.apply(Operator.LTE, value);
  }

  /** {@code column CONTAINS value}: a list or set holding the element, or a map holding the value. */
  public Query<T> contains(Object element) {
    return add.apply(Operator.CONTAINS, element);
  }

  /** {@code column CONTAINS KEY key}: a map holding the key. */
  public Query<T> containsKey(Object key) {
    return add.apply(Operator.CONTAINS_KEY, key);
  }

  /** {@code column LIKE pattern}, on text columns with a SASI index ({@code %} matches any characters). */
  public Query<T> like(String pattern) {
    return add.apply(Operator.LIKE, pattern);
  }
}
