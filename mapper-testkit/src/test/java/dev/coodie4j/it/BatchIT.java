package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchResult;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class BatchIT {
  @Table
  record Line(@PartitionKey String order, @ClusteringKey int n, String item) {}

  @Table
  record Tally(@PartitionKey String key, @ColumnType(ScalarType.COUNTER) long count) {}

  private static Mapper mapper;
  private static EntityTable<Line> lines;
  private static EntityTable<Product> products;
  private static EntityTable<Tally> tallies;

  @BeforeAll
  static void sync(Mapper classMapper) {
    mapper = classMapper;
    lines = mapper.table(Line.class);
    products = mapper.table(Product.class);
    tallies = mapper.table(Tally.class);
    lines.sync();
    products.sync();
    tallies.sync();
  }

  @Test
  void loggedBatchMixesEntitiesAndOperations() {
    Product stale = Product.sample();
    products.save(stale);
    Product fresh = Product.sample();
    Line line = new Line("o-1", 1, "lamp");
    BatchResult result = mapper.batch(BatchType.LOGGED)
        .save(fresh)
        .save(line, WriteOptions.defaults().withTtl(Duration.ofHours(1)))
        .delete(stale)
        .update(lines.update("o-1", 2).set(Line::item, "bulb"))
        .options(WriteOptions.defaults().withConsistency(Consistency.ONE).withTimeout(Duration.ofSeconds(10)))
        .execute();
    assertTrue(result.applied());
    assertEquals(Optional.of(fresh), products.get(fresh.id()));
    assertEquals(Optional.empty(), products.get(stale.id()));
    assertEquals(List.of(line, new Line("o-1", 2, "bulb")), lines.findByPartition("o-1"));
  }

  @Test
  void batchTimestampIsTheWriteTime(CqlSession session, TestKeyspace keyspace) {
    Instant at = Instant.parse("2031-05-05T05:05:05Z");
    mapper.batch(BatchType.UNLOGGED).save(new Line("o-ts", 1, "a")).save(new Line("o-ts", 2, "b"))
        .options(WriteOptions.defaults().withTimestamp(at)).executeAsync().toCompletableFuture().join();
    long writetime = session.execute("SELECT writetime(item) FROM \"" + keyspace.name() + "\".\"line\""
        + " WHERE \"order\" = 'o-ts' AND n = 2").one().getLong(0);
    assertEquals(at.getEpochSecond() * 1_000_000, writetime);
  }

  @Test
  void counterBatch() {
    mapper.batch(BatchType.COUNTER)
        .update(tallies.update("a").increment(Tally::count, 2))
        .update(tallies.update("b").increment(Tally::count, 3))
        .execute();
    assertEquals(2, tallies.get("a").orElseThrow().count());
    assertEquals(3, tallies.get("b").orElseThrow().count());
  }

  @Test
  void conditionalBatchReturnsTheOutcomeAndTheCurrentRows() {
    assertTrue(mapper.batch(BatchType.LOGGED).insertIfNotExists(new Line("o-lwt", 1, "x"))
        .insertIfNotExists(new Line("o-lwt", 2, "y")).execute().applied());
    BatchResult again = mapper.batch(BatchType.LOGGED).insertIfNotExists(new Line("o-lwt", 1, "z"))
        .save(new Line("o-lwt", 3, "w")).execute();
    assertFalse(again.applied());
    assertTrue(again.current().contains(new Line("o-lwt", 1, "x")), again.current().toString());
    assertEquals(2, lines.findByPartition("o-lwt").size(), "nothing of a failed conditional batch is written");
  }

  @Test
  void aBatchThatFailsToBuildSendsNothing(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    Mapper counting = Mapper.builder(driver).keyspace(keyspace.name()).build();
    Line first = new Line("o-fail", 1, "a");
    CoodieException e = assertThrows(CoodieException.class, () -> counting.batch(BatchType.LOGGED)
        .save(first).save(new Line(null, 2, "b")).execute());
    assertTrue(e.getMessage().contains("primary key property 'order'"), e.getMessage());
    assertEquals(List.of(), driver.executed);
    assertEquals(List.of(), lines.findByPartition("o-fail"));
  }

  @Test
  void optionsABatchCannotHonourAreRefused() {
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).update(tallies.update("a").increment(Tally::count, 1)).execute(),
        "counter updates go in a COUNTER batch");
    Expect.failsWith(() -> mapper.batch(BatchType.COUNTER).save(new Line("o", 1, "a")).execute(),
        "a COUNTER batch takes only counter updates");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).save(new Line("o", 1, "a"))
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(5))).execute(), "set TTL and null handling on its writes");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).save(new Line("o", 1, "a"),
        WriteOptions.defaults().withConsistency(Consistency.ALL)).execute(), "apply to the whole batch");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).execute(), "the batch is empty");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).insertIfNotExists(new Line("o", 1, "a"))
        .insertIfNotExists(Product.sample()).execute(), "must all be on one table");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).save(new Line("o", 1, "a"))
        .options(WriteOptions.defaults().withSerialConsistency(Consistency.SERIAL)).execute(),
        "serial consistency applies only to a batch with conditional writes");
  }
}
