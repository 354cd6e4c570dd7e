package dev.coodie4j.internal.api;

import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.QueryRunner.Aggregate;
import dev.coodie4j.internal.execution.QueryRunner;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import dev.coodie4j.query.AsyncQuery;
import dev.coodie4j.query.Condition;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.update.Update;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The mapper's {@link Query}. */
public final class DefaultQuery<T> extends Query<T> {
  private final QueryRunner<T> runner;
  private final UpdateRunner<T> updates;
  private final QuerySpec spec;

  public DefaultQuery(QueryRunner<T> runner, UpdateRunner<T> updates, QuerySpec spec) {
    this.runner = runner;
    this.updates = updates;
    this.spec = spec;
  }

  private EntityModel<T> model() {
    return runner.model();
  }

  @Override
  public <V> Condition<V, Query<T>> where(PropertyRef<T, V> property) {
    return condition(column(property));
  }

  @Override
  public Condition<Object, Query<T>> where(String property) {
    return condition(column(property));
  }

  private <V> Condition<V, Query<T>> condition(int column) {
    return new DefaultCondition<>((operator, value) -> new DefaultQuery<>(runner, updates, spec.withRestriction(runner.mapping(), column, operator, value)));
  }

  @Override
  public Condition<Long, Query<T>> token() {
    return new DefaultCondition<>((operator, value) -> {
      if (!(value instanceof Long token)) {
        throw new CoodieException("a token is a Long, got " + value);
      }
      return new DefaultQuery<>(runner, updates, spec.withTokenRestriction(operator, token));
    });
  }

  @Override
  public Query<T> groupBy(List<PropertyRef<T, ?>> properties) {
    List<Integer> columns = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      columns.add(column(property));
    }
    return new DefaultQuery<>(runner, updates, spec.withGroupBy(model(), columns));
  }

  @Override
  public Query<T> consistency(Consistency consistency) {
    if (consistency == null || consistency == Consistency.ANY) {
      throw new CoodieException("consistency " + consistency + " cannot be used for a read");
    }
    ExecutionOptions read = spec.read();
    return new DefaultQuery<>(runner, updates, spec.withRead(
        new ExecutionOptions(consistency, null, read.timeout(), read.pageSize(), null)));
  }

  @Override
  public Query<T> timeout(Duration timeout) {
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      throw new CoodieException("timeout " + timeout + " must be positive");
    }
    ExecutionOptions read = spec.read();
    return new DefaultQuery<>(runner, updates, spec.withRead(
        new ExecutionOptions(read.consistency(), null, timeout, read.pageSize(), null)));
  }

  @Override
  public Query<T> limit(int limit) {
    return new DefaultQuery<>(runner, updates, spec.withLimit(limit));
  }

  @Override
  public Query<T> perPartitionLimit(int limit) {
    return new DefaultQuery<>(runner, updates, spec.withPerPartitionLimit(limit));
  }

  @Override
  public Query<T> orderBy(PropertyRef<T, ?> property, ClusteringOrder order) {
    return orderBy(column(property), order);
  }

  @Override
  public Query<T> orderBy(String property, ClusteringOrder order) {
    return orderBy(column(property), order);
  }

  private Query<T> orderBy(int column, ClusteringOrder order) {
    return new DefaultQuery<>(runner, updates, spec.withOrdering(model(), column, order == ClusteringOrder.DESC));
  }

  @Override
  public <V> Query<T> orderByAnnOf(PropertyRef<T, V> vectorProperty, V vector) {
    return new DefaultQuery<>(runner, updates, spec.withAnn(model(), column(vectorProperty), vector));
  }

  @Override
  public Query<T> allowFiltering() {
    return new DefaultQuery<>(runner, updates, spec.withAllowFiltering());
  }

  @Override
  public Query<T> only(List<PropertyRef<T, ?>> properties) {
    List<Integer> columns = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      columns.add(column(property));
    }
    if (columns.isEmpty()) {
      throw new CoodieException("only() needs at least one property");
    }
    return new DefaultQuery<>(runner, updates, spec.withSelected(columns));
  }

  @Override
  public Query<T> defer(List<PropertyRef<T, ?>> properties) {
    List<Integer> deferred = new ArrayList<>();
    for (PropertyRef<T, ?> property : properties) {
      deferred.add(column(property));
    }
    List<Integer> columns = IntStream.range(0, model().columns().size())
        .filter(i -> !deferred.contains(i)).boxed().toList();
    if (columns.isEmpty()) {
      throw new CoodieException("defer() cannot leave out every property");
    }
    return new DefaultQuery<>(runner, updates, spec.withSelected(columns));
  }

  @Override
  public Query<T> distinct() {
    return new DefaultQuery<>(runner, updates, spec.withDistinct());
  }

  @Override
  public Query<T> fetchSize(int rows) {
    return new DefaultQuery<>(runner, updates, spec.withFetchSize(rows));
  }

  @Override
  public List<T> list() {
    return Futures.join(Futures.mayWait(runner.driver()), runner.list(spec));
  }

  @Override
  public Stream<T> stream() {
    Iterator<T> rows = runner.iterate(spec);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public Iterator<T> iterator() {
    return runner.iterate(spec);
  }

  @Override
  public <R> List<R> list(Class<R> type) {
    return Futures.join(Futures.mayWait(runner.driver()), runner.listAs(spec, type));
  }

  @Override
  public Optional<Long> writetime(PropertyRef<T, ?> property) {
    return Optional.ofNullable((Long) Futures.join(Futures.mayWait(runner.driver()),
        runner.aggregate(spec, Aggregate.WRITETIME, column(property))));
  }

  @Override
  public Optional<Integer> ttl(PropertyRef<T, ?> property) {
    return Optional.ofNullable((Integer) Futures.join(Futures.mayWait(runner.driver()),
        runner.aggregate(spec, Aggregate.TTL, column(property))));
  }

  @Override
  public Optional<T> first() {
    return Futures.join(Futures.mayWait(runner.driver()), runner.first(spec));
  }

  @Override
  public Optional<T> one() {
    return Futures.join(Futures.mayWait(runner.driver()), runner.one(spec));
  }

  @Override
  public boolean exists() {
    return Futures.join(Futures.mayWait(runner.driver()), runner.exists(spec));
  }

  @Override
  public long count() {
    return (Long) Futures.join(Futures.mayWait(runner.driver()), runner.aggregate(spec, Aggregate.COUNT, -1));
  }

  @Override
  public <V> V sum(PropertyRef<T, V> property) {
    return aggregate(Aggregate.SUM, property);
  }

  @Override
  public <V> V avg(PropertyRef<T, V> property) {
    return aggregate(Aggregate.AVG, property);
  }

  @Override
  public <V> V min(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MIN, property);
  }

  @Override
  public <V> V max(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MAX, property);
  }

  @SuppressWarnings("unchecked")
  private <V> V aggregate(Aggregate function, PropertyRef<T, V> property) {
    return (V) Futures.join(Futures.mayWait(runner.driver()), runner.aggregate(spec, function, column(property)));
  }

  @Override
  public Page<T> page(int pageSize, String pagingState) {
    return Futures.join(Futures.mayWait(runner.driver()), runner.page(spec, pageSize, pagingState));
  }

  @Override
  public AsyncQuery<T> async() {
    return new DefaultAsyncQuery<>(runner, updates, spec);
  }

  @Override
  public Update<T> update() {
    return new DefaultUpdate<>(updates, UpdateSpec.of(spec.where()), WriteOptions.defaults());
  }

  @Override
  public void delete(WriteOptions options) {
    Futures.join(Futures.mayWait(runner.driver()), updates.deletes().bulk(spec, options));
  }

  private int column(String property) {
    return PropertyRefs.columnIndex(model(), property);
  }

  private int column(PropertyRef<T, ?> property) {
    return PropertyRefs.columnIndex(model(), property);
  }

  @Override
  public String toString() {
    return "Query[" + model().entityClass().getSimpleName() + ", " + spec + "]";
  }
}
