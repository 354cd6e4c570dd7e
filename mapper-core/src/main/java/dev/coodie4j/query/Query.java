package dev.coodie4j.query;

import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.update.Update;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query on one table: immutable, so each method returns a new query and a query can be kept and reused. Invalid
 * input (an unknown property, a value of the wrong type, an empty IN, ORDER BY on a column that is not a clustering
 * column) fails at once. The blocking terminals are here; {@link #async()} has the same as
 * {@link java.util.concurrent.CompletionStage}s.
 *
 * <pre>{@code
 * List<Product> cheap = products.query()
 *     .where(Product::brand).eq("Acme")
 *     .where(Product::price).lt(20f)
 *     .allowFiltering()
 *     .limit(10)
 *     .list();
 * }</pre>
 */
public abstract class Query<T> {
  /** For the mapper's implementation, and for test doubles. */
  protected Query() {}

  /** A condition on the property, named by a method reference such as {@code Product::brand}. */
  public abstract <V> Condition<V, Query<T>> where(PropertyRef<T, V> property);

  /** A condition on the property with this name; the value's type is checked when the condition is added. */
  public abstract Condition<Object, Query<T>> where(String property);

  /**
   * A condition on {@code token(partition key)}: {@code eq}, {@code gt}, {@code gte}, {@code lt} or {@code lte} on a
   * Murmur3 token, to scan the ring range by range.
   */
  public abstract Condition<Long, Query<T>> token();

  /**
   * {@code GROUP BY} a prefix of the primary key, in key order: the list then holds the first row of each group. For
   * aggregates per group, use {@code mapper.cql(...)} with a record.
   */
  @SafeVarargs
  public final Query<T> groupBy(PropertyRef<T, ?>... properties) {
    return groupBy(Arrays.asList(properties));
  }

  /** As {@link #groupBy(PropertyRef[])}, with the properties in a list. */
  public abstract Query<T> groupBy(List<PropertyRef<T, ?>> properties);

  /** The consistency level of the read. */
  public abstract Query<T> consistency(Consistency consistency);

  /** The request timeout of each page read. */
  public abstract Query<T> timeout(Duration timeout);

  /** At most this many rows. */
  public abstract Query<T> limit(int limit);

  /** At most this many rows from each partition. */
  public abstract Query<T> perPartitionLimit(int limit);

  /** Orders by a clustering column; the partition key must be restricted by {@code eq} or {@code in}. */
  public abstract Query<T> orderBy(PropertyRef<T, ?> property, ClusteringOrder order);

  public abstract Query<T> orderBy(String property, ClusteringOrder order);

  /**
   * Orders by similarity to a vector ({@code ORDER BY c ANN OF ?}): the nearest rows first, by the similarity
   * function of the column's SAI index. Needs a {@link #limit}; the vector's length must be the column's dimension.
   */
  public abstract <V> Query<T> orderByAnnOf(PropertyRef<T, V> vectorProperty, V vector);

  /** Lets the server scan and filter rows, for conditions on columns that are neither keys nor indexed. */
  public abstract Query<T> allowFiltering();

  /** Reads only these properties; the others keep their Java default ({@code null}, 0, false): a partial entity. */
  @SafeVarargs
  public final Query<T> only(PropertyRef<T, ?>... properties) {
    return only(Arrays.asList(properties));
  }

  /** As {@link #only(PropertyRef[])}, with the properties in a list. */
  public abstract Query<T> only(List<PropertyRef<T, ?>> properties);

  /** Reads every property except these, which keep their Java default: a partial entity. */
  @SafeVarargs
  public final Query<T> defer(PropertyRef<T, ?>... properties) {
    return defer(Arrays.asList(properties));
  }

  /** As {@link #defer(PropertyRef[])}, with the properties in a list. */
  public abstract Query<T> defer(List<PropertyRef<T, ?>> properties);

  /** The distinct partition keys ({@code SELECT DISTINCT}), as partial entities holding only their partition key. */
  public abstract Query<T> distinct();

  /** Rows fetched per round trip while iterating. */
  public abstract Query<T> fetchSize(int rows);

  /** Every matching row, all pages fetched. */
  public abstract List<T> list();

  /** The matching rows, mapped as they are consumed; further pages are fetched only when reached. */
  public abstract Stream<T> stream();

  /** The matching rows, mapped as they are consumed; further pages are fetched only when reached. */
  public abstract Iterator<T> iterator();

  /**
   * Every matching row as a record whose components name the columns to select (snake_case of the component, or
   * {@code @Column}): a projection into another type.
   */
  public abstract <R> List<R> list(Class<R> type);

  /** {@code WRITETIME(column)} of the first matching row: microseconds since the epoch, empty if no row or no value. */
  public abstract Optional<Long> writetime(PropertyRef<T, ?> property);

  /** {@code TTL(column)} of the first matching row: seconds left, empty if no row or no TTL. */
  public abstract Optional<Integer> ttl(PropertyRef<T, ?> property);

  /** The first matching row ({@code LIMIT 1}). */
  public abstract Optional<T> first();

  /** The only matching row; more than one is a {@link CoodieException}. */
  public abstract Optional<T> one();

  /** Whether any row matches. */
  public abstract boolean exists();

  /** {@code SELECT COUNT(*)} of the matching rows. */
  public abstract long count();

  /** {@code SUM(column)}, in the column's type as Cassandra computes it (an int sum can overflow). */
  public abstract <V> V sum(PropertyRef<T, V> property);

  /** {@code AVG(column)}, in the column's type: the average of an int column is an int. */
  public abstract <V> V avg(PropertyRef<T, V> property);

  public abstract <V> V min(PropertyRef<T, V> property);

  public abstract <V> V max(PropertyRef<T, V> property);

  /** The first page of {@code pageSize} rows. */
  public final Page<T> page(int pageSize) {
    return page(pageSize, null);
  }

  /**
   * The page of {@code pageSize} rows that starts where the page that returned {@code pagingState} ended. A paging
   * state from another query is refused.
   */
  public abstract Page<T> page(int pageSize, String pagingState);

  /** The same query with non-blocking terminals. */
  public abstract AsyncQuery<T> async();

  /**
   * An UPDATE of the rows this query names: its conditions must give every primary key column with {@code eq} or
   * {@code in}, for example {@code where(Product::id).in(ids)}.
   */
  public abstract Update<T> update();

  /**
   * Deletes the rows this query names in one statement: the whole partition key with {@code eq} or {@code in}, and
   * optionally clustering columns with {@code eq}, {@code in} or a range (a range delete).
   */
  public final void delete() {
    delete(WriteOptions.defaults());
  }

  public abstract void delete(WriteOptions options);
}
