package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.micrometer.CoodieMetrics;
import dev.coodie4j.observe.OperationOutcome;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The examples of docs/observability.md. */
@CassandraTest
class ObservabilityExamplesIT {
  @Table
  public record Order(@PartitionKey String id, double total) {}

  @Test
  void metricsAndAListener(CqlSession session, TestKeyspace keyspace) throws Exception {
    MeterRegistry registry = new SimpleMeterRegistry();
    DataStaxDriver driver = DataStaxDriver.of(session);
    // tag::metrics[]
    AtomicLong failures = new AtomicLong();
    CoodieMetrics metrics = CoodieMetrics.builder(registry)
        .slowThreshold(Duration.ofMillis(250))             // logged at WARNING on dev.coodie4j.slow
        .build();
    Mapper mapper = Mapper.builder(driver).keyspace(keyspace.name())
        .listener(metrics)                                  // timer coodie4j.operations{table, kind, outcome}
        .listener(event -> {                                // or your own: never blocking, never values
          if (event.outcome() == OperationOutcome.FAILED) {
            failures.incrementAndGet();
          }
        })
        .build();
    metrics.bindStatementCache(mapper);                     // coodie4j.statement.cache.size, .hits, .misses, ...
    // end::metrics[]
    mapper.table(Order.class).sync();
    mapper.table(Order.class).save(new Order("o1", 12.5));
    Thread.sleep(200); // the listener runs just after the caller has its answer
    assertEquals(1, registry.get(CoodieMetrics.OPERATIONS).tag("table", "order").tag("kind", "insert").timer().count());
    assertEquals(0, failures.get());
    assertTrue(registry.get("coodie4j.statement.cache.size").gauge().value() >= 1);
  }
}
