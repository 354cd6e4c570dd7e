package dev.coodie4j.internal.api;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.QueryRunner.Aggregate;
import dev.coodie4j.internal.execution.QueryRunner;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import dev.coodie4j.query.AsyncQuery;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.PropertyRef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The mapper's {@link AsyncQuery}. */
public final class DefaultAsyncQuery<T> implements AsyncQuery<T> {
  private final QueryRunner<T> runner;
  private final UpdateRunner<T> updates;
  private final QuerySpec spec;

  public DefaultAsyncQuery(QueryRunner<T> runner, UpdateRunner<T> updates, QuerySpec spec) {
    this.runner = runner;
    this.updates = updates;
    this.spec = spec;
  }

  @Override
  public CompletionStage<Void> delete(WriteOptions options) {
    return Futures.attempt(() -> updates.deletes().bulk(spec, options));
  }

  @Override
  public CompletionStage<List<T>> list() {
    return Futures.attempt(() -> runner.list(spec));
  }

  @Override
  public <R> CompletionStage<List<R>> list(Class<R> type) {
    return Futures.attempt(() -> runner.listAs(spec, type));
  }

  @Override
  public CompletionStage<Optional<T>> first() {
    return Futures.attempt(() -> runner.first(spec));
  }

  @Override
  public CompletionStage<Optional<T>> one() {
    return Futures.attempt(() -> runner.one(spec));
  }

  @Override
  public CompletionStage<Boolean> exists() {
    return Futures.attempt(() -> runner.exists(spec));
  }

  @Override
  public CompletionStage<Long> count() {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.COUNT, -1).thenApply(Long.class::cast));
  }

  @Override
  public CompletionStage<Optional<Long>> writetime(PropertyRef<T, ?> property) {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.WRITETIME, PropertyRefs.columnIndex(runner.model(), property))
        .thenApply(value -> Optional.ofNullable((Long) value)));
  }

  @Override
  public CompletionStage<Optional<Integer>> ttl(PropertyRef<T, ?> property) {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.TTL, PropertyRefs.columnIndex(runner.model(), property))
        .thenApply(value -> Optional.ofNullable((Integer) value)));
  }

  @Override
  public <V> CompletionStage<V> sum(PropertyRef<T, V> property) {
    return aggregate(Aggregate.SUM, property);
  }

  @Override
  public <V> CompletionStage<V> avg(PropertyRef<T, V> property) {
    return aggregate(Aggregate.AVG, property);
  }

  @Override
  public <V> CompletionStage<V> min(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MIN, property);
  }

  @Override
  public <V> CompletionStage<V> max(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MAX, property);
  }

  @SuppressWarnings("unchecked")
  private <V> CompletionStage<V> aggregate(Aggregate function, PropertyRef<T, V> property) {
    return Futures.attempt(() -> runner.aggregate(spec, function, PropertyRefs.columnIndex(runner.model(), property))
        .thenApply(value -> (V) value));
  }

  @Override
  public CompletionStage<Void> forEach(java.util.function.Consumer<? super T> action) {
    return Futures.attempt(() -> runner.forEach(spec, action));
  }

  @Override
  public CompletionStage<Page<T>> page(int pageSize, String pagingState) {
    return Futures.attempt(() -> runner.page(spec, pageSize, pagingState));
  }
}
