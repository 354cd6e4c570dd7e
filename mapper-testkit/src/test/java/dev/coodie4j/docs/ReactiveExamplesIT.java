package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The publisher example of docs/queries.md. */
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
}
