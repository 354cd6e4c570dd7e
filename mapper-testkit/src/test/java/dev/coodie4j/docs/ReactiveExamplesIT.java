package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.reactor.ReactorTable;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.SaveResult;
import dev.coodie4j.testkit.CassandraTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The examples of docs/reactive.md (and the publisher one of docs/queries.md). */
@CassandraTest
class ReactiveExamplesIT {
  @Table
  public record Event(@PartitionKey String stream, @ClusteringKey long seq, String body) {}

  /** Takes rows 50 at a time, as a slow consumer does. */
  static final class Batches implements Flow.Subscriber<Event> {
    final AtomicLong seen = new AtomicLong();
    final CountDownLatch done = new CountDownLatch(1);
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(50);
    }

    @Override
    public void onNext(Event event) {
      if (seen.incrementAndGet() % 50 == 0) {
        subscription.request(50);
      }
    }

    @Override
    public void onError(Throwable failure) {
      done.countDown();
    }

    @Override
    public void onComplete() {
      done.countDown();
    }
  }

  @Test
  void publisher(Mapper mapper) throws Exception {
    EntityTable<Event> events = mapper.table(Event.class);
    events.sync();
    for (long i = 0; i < 120; i++) {
      events.save(new Event("orders", i, "e" + i));
    }
    Batches subscriber = new Batches();
    // tag::publisher[]
    Flow.Publisher<Event> rows = events.query().where(Event::stream).eq("orders")
        .async().publisher(100);        // pages of 100 rows, each fetched only when the subscriber wants more
    rows.subscribe(subscriber);         // Reactor: JdkFlowAdapter.flowPublisherToFlux(rows)
    // end::publisher[]
    subscriber.done.await(30, TimeUnit.SECONDS);
    assertEquals(120, subscriber.seen.get());
  }

  @Test
  void saveAll(Mapper mapper) throws Exception {
    EntityTable<Event> events = mapper.table(Event.class);
    events.sync();
    Flow.Publisher<Event> incoming = org.reactivestreams.FlowAdapters.toFlowPublisher(
        reactor.core.publisher.Flux.range(0, 200).map(i -> new Event("imports", i, "row " + i)));
    java.util.List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    Flow.Subscriber<SaveResult<Event>> subscriber = new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(SaveResult<Event> result) {
        result.failure().ifPresent(e -> failures.add(result.entity().seq() + ": " + e.getMessage()));
      }

      @Override
      public void onError(Throwable t) {
        done.countDown();
      }

      @Override
      public void onComplete() {
        done.countDown();
      }
    };
    // tag::saveAll[]
    Flow.Publisher<SaveResult<Event>> results = events.async()
        .saveAll(incoming, 64);             // at most 64 entities taken and not yet delivered as results
    results.subscribe(subscriber);          // one SaveResult per entity: saved(), or failure() with the exception
    // end::saveAll[]
    assertEquals(true, done.await(60, TimeUnit.SECONDS));
    assertEquals(java.util.List.of(), failures);
    assertEquals(200, events.query().where(Event::stream).eq("imports").count());
  }

  @Test
  void reactor(Mapper mapper) {
    events(mapper).sync();
    // tag::reactor[]
    ReactorTable<Event> events = ReactorTable.of(mapper.table(Event.class));

    Mono<Void> save = events.save(new Event("audit", 1, "created"));   // nothing sent yet
    save.block();                                                      // sent now

    Flux<Event> audit = events.flux(events.table().query().where(Event::stream).eq("audit"), 100);
    Flux<SaveResult<Event>> copied = events.saveAll(
        audit.map(e -> new Event("audit-copy", e.seq(), e.body())), 32);
    long saved = copied.filter(SaveResult::saved).count().block();
    // end::reactor[]
    assertEquals(1L, saved);
    assertEquals(java.util.Optional.of(new Event("audit-copy", 1, "created")),
        mapper.table(Event.class).get("audit-copy", 1L));
  }

  private static EntityTable<Event> events(Mapper mapper) {
    return mapper.table(Event.class);
  }
}
