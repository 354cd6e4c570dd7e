package dev.coodie4j;

import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.QueryRunner.Aggregate;
import dev.coodie4j.internal.execution.QueryRunner;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import dev.coodie4j.schema.ClusteringOrder;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
public final class Query<T> {
  private final QueryRunner<T> runner;
  private final UpdateRunner<T> updates;
  private final QuerySpec spec;

  Query(QueryRunner<T> runner, UpdateRunner<T> updates, QuerySpec spec) {
    this.runner = runner;
    this.updates = updates;
    this.spec = spec;
  }

  private EntityModel<T> model() {
    return runner.model();
  }

  /** A condition on the property, named by a method reference such as {@code Product::brand}. */
  public <V> Where<T, V> where(PropertyRef<T, V> property) {
    return condition(column(PropertyRefs.name(property)));
  }

  /** A condition on the property with this name; the value's type is checked when the condition is added. */
  public Where<T, Object> where(String property) {
    return condition(column(property));
  }

  private <V> Where<T, V> condition(int column) {
    return new Where<>((operator, value) -> new Query<>(runner, updates, spec.withRestriction(model(), column, operator, value)));
  }

  /**
   * A condition on {@code token(partition key)}: {@code eq}, {@code gt}, {@code gte}, {@code lt} or {@code lte} on a
   * Murmur3 token, to scan the ring range by range.
   */
  public Where<T, Long> token() {
    return new Where<>((operator, value) -> {
      if (!(value instanceof Long token)) {
        throw new CoodieException("a token is a Long, got " + value);
      }
      return new Query<>(runner, updates, spec.withTokenRestriction(operator, token));
    });
  }

  /**
   * {@code GROUP BY} a prefix of the primary key, in key order: the list then holds the first row of each group. For
   * aggregates per group, use {@code mapper.cql(...)} with a record.
   */
  @SafeVarargs
  public final Query<T> groupBy(PropertyRef<T, ?>... properties) {
    List<Integer> columns = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      columns.add(column(PropertyRefs.name(property)));
    }
    return new Query<>(runner, updates, spec.withGroupBy(model(), columns));
  }

  /** The consistency level of the read. */
  public Query<T> consistency(Consistency consistency) {
    if (consistency == null || consistency == Consistency.ANY) {
      throw new CoodieException("consistency " + consistency + " cannot be used for a read");
    }
    ExecutionOptions read = spec.read();
    return new Query<>(runner, updates, spec.withRead(
        new ExecutionOptions(consistency, null, read.timeout(), read.pageSize(), null)));
  }

  /** The request timeout of each page read. */
  public Query<T> timeout(Duration timeout) {
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      throw new CoodieException("timeout " + timeout + " must be positive");
    }
    ExecutionOptions read = spec.read();
    return new Query<>(runner, updates, spec.withRead(
        new ExecutionOptions(read.consistency(), null, timeout, read.pageSize(), null)));
  }

  /** At most this many rows. */
  public Query<T> limit(int limit) {
    return new Query<>(runner, updates, spec.withLimit(limit));
  }

  /** At most this many rows from each partition. */
  public Query<T> perPartitionLimit(int limit) {
    return new Query<>(runner, updates, spec.withPerPartitionLimit(limit));
  }

  /** Orders by a clustering column; the partition key must be restricted by {@code eq} or {@code in}. */
  public Query<T> orderBy(PropertyRef<T, ?> property, ClusteringOrder order) {
    return orderBy(PropertyRefs.name(property), order);
  }

  public Query<T> orderBy(String property, ClusteringOrder order) {
    return new Query<>(runner, updates, spec.withOrdering(model(), column(property), order == ClusteringOrder.DESC));
  }

  /**
   * Orders by similarity to a vector ({@code ORDER BY c ANN OF ?}): the nearest rows first, by the similarity
   * function of the column's SAI index. Needs a {@link #limit}; the vector's length must be the column's dimension.
   */
  public <V> Query<T> orderByAnnOf(PropertyRef<T, V> vectorProperty, V vector) {
    return new Query<>(runner, updates, spec.withAnn(model(), column(PropertyRefs.name(vectorProperty)), vector));
  }

  /** Lets the server scan and filter rows, for conditions on columns that are neither keys nor indexed. */
  public Query<T> allowFiltering() {
    return new Query<>(runner, updates, spec.withAllowFiltering());
  }

  /** Reads only these properties; the others keep their Java default ({@code null}, 0, false): a partial entity. */
  @SafeVarargs
  public final Query<T> only(PropertyRef<T, ?>... properties) {
    List<Integer> columns = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      columns.add(column(PropertyRefs.name(property)));
    }
    if (columns.isEmpty()) {
      throw new CoodieException("only() needs at least one property");
    }
    return new Query<>(runner, updates, spec.withSelected(columns));
  }

  /** Reads every property except these, which keep their Java default: a partial entity. */
  @SafeVarargs
  public final Query<T> defer(PropertyRef<T, ?>... properties) {
    List<Integer> deferred = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      deferred.add(column(PropertyRefs.name(property)));
    }
    List<Integer> columns = IntStream.range(0, model().columns().size())
        .filter(i -> !deferred.contains(i)).boxed().toList();
    if (columns.isEmpty()) {
      throw new CoodieException("defer() cannot leave out every property");
    }
    return new Query<>(runner, updates, spec.withSelected(columns));
  }

  /** The distinct partition keys ({@code SELECT DISTINCT}), as partial entities holding only their partition key. */
  public Query<T> distinct() {
    return new Query<>(runner, updates, spec.withDistinct());
  }

  /** Rows fetched per round trip while iterating. */
  public Query<T> fetchSize(int rows) {
    return new Query<>(runner, updates, spec.withFetchSize(rows));
  }

  /** Every matching row, all pages fetched. */
  public List<T> list() {
    return Futures.join(runner.driver(), runner.list(spec));
  }

  /** The matching rows, mapped as they are consumed; further pages are fetched only when reached. */
  public Stream<T> stream() {
    Iterator<T> rows = runner.iterate(spec);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The matching rows, mapped as they are consumed; further pages are fetched only when reached. */
  public Iterator<T> iterator() {
    return runner.iterate(spec);
  }

  /**
   * Every matching row as a record whose components name the columns to select (snake_case of the component, or
   * {@code @Column}): a projection into another type.
   */
  public <R> List<R> list(Class<R> type) {
    return Futures.join(runner.driver(), runner.listAs(spec, type));
  }

  /** {@code WRITETIME(column)} of the first matching row: microseconds since the epoch, empty if no row or no value. */
  public Optional<Long> writetime(PropertyRef<T, ?> property) {
    return Optional.ofNullable((Long) Futures.join(runner.driver(),
        runner.aggregate(spec, Aggregate.WRITETIME, column(PropertyRefs.name(property)))));
  }

  /** {@code TTL(column)} of the first matching row: seconds left, empty if no row or no TTL. */
  public Optional<Integer> ttl(PropertyRef<T, ?> property) {
    return Optional.ofNullable((Integer) Futures.join(runner.driver(),
        runner.aggregate(spec, Aggregate.TTL, column(PropertyRefs.name(property)))));
  }

  /** The first matching row ({@code LIMIT 1}). */
  public Optional<T> first() {
    return Futures.join(runner.driver(), runner.first(spec));
  }

  /** The only matching row; more than one is a {@link CoodieException}. */
  public Optional<T> one() {
    return Futures.join(runner.driver(), runner.one(spec));
  }

  /** Whether any row matches. */
  public boolean exists() {
    return Futures.join(runner.driver(), runner.exists(spec));
  }

  /** {@code SELECT COUNT(*)} of the matching rows. */
  public long count() {
    return (Long) Futures.join(runner.driver(), runner.aggregate(spec, Aggregate.COUNT, -1));
  }

  /** {@code SUM(column)}, in the column's type as Cassandra computes it (an int sum can overflow). */
  public <V> V sum(PropertyRef<T, V> property) {
    return aggregate(Aggregate.SUM, property);
  }

  /** {@code AVG(column)}, in the column's type: the average of an int column is an int. */
  public <V> V avg(PropertyRef<T, V> property) {
    return aggregate(Aggregate.AVG, property);
  }

  public <V> V min(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MIN, property);
  }

  public <V> V max(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MAX, property);
  }

  @SuppressWarnings("unchecked")
  private <V> V aggregate(Aggregate function, PropertyRef<T, V> property) {
    return (V) Futures.join(runner.driver(), runner.aggregate(spec, function, column(PropertyRefs.name(property))));
  }

  /** The first page of {@code pageSize} rows. */
  public Page<T> page(int pageSize) {
    return page(pageSize, null);
  }

  /**
   * The page of {@code pageSize} rows that starts where the page that returned {@code pagingState} ended. A paging
   * state from another query is refused.
   */
  public Page<T> page(int pageSize, String pagingState) {
    return Futures.join(runner.driver(), runner.page(spec, pageSize, pagingState));
  }

  /** The same query with non-blocking terminals. */
  public AsyncQuery<T> async() {
    return new AsyncQuery<>(runner, updates, spec);
  }

  /**
   * An UPDATE of the rows this query names: its conditions must give every primary key column with {@code eq} or
   * {@code in}, for example {@code where(Product::id).in(ids)}.
   */
  public Update<T> update() {
    return new Update<>(updates, UpdateSpec.of(spec.where()), WriteOptions.defaults());
  }

  /**
   * Deletes the rows this query names in one statement: the whole partition key with {@code eq} or {@code in}, and
   * optionally clustering columns with {@code eq}, {@code in} or a range (a range delete).
   */
  public void delete() {
    delete(WriteOptions.defaults());
  }

  public void delete(WriteOptions options) {
    Futures.join(runner.driver(), updates.delete(spec, options));
  }

  private int column(String property) {
    return PropertyRefs.columnIndex(model(), property);
  }

  @Override
  public String toString() {
    return "Query[" + model().entityClass().getSimpleName() + ", " + spec + "]";
  }
}
