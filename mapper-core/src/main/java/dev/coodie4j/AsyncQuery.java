package dev.coodie4j;

import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.QueryRunner.Aggregate;
import dev.coodie4j.internal.execution.QueryRunner;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.internal.metadata.PropertyRefs;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The terminals of a {@link Query}, non-blocking. They never throw: failures complete the stage exceptionally. */
public final class AsyncQuery<T> {
  private final QueryRunner<T> runner;
  private final UpdateRunner<T> updates;
  private final QuerySpec spec;

  AsyncQuery(QueryRunner<T> runner, UpdateRunner<T> updates, QuerySpec spec) {
    this.runner = runner;
    this.updates = updates;
    this.spec = spec;
  }

  /** Deletes the rows the query names, as {@link Query#delete()}. */
  public CompletionStage<Void> delete() {
    return delete(WriteOptions.defaults());
  }

  /** Deletes the rows the query names, as {@link Query#delete(WriteOptions)}. */
  public CompletionStage<Void> delete(WriteOptions options) {
    return Futures.attempt(() -> updates.delete(spec, options));
  }

  public CompletionStage<List<T>> list() {
    return Futures.attempt(() -> runner.list(spec));
  }

  public <R> CompletionStage<List<R>> list(Class<R> type) {
    return Futures.attempt(() -> runner.listAs(spec, type));
  }

  public CompletionStage<Optional<T>> first() {
    return Futures.attempt(() -> runner.first(spec));
  }

  public CompletionStage<Optional<T>> one() {
    return Futures.attempt(() -> runner.one(spec));
  }

  public CompletionStage<Boolean> exists() {
    return Futures.attempt(() -> runner.exists(spec));
  }

  public CompletionStage<Long> count() {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.COUNT, -1).thenApply(Long.class::cast));
  }

  /** As {@link Query#writetime}. */
  public CompletionStage<Optional<Long>> writetime(PropertyRef<T, ?> property) {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.WRITETIME, PropertyRefs.columnIndex(runner.model(), PropertyRefs.name(property)))
        .thenApply(value -> Optional.ofNullable((Long) value)));
  }

  /** As {@link Query#ttl}. */
  public CompletionStage<Optional<Integer>> ttl(PropertyRef<T, ?> property) {
    return Futures.attempt(() -> runner.aggregate(spec, Aggregate.TTL, PropertyRefs.columnIndex(runner.model(), PropertyRefs.name(property)))
        .thenApply(value -> Optional.ofNullable((Integer) value)));
  }

  public <V> CompletionStage<V> sum(PropertyRef<T, V> property) {
    return aggregate(Aggregate.SUM, property);
  }

  public <V> CompletionStage<V> avg(PropertyRef<T, V> property) {
    return aggregate(Aggregate.AVG, property);
  }

  public <V> CompletionStage<V> min(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MIN, property);
  }

  public <V> CompletionStage<V> max(PropertyRef<T, V> property) {
    return aggregate(Aggregate.MAX, property);
  }

  @SuppressWarnings("unchecked")
  private <V> CompletionStage<V> aggregate(Aggregate function, PropertyRef<T, V> property) {
    return Futures.attempt(() -> runner.aggregate(spec, function, PropertyRefs.columnIndex(runner.model(), PropertyRefs.name(property)))
        .thenApply(value -> (V) value));
  }

  /**
   * Calls {@code action} with each matching row as pages arrive, fetching the next page only when the previous one
   * is consumed: the non-blocking form of {@link Query#stream()}. The action runs on the thread that completes each
   * page, usually a driver I/O thread: keep it short and do not block in it.
   */
  public CompletionStage<Void> forEach(java.util.function.Consumer<? super T> action) {
    return Futures.attempt(() -> runner.forEach(spec, action));
  }

  public CompletionStage<Page<T>> page(int pageSize) {
    return page(pageSize, null);
  }

  public CompletionStage<Page<T>> page(int pageSize, String pagingState) {
    return Futures.attempt(() -> runner.page(spec, pageSize, pagingState));
  }
}
