package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.EmbeddedCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A node killed under a mixed QUORUM load on a 3-node cluster at RF 3: what fails, when, and that nothing is lost. */
class NodeLossIT {
  @Table
  record Event(@PartitionKey long id, String payload) {}

  private static final int SETTLED_AFTER_SECONDS = 15;
  private static final WriteOptions QUORUM = WriteOptions.defaults().withConsistency(Consistency.QUORUM);

  @Test
  void aNodeKilledUnderQuorumLoadLosesNoAcknowledgedWrite() throws Exception {
    EmbeddedCluster cluster = SharedCluster.get();
    // the driver's default request timeout (2 s) and retry policy, as an application would run
    try (CqlSession session = SharedCluster.session(
        c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(2)), b -> b)) {
      Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace("loss").build();
      mapper.createKeyspace(KeyspaceDefinition.named("loss").simpleStrategy(3));
      EntityTable<Event> events = mapper.table(Event.class);
      events.sync();

      AtomicLong ids = new AtomicLong();
      Map<Long, String> acknowledged = new ConcurrentHashMap<>();
      ConcurrentLinkedQueue<long[]> failures = new ConcurrentLinkedQueue<>(); // {nanoTime, 0 write / 1 read}
      ConcurrentLinkedQueue<String> failureKinds = new ConcurrentLinkedQueue<>();
      AtomicLong reads = new AtomicLong();
      long start = System.nanoTime();
      long killAfter = Duration.ofSeconds(3).toNanos();
      long runFor = Duration.ofSeconds(25).toNanos();
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        Thread worker = new Thread(() -> {
          while (System.nanoTime() - start < runFor) {
            long id = ids.incrementAndGet();
            String payload = "event " + id;
            try {
              events.save(new Event(id, payload), QUORUM);
              acknowledged.put(id, payload);
            } catch (RuntimeException e) {
              failures.add(new long[] {System.nanoTime(), 0});
              failureKinds.add(e.getClass().getSimpleName());
            }
            long probe = ThreadLocalRandom.current().nextLong(1, id + 1);
            try {
              reads.incrementAndGet();
              events.query().where(Event::id).eq(probe).consistency(Consistency.QUORUM).first();
            } catch (RuntimeException e) {
              failures.add(new long[] {System.nanoTime(), 1});
              failureKinds.add(e.getClass().getSimpleName());
            }
          }
        }, "load-" + w);
        worker.start();
        workers.add(worker);
      }
      SharedCluster.sleep(killAfter / 1_000_000);
      long killedAt = System.nanoTime();
      cluster.node(3).stop();
      long detectedAt = 0;
      while (detectedAt == 0 && System.nanoTime() - killedAt < Duration.ofSeconds(10).toNanos()) {
        boolean down = session.getMetadata().getNodes().values().stream()
            .anyMatch(n -> n.getEndPoint().resolve().equals(cluster.node(3).nativeAddress())
                && n.getState() == NodeState.DOWN);
        if (down) {
          detectedAt = System.nanoTime();
        }
        SharedCluster.sleep(5);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      long detected = detectedAt == 0 ? Long.MAX_VALUE : detectedAt;
      long failedBeforeKill = failures.stream().filter(f -> f[0] < killedAt).count();
      long failedInWindow = failures.stream().filter(f -> f[0] >= killedAt && f[0] < detected).count();
      // the other nodes' failure detector convicts the dead one after several seconds; until then a coordinator may
      // still pick it for a read and wait past the driver's request timeout
      long settled = killedAt + Duration.ofSeconds(SETTLED_AFTER_SECONDS).toNanos();
      long failedUntilSettled = failures.stream().filter(f -> f[0] >= detected && f[0] < settled).count();
      long failedAfter = failures.stream().filter(f -> f[0] >= settled).count();
      long failedWrites = failures.stream().filter(f -> f[1] == 0).count();
      long lastFailureMs = failures.stream().mapToLong(f -> (f[0] - killedAt) / 1_000_000).max().orElse(-1);

      long lost = 0;
      for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
        String read = events.query().where(Event::id).eq(write.getKey()).consistency(Consistency.QUORUM).first()
            .map(Event::payload).orElse(null);
        if (!write.getValue().equals(read)) {
          lost++;
        }
      }
      System.out.printf("FIGURE node-loss: writes %d acknowledged of %d, reads %d; failed before the kill %d, "
              + "in the driver's detection window (%d ms) %d, from then until %d s after the kill %d (%d of them "
              + "writes; the last at %d ms; %s), after that %d; acknowledged writes lost %d%n",
          acknowledged.size(), ids.get(), reads.get(), failedBeforeKill,
          detectedAt == 0 ? -1 : (detectedAt - killedAt) / 1_000_000, failedInWindow, SETTLED_AFTER_SECONDS,
          failedUntilSettled, failedWrites, lastFailureMs, failureKinds.stream().distinct().toList(), failedAfter,
          lost);

      SharedCluster.restore(session);

      assertTrue(detectedAt != 0, "the driver marked the killed node down within 10 s");
      assertTrue(acknowledged.size() > 1_000, "the load ran: " + acknowledged.size() + " writes");
      assertEquals(0, failedBeforeKill, "nothing failed before the kill: " + failureKinds);
      assertEquals(0, failedAfter, SETTLED_AFTER_SECONDS + " s after the kill, nothing failed: " + failureKinds);
      assertEquals(0, lost, "every acknowledged write reads back at QUORUM");
    }
  }
}
