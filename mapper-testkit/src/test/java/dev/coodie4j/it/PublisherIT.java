package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queries as Flow publishers: pages fetched on demand only, cancellation, errors (the Reactive Streams rules). */
@CassandraTest
class PublisherIT {
  @Table
  record Reading(@PartitionKey String sensor, @ClusteringKey int seq, double value) {}

  @Table(name = "not_there")
  record Missing(@PartitionKey String id) {}

  private final AtomicInteger selects = new AtomicInteger();
  private EntityTable<Reading> readings;
  private Mapper mapper;

  /** Records every signal; requests nothing by itself. */
  static final class Recorder<T> implements Flow.Subscriber<T> {
    final List<T> items = new CopyOnWriteArrayList<>();
    volatile Flow.Subscription subscription;
    volatile Throwable error;
    volatile boolean completed;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(T item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable t) {
      error = t;
    }

    @Override
    public void onComplete() {
      completed = true;
    }
  }

  @BeforeEach
  void seed(CqlSession session, TestKeyspace keyspace) {
    mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name())
        .listener(event -> {
          if (event.kind() == OperationKind.SELECT) {
            selects.incrementAndGet();
          }
        }).build();
    readings = mapper.table(Reading.class);
    readings.sync();
    for (int i = 0; i < 25; i++) {
      readings.save(new Reading("s1", i, i * 0.5));
    }
    selects.set(0);
  }

  @Test
  void pagesAreFetchedOnlyAsTheSubscriberAsksAndEveryRowArrivesOnceInOrder() throws Exception {
    Recorder<Reading> recorder = new Recorder<>();
    readings.query().where(Reading::sensor).eq("s1").async().publisher(10).subscribe(recorder);
    Thread.sleep(300);
    assertEquals(0, recorder.items.size());
    assertEquals(0, selects.get(), "nothing is read before the first request");

    recorder.subscription.request(1);
    await(() -> recorder.items.size() == 1);
    recorder.subscription.request(9);
    await(() -> recorder.items.size() == 10);
    Thread.sleep(200);
    assertEquals(1, selects.get(), "ten rows, one page");
    recorder.subscription.request(1);
    await(() -> recorder.items.size() == 11);
    assertEquals(2, selects.get());

    recorder.subscription.request(Long.MAX_VALUE);
    await(() -> recorder.completed);
    assertEquals(25, recorder.items.size());
    assertEquals(java.util.stream.IntStream.range(0, 25).boxed().toList(),
        recorder.items.stream().map(Reading::seq).toList());
    assertEquals(3, selects.get());
  }

  @Test
  void afterCancelNothingMoreArrivesAndNothingMoreIsRead() throws Exception {
    Recorder<Reading> recorder = new Recorder<>();
    readings.query().async().publisher(5).subscribe(recorder);
    recorder.subscription.request(5);
    await(() -> recorder.items.size() == 5);
    recorder.subscription.cancel();
    recorder.subscription.request(100);
    Thread.sleep(300);
    assertEquals(5, recorder.items.size());
    assertEquals(1, selects.get());
    assertTrue(!recorder.completed && recorder.error == null);
  }

  @Test
  void aFailingQueryAndANonPositiveRequestEndInOnError() throws Exception {
    Recorder<Missing> failing = new Recorder<>();
    mapper.table(Missing.class).query().async().publisher(10).subscribe(failing);
    failing.subscription.request(1);
    await(() -> failing.error != null);
    assertInstanceOf(CoodieException.class, failing.error);
    assertEquals(0, failing.items.size());

    assertEquals(1, selects.get(), "the failing query was sent once");
    selects.set(0);
    Recorder<Reading> zero = new Recorder<>();
    readings.query().async().publisher(10).subscribe(zero);
    zero.subscription.request(0);
    await(() -> zero.error != null);
    assertInstanceOf(IllegalArgumentException.class, zero.error);
    assertEquals(0, selects.get(), "request(0) reads nothing");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(10);
    }
  }
}
