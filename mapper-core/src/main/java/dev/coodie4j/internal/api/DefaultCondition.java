package dev.coodie4j.internal.api;

import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.query.Condition;
import java.util.Collection;
import java.util.function.BiFunction;

/** The mapper's {@link Condition}: each operator goes to the spec that checks and adds it. */
final class DefaultCondition<V, R> extends Condition<V, R> {
  private final BiFunction<Operator, Object, R> add;

  DefaultCondition(BiFunction<Operator, Object, R> add) {
    this.add = add;
  }

  @Override
  public R eq(V value) {
    return add.apply(Operator.EQ, value);
  }

  @Override
  public R ne(V value) {
    return add.apply(Operator.NE, value);
  }

  @Override
  public R in(Collection<? extends V> values) {
    return add.apply(Operator.IN, values);
  }

  @Override
  public R gt(V value) {
    return add.apply(Operator.GT, value);
  }

  @Override
  public R gte(V value) {
    return add.apply(Operator.GTE, value);
  }

  @Override
  public R lt(V value) {
    return add.apply(Operator.LT, value);
  }

  @Override
  public R lte(V value) {
    return add.apply(Operator.LTE, value);
  }

  @Override
  public R contains(Object element) {
    return add.apply(Operator.CONTAINS, element);
  }

  @Override
  public R containsKey(Object key) {
    return add.apply(Operator.CONTAINS_KEY, key);
  }

  @Override
  public R like(String pattern) {
    return add.apply(Operator.LIKE, pattern);
  }
}
