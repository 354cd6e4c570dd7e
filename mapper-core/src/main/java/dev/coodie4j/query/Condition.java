package dev.coodie4j.query;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A comparison of one column with values, and what it is added to: a query restriction ({@code WHERE c op ?},
 * from {@code query.where(...)}, returning the query) or a lightweight-transaction condition ({@code IF c op ?}, from
 * {@code onlyIf(...)} on an update or a delete, returning that statement). Each method returns {@code R} with the
 * comparison added; an operator the clause cannot take is refused at once, before anything is sent.
 *
 * @param <V> the Java type of the column's values
 * @param <R> what the comparison is added to
 */
public abstract class Condition<V, R> {
  /** For the mapper's implementation, and for test doubles. */
  protected Condition() {}

  /** {@code c = value}; in an IF condition, null compares with a missing value. */
  public abstract R eq(@Nullable V value);

  /** {@code c != value}: IF conditions only. */
  public abstract R ne(@Nullable V value);

  /** {@code c IN ?}, bound as one list: one prepared statement whatever the number of values. */
  public abstract R in(Collection<? extends V> values);

  @SafeVarargs
  public final R in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code c > value}: in a query, clustering columns, or any column with {@code allowFiltering()}. */
  public abstract R gt(V value);

  public abstract R gte(V value);

  public abstract R lt(V value);

  public abstract R lte(V value);

  /** {@code c CONTAINS value}: a list or set holding the element, or a map holding the value; queries only. */
  public abstract R contains(Object element);

  /** {@code c CONTAINS KEY key}: a map holding the key; queries only. */
  public abstract R containsKey(Object key);

  /** {@code c LIKE pattern}, on text columns with a SASI index ({@code %} matches any characters); queries only. */
  public abstract R like(String pattern);
}
