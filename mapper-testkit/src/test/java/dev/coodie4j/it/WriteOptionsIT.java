package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicasUnavailableException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class WriteOptionsIT {
  private static EntityTable<Product> products;
  private static CqlSession session;
  private static String table;

  @BeforeAll
  static void sync(Mapper mapper, CqlSession cqlSession, TestKeyspace keyspace) {
    products = mapper.table(Product.class);
    products.sync();
    session = cqlSession;
    table = "\"" + keyspace.name() + "\".\"product\"";
  }

  private static Row ttlAndWritetime(Product product) {
    return session.execute("SELECT ttl(name), writetime(name) FROM " + table + " WHERE id = ?", product.id()).one();
  }

  @Test
  void ttlExpiresTheWrittenValues() {
    Product lamp = Product.sample();
    products.save(lamp, WriteOptions.defaults().withTtl(Duration.ofSeconds(100)));
    int ttl = ttlAndWritetime(lamp).getInt(0);
    assertTrue(ttl > 90 && ttl <= 100, "ttl was " + ttl);
    products.save(Product.sample(), WriteOptions.defaults().withTtl(Duration.ofSeconds(1)));
  }

  @Test
  void timestampIsTheWriteTimeAndOlderWritesLose() {
    Product lamp = Product.sample();
    Instant at = Instant.parse("2030-01-01T00:00:00.000123Z");
    products.save(lamp, WriteOptions.defaults().withTimestamp(at));
    assertEquals(1_893_456_000_000_123L, ttlAndWritetime(lamp).getLong(1));

    products.save(lamp.withDescription("older"), WriteOptions.defaults().withTimestamp(at.minusSeconds(1)));
    assertEquals("A desk lamp", products.get(lamp.id()).orElseThrow().description());
    products.deleteFrom(lamp.id()).options(WriteOptions.defaults().withTimestamp(at.minusSeconds(1))).execute();
    assertTrue(products.get(lamp.id()).isPresent(), "a delete older than the write leaves the row");
    products.delete(lamp, WriteOptions.defaults().withTimestamp(at.plusSeconds(1)));
    assertEquals(Optional.empty(), products.get(lamp.id()));
  }

  @Test
  void ttlAndTimestampTogether() {
    Product lamp = Product.sample();
    products.save(lamp, WriteOptions.defaults().withTtl(Duration.ofHours(1)).withTimestampMicros(42L));
    Row row = ttlAndWritetime(lamp);
    assertTrue(row.getInt(0) > 3500);
    assertEquals(42L, row.getLong(1));
  }

  @Test
  void consistencyReachesTheServer() {
    products.save(Product.sample(), WriteOptions.defaults().withConsistency(Consistency.ALL));
    CompletionException refused = assertThrows(CompletionException.class, () -> products.async()
        .save(Product.sample(), WriteOptions.defaults().withConsistency(Consistency.THREE)).toCompletableFuture().join());
    ReplicasUnavailableException unavailable = assertInstanceOf(ReplicasUnavailableException.class,
        refused.getCause(), "one node cannot give THREE");
    assertEquals(Consistency.THREE, unavailable.consistency());
    assertEquals(3, unavailable.required());
  }

  @Test
  void optionsAnOperationCannotHonourAreRefusedBeforeSending() {
    Product lamp = Product.sample();
    Expect.failsWith(() -> products.delete(lamp, WriteOptions.defaults().withTtl(Duration.ofSeconds(5))),
        "Product.delete: a delete cannot have a TTL");
    Expect.failsWith(() -> products.save(lamp, WriteOptions.defaults().withSerialConsistency(Consistency.SERIAL)),
        "serial consistency only applies to conditional writes");
    Expect.failsWith(() -> products.insertIfNotExists(lamp, WriteOptions.defaults().withTimestampMicros(1)),
        "Cassandra refuses a custom write timestamp on a conditional write");
    Expect.failsWith(() -> WriteOptions.defaults().withConsistency(Consistency.SERIAL), "cannot be used for a write");
    Expect.failsWith(() -> WriteOptions.defaults().withSerialConsistency(Consistency.QUORUM), "must be SERIAL or LOCAL_SERIAL");
    Expect.failsWith(() -> WriteOptions.defaults().withTtl(Duration.ofSeconds(-1)), "TTL PT-1S is not allowed");
    Expect.failsWith(() -> WriteOptions.defaults().withTtl(Duration.ofMillis(1500)), "whole seconds");
    Expect.failsWith(() -> WriteOptions.defaults().withTtl(Duration.ofDays(365 * 21)), "20 years");
    assertEquals(Optional.empty(), products.get(lamp.id()), "nothing was written");
  }
}
