package dev.coodie4j;

import dev.coodie4j.internal.check.QuerySpec.Operator;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The comparison of a lightweight-transaction condition ({@code IF column op ?}) on an update or a delete; each method
 * returns the statement with the condition added.
 */
public final class Comparison<V, R> {
  private final BiFunction<Operator, Object, R> add;

  Comparison(BiFunction<Operator, Object, R> add) {
    this.add = add;
  }

  /** {@code IF c = ?}; null compares with a missing value. */
  public R eq(V value) {
    return add.apply(Operator.EQ, value);
  }

  public R ne(V value) {
    return add.apply(Operator.NE, value);
  }

  public R gt(V value) {
    return add.apply(Operator.GT, value);
  }

  public R gte(V value) {
    return add.apply(Operator.GTE, value);
  }

  public R lt(V value) {
    return add.apply(Operator.LT, value);
  }

  public R lte(V value) {
    return add.apply(Operator.LTE, value);
  }

  public R in(Collection<? extends V> values) {
    return add.apply(Operator.IN, values);
  }
}
