package dev.coodie4j.query;

import dev.coodie4j.WriteOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The terminals of a {@link Query}, non-blocking. They never throw: failures complete the stage exceptionally. */
public interface AsyncQuery<T> {
  /** Deletes the rows the query names, as {@link Query#delete()}. */
  default CompletionStage<Void> delete() {
    return delete(WriteOptions.defaults());
  }

  /** Deletes the rows the query names, as {@link Query#delete(WriteOptions)}. */
  CompletionStage<Void> delete(WriteOptions options);

  CompletionStage<List<T>> list();

  <R> CompletionStage<List<R>> list(Class<R> type);

  CompletionStage<Optional<T>> first();

  CompletionStage<Optional<T>> one();

  CompletionStage<Boolean> exists();

  CompletionStage<Long> count();

  /** As {@link Query#writetime}. */
  CompletionStage<Optional<Long>> writetime(PropertyRef<T, ?> property);

  /** As {@link Query#ttl}. */
  CompletionStage<Optional<Integer>> ttl(PropertyRef<T, ?> property);

  <V> CompletionStage<V> sum(PropertyRef<T, V> property);

  <V> CompletionStage<V> avg(PropertyRef<T, V> property);

  <V> CompletionStage<V> min(PropertyRef<T, V> property);

  <V> CompletionStage<V> max(PropertyRef<T, V> property);

  /**
   * Calls {@code action} with each matching row as pages arrive, fetching the next page only when the previous one
   * is consumed: the non-blocking form of {@link Query#stream()}. The action runs on the thread that completes each
   * page, usually a driver I/O thread: keep it short and do not block in it.
   */
  CompletionStage<Void> forEach(java.util.function.Consumer<? super T> action);

  default CompletionStage<Page<T>> page(int pageSize) {
    return page(pageSize, null);
  }

  CompletionStage<Page<T>> page(int pageSize, String pagingState);

  /**
   * The query's rows as a Reactive Streams publisher ({@link java.util.concurrent.Flow}; adapt it with
   * {@code FlowAdapters} or Reactor's {@code JdkFlowAdapter}). Each subscription runs the query anew; a page of
   * {@code pageSize} rows is fetched only when the subscriber has requested more rows than it was given, so nothing
   * is read before the first {@code request}, and {@code cancel} stops it. Failures arrive as {@code onError} with
   * the mapper's exception.
   */
  default java.util.concurrent.Flow.Publisher<T> publisher(int pageSize) {
    return new dev.coodie4j.internal.api.PagePublisher<>(this, pageSize);
  }
}
