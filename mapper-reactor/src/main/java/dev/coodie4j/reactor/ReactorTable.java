package dev.coodie4j.reactor;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.query.Query;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.table.SaveResult;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One entity table's operations as Reactor types. Every {@code Mono} is lazy: nothing is sent before it is
 * subscribed, and each subscription sends the statement again. Errors are the mapper's exceptions, as the
 * synchronous face throws them. Signals arrive on the driver's threads; move slow work elsewhere with
 * {@code publishOn}.
 */
public final class ReactorTable<T> {
  private final EntityTable<T> table;
  private final AsyncEntityTable<T> async;

  private ReactorTable(EntityTable<T> table) {
    this.table = Objects.requireNonNull(table, "table");
    this.async = table.async();
  }

  /** The Reactor face of a table from {@code mapper.table(type)}. */
  public static <T> ReactorTable<T> of(EntityTable<T> table) {
    return new ReactorTable<>(table);
  }

  /** The table this face sends through, for queries and updates. */
  public EntityTable<T> table() {
    return table;
  }

  /** Saves the entity when subscribed; completes empty once the write is acknowledged. */
  public Mono<Void> save(T entity) {
    return save(entity, WriteOptions.defaults());
  }

  public Mono<Void> save(T entity, WriteOptions options) {
    return Mono.fromCompletionStage(() -> async.save(entity, options));
  }

  /** The row with this primary key, or an empty {@code Mono} when there is none. */
  public Mono<T> get(Object... primaryKey) {
    return Mono.fromCompletionStage(() -> async.get(primaryKey)).flatMap(Mono::justOrEmpty);
  }

  /** Inserts unless the key exists; the outcome says which (an unknown outcome is an error, never "not applied"). */
  public Mono<LwtResult<T>> insertIfNotExists(T entity) {
    return insertIfNotExists(entity, WriteOptions.defaults());
  }

  public Mono<LwtResult<T>> insertIfNotExists(T entity, WriteOptions options) {
    return Mono.fromCompletionStage(() -> async.insertIfNotExists(entity, options));
  }

  /** Deletes the entity's row when subscribed. */
  public Mono<Void> delete(T entity) {
    return delete(entity, WriteOptions.defaults());
  }

  public Mono<Void> delete(T entity, WriteOptions options) {
    return Mono.fromCompletionStage(() -> async.delete(entity, options));
  }

  /** Deletes the row with this primary key if it exists; the outcome says whether it did. */
  public Mono<LwtResult<T>> deleteIfExists(Object... primaryKey) {
    return Mono.fromCompletionStage(() -> async.deleteIfExists(primaryKey));
  }

  /**
   * The query's rows, read in pages of {@code pageSize} as downstream demand asks for them (no page before the first
   * request; cancelling stops reading). Each subscription runs the query anew.
   */
  public Flux<T> flux(Query<T> query, int pageSize) {
    return JdkFlowAdapter.flowPublisherToFlux(query.async().publisher(pageSize));
  }

  /**
   * Saves every entity of {@code entities}, at most {@code maxInFlight} at a time and no faster than downstream
   * requests results, as {@link AsyncEntityTable#saveAll} does: one {@link SaveResult} per entity, in completion
   * order, a failed row carrying its entity and the mapper's exception.
   */
  public Flux<SaveResult<T>> saveAll(Publisher<? extends T> entities, int maxInFlight) {
    return saveAll(entities, WriteOptions.defaults(), maxInFlight);
  }

  public Flux<SaveResult<T>> saveAll(Publisher<? extends T> entities, WriteOptions options, int maxInFlight) {
    return JdkFlowAdapter.flowPublisherToFlux(
        async.saveAll(JdkFlowAdapter.publisherToFlowPublisher(entities), options, maxInFlight));
  }
}
