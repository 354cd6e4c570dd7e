package dev.coodie4j;

import dev.coodie4j.internal.Futures;
import dev.coodie4j.internal.QueryRunner;
import dev.coodie4j.internal.QueryRunner.Aggregate;
import dev.coodie4j.internal.QuerySpec;
import dev.coodie4j.internal.UpdateRunner;
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
  public CompletionStage<Void> delete(WriteOptions options) {
    return Futures.attempt(() -> updates.delete(spec, options));
  }

  public CompletionStage<List<T>> list() {
    return Futures.attempt(() -> runner.list(spec));
  }

  public <R> CompletionStage<List<R>> listAs(Class<R> type) {
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

  public CompletionStage<Page<T>> page(int pageSize, String pagingState) {
    return Futures.attempt(() -> runner.page(spec, pageSize, pagingState));
  }
}
