package dev.coodie4j.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.micrometer.CoodieMetrics;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Operation events reach listeners and Micrometer, never with values; a failing listener breaks nothing. */
@CassandraTest
class MetricsIT {
  @Table
  record Gadget(@PartitionKey String id, String secret) {}

  @Table
  record Widget(@PartitionKey String id, String secret) {}

  @Table(name = "never_synced")
  record Ghost(@PartitionKey String id) {}

  @Test
  void everyOperationIsTimedByTableKindAndOutcomeAndTheCacheIsGauged(CqlSession session, TestKeyspace keyspace)
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CoodieMetrics metrics = CoodieMetrics.builder(registry).build();
    List<OperationEvent> events = new CopyOnWriteArrayList<>();
    AtomicInteger throwingCalls = new AtomicInteger();
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name())
        .listener(metrics)
        .listener(event -> {
          throwingCalls.incrementAndGet();
          throw new IllegalStateException("a listener's own bug");
        })
        .listener(events::add)
        .build();
    metrics.bindStatementCache(mapper);
    EntityTable<Gadget> gadgets = mapper.table(Gadget.class);
    gadgets.sync();

    gadgets.save(new Gadget("g1", "top secret value"));
    gadgets.save(new Gadget("g2", "another secret"));
    assertEquals("top secret value", gadgets.get("g1").orElseThrow().secret());
    assertEquals(2, gadgets.query().list().size());
    assertFalse(gadgets.insertIfNotExists(new Gadget("g1", "x")).applied());
    assertThrows(CoodieException.class, () -> mapper.table(Ghost.class).get("nobody"));

    long deadline = System.nanoTime() + 5_000_000_000L; // listeners run just after the caller has its answer
    while (events.size() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(2, timer(registry, "gadget", "insert", "success").count());
    assertEquals(2, timer(registry, "gadget", "select", "success").count());
    assertEquals(1, timer(registry, "gadget", "insert", "not_applied").count());
    assertEquals(1, timer(registry, "never_synced", "select", "failed").count());
    assertTrue(timer(registry, "gadget", "insert", "success").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);

    OperationEvent query = events.stream().filter(e -> e.kind() == OperationKind.SELECT && e.rows() == 2)
        .findFirst().orElseThrow();
    assertEquals("gadget", query.table());
    assertTrue(events.stream().noneMatch(e -> e.toString().contains("secret value") || e.toString().contains("g1")),
        "events carry no values: " + events);
    assertEquals("CoodieException", events.stream().filter(e -> e.outcome() == OperationOutcome.FAILED)
        .findFirst().orElseThrow().failure());
    assertEquals(events.size(), throwingCalls.get(), "the throwing listener was called every time");
    List<Integer> saveShapes = events.stream().filter(e -> e.kind() == OperationKind.INSERT
        && e.outcome() == OperationOutcome.SUCCESS).map(OperationEvent::shape).distinct().toList();
    assertEquals(1, saveShapes.size(), "both saves share one shape: " + events);

    assertTrue(registry.get("coodie4j.statement.cache.size").gauge().value() >= 4);
    assertTrue(registry.get("coodie4j.statement.cache.misses").functionCounter().count() >= 4);
    assertTrue(registry.get("coodie4j.statement.cache.hits").functionCounter().count() >= 1);
  }

  @Test
  void aBatchAndARawStatementAreOneEventEach(CqlSession session, TestKeyspace keyspace) throws Exception {
    List<OperationEvent> events = new CopyOnWriteArrayList<>();
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).listener(events::add).build();
    mapper.table(Widget.class).sync();
    events.clear();

    mapper.batch(dev.coodie4j.batch.BatchType.LOGGED).save(new Widget("b1", "s")).save(new Widget("b2", "s"))
        .execute();
    assertEquals(2, mapper.cql("SELECT id FROM widget WHERE id IN ?", List.of("b1", "b2")).maps().size());
    assertThrows(CoodieException.class, () -> mapper.cql("SELECT nope FROM widget").maps());

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (events.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(3, events.size(), events.toString());
    OperationEvent batch = events.get(0);
    assertEquals("batch", batch.table());
    assertEquals(OperationKind.BATCH, batch.kind());
    assertEquals(OperationOutcome.SUCCESS, batch.outcome());
    OperationEvent raw = events.get(1);
    assertEquals("cql", raw.table());
    assertEquals(OperationKind.SELECT, raw.kind());
    assertEquals(2, raw.rows());
    assertEquals(OperationOutcome.FAILED, events.get(2).outcome());
    assertTrue(events.stream().noneMatch(e -> e.toString().contains("b1")), "no values: " + events);
  }

  private static Timer timer(SimpleMeterRegistry registry, String table, String kind, String outcome) {
    return registry.get(CoodieMetrics.OPERATIONS).tag("table", table).tag("kind", kind).tag("outcome", outcome)
        .timer();
  }
}
