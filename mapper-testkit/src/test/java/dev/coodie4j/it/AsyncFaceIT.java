package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of the sync face has a non-blocking twin that gives the same answer. */
@CassandraTest
class AsyncFaceIT {
  @Table
  record Reading(@PartitionKey String sensor, @ClusteringKey int seq, int value) {}

  private static EntityTable<Reading> readings;
  private static AsyncEntityTable<Reading> async;

  @BeforeAll
  static void seed(Mapper mapper) {
    readings = mapper.table(Reading.class);
    async = readings.async();
    async.sync().toCompletableFuture().join();
    for (int seq = 0; seq < 25; seq++) {
      readings.save(new Reading("s1", seq, seq * 2));
    }
  }

  @Test
  void forEachVisitsEveryRowAcrossPagesWithoutBlocking() {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    readings.query().where(Reading::sensor).eq("s1").fetchSize(4).async().forEach(r -> seen.add(r.seq()))
        .toCompletableFuture().join();
    assertEquals(IntStream.range(0, 25).boxed().toList(), seen);
    List<Integer> inPartition = new CopyOnWriteArrayList<>();
    async.forEachInPartition(r -> inPartition.add(r.seq()), "s1").toCompletableFuture().join();
    assertEquals(seen, inPartition);
  }

  @Test
  void aggregatesAndCellMetadataHaveAsyncTwins() {
    var query = readings.query().where(Reading::sensor).eq("s1").async();
    assertEquals(readings.query().where(Reading::sensor).eq("s1").sum(Reading::value),
        query.sum(Reading::value).toCompletableFuture().join());
    assertEquals(0, query.min(Reading::value).toCompletableFuture().join());
    assertEquals(48, query.max(Reading::value).toCompletableFuture().join());
    assertEquals(24, query.avg(Reading::value).toCompletableFuture().join());
    assertTrue(query.writetime(Reading::value).toCompletableFuture().join().orElseThrow() > 0);
    assertEquals(Optional.empty(), query.ttl(Reading::value).toCompletableFuture().join());
    assertEquals(25, query.page(30).toCompletableFuture().join().items().size());
  }

  @Test
  void updatesDeletesSaveChangesAndSyncOptionsHaveAsyncTwins() {
    async.save(new Reading("s2", 1, 1)).toCompletableFuture().join();
    async.update("s2", 1).set(Reading::value, 5).executeAsync().toCompletableFuture().join();
    assertEquals(5, readings.get("s2", 1).orElseThrow().value());
    assertTrue(async.saveChanges(new Reading("s2", 1, 5), new Reading("s2", 1, 6)).toCompletableFuture().join());
    assertEquals(6, readings.get("s2", 1).orElseThrow().value());
    async.deleteFrom("s2", 1).executeAsync().toCompletableFuture().join();
    assertEquals(Optional.empty(), readings.get("s2", 1));
    async.save(new Reading("s3", 1, 1)).toCompletableFuture().join();
    readings.query().where(Reading::sensor).eq("s3").async().delete().toCompletableFuture().join();
    assertEquals(List.of(), readings.findByPartition("s3"));
    assertTrue(async.syncDryRun(dev.coodie4j.schema.SyncOption.DROP_UNDECLARED_INDEXES).toCompletableFuture().join()
        .statements().isEmpty());
  }

  @Test
  void rawFirstAndMapsHaveAsyncTwins(Mapper mapper, TestKeyspace keyspace) {
    String cql = "SELECT seq, value FROM \"" + keyspace.name() + "\".reading WHERE sensor = ?";
    record SeqValue(int seq, int value) {}
    assertEquals(Optional.of(new SeqValue(0, 0)), mapper.cql(cql, "s1").firstAsync(SeqValue.class)
        .toCompletableFuture().join());
    List<Map<String, Object>> maps = mapper.cql(cql, "s1").mapsAsync().toCompletableFuture().join();
    assertEquals(25, maps.size());
    assertEquals(Map.of("seq", 3, "value", 6), maps.get(3));
  }
}
