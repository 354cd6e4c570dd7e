package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Async saves submitted as fast as one loop can go, on a mapper with {@code maxRequestsInFlight}: in flight and live
 * heap stay bounded, and every save lands.
 */
@CassandraTest
class BackpressureIT {
  @Table
  record Sample(@PartitionKey int bucket, @ClusteringKey long seq, String payload) {}

  private static final int BOUND = 128;

  @Test
  void aHundredThousandAsyncSavesStayWithinTheBoundAndAllLand(CqlSession session, TestKeyspace keyspace) {
    flood(session, keyspace, 100_000);
  }

  @Test
  @Tag("full-faults")
  void aMillionAsyncSavesStayWithinTheBoundAndAllLand(CqlSession session, TestKeyspace keyspace) {
    flood(session, keyspace, 1_000_000);
  }

  private static void flood(CqlSession session, TestKeyspace keyspace, int saves) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).maxRequestsInFlight(BOUND)
        .build();
    AsyncEntityTable<Sample> samples = mapper.table(Sample.class).async();
    mapper.table(Sample.class).sync();
    session.execute("TRUNCATE \"" + keyspace.name() + "\".\"sample\"");
    java.util.concurrent.atomic.AtomicReference<Throwable> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
    AtomicLong submitted = new AtomicLong();
    AtomicLong completed = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong maxInFlight = new AtomicLong();
    AtomicLong maxLiveHeap = new AtomicLong();
    Thread sampler = new Thread(() -> {
      var memory = ManagementFactory.getMemoryMXBean();
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          return;
        }
        System.gc(); // what is still reachable: the queued work, not garbage waiting for a collection
        maxLiveHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    for (int i = 0; i < saves; i++) {
      long inFlight = submitted.incrementAndGet() - completed.get();
      maxInFlight.accumulateAndGet(inFlight, Math::max);
      samples.save(new Sample(i % 64, i, "payload " + i)).whenComplete((ignored, failure) -> {
        if (failure != null) {
          firstFailure.compareAndSet(null, failure);
          failed.incrementAndGet();
        }
        completed.incrementAndGet();
      });
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (completed.get() < saves && System.nanoTime() < deadline) {
      SharedCluster.sleep(10);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    long stored = session.execute(SimpleStatement.newInstance("SELECT count(*) FROM \"" + keyspace.name()
        + "\".\"sample\"").setTimeout(Duration.ofMinutes(2))).one().getLong(0);
    System.out.printf("FIGURE backpressure: %d async saves with maxRequestsInFlight %d in %.1f s (%.0f/s): most in "
            + "flight seen %d, failed %d, stored %d; live heap at most %d MiB (max heap %d MiB)%n", saves, BOUND,
        seconds, saves / seconds, maxInFlight.get(), failed.get(), stored, maxLiveHeap.get() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    assertEquals(saves, completed.get(), "every save completed");
    assertEquals(0, failed.get(), "no save failed: " + firstFailure.get());
    assertEquals(saves, stored, "every save is stored");
    // the submitting loop counts a save as in flight a moment before the mapper frees its slot
    assertTrue(maxInFlight.get() <= BOUND + 16, "in flight stayed near the bound: " + maxInFlight.get());
    assertTrue(maxLiveHeap.get() < 512L << 20, "live heap stayed bounded: " + (maxLiveHeap.get() >> 20) + " MiB");
  }
}
