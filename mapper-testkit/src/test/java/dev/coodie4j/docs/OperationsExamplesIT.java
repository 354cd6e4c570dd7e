package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.BulkGrouping;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.SaveResult;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of docs/operations.md. */
@CassandraTest
class OperationsExamplesIT {
  // tag::entity[]
  @Table
  public record Message(
      @PartitionKey String room,
      @ClusteringKey(order = ClusteringOrder.DESC) Instant sentAt,
      String author,
      String text) {}
  // end::entity[]

  private static EntityTable<Message> messages;

  @BeforeAll
  static void sync(Mapper mapper) {
    messages = mapper.table(Message.class);
    messages.sync();
  }

  @Test
  void saveAll() {
    Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    List<Message> history = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> new Message("room-" + i % 20, t0.plusSeconds(i), "bot", "message " + i)).toList();
    // tag::saveAll[]
    BulkSaveResult<Message> result = messages.saveAll(history);   // 64 writes in flight, a partition's rows batched
    for (SaveResult<Message> failed : result.failures()) {         // each failed row, with its entity and exception
      System.err.println(failed.entity() + ": " + failed.failure().orElseThrow().getMessage());
    }
    // end::saveAll[]
    assertEquals(500, result.saved());
    assertEquals(25, messages.findByPartition("room-7").size());
  }

  @Test
  void saveAllByReplicaSet() {
    Instant t0 = Instant.parse("2026-11-24T11:00:00Z");
    List<Message> history = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> new Message("hall-" + i, t0.plusSeconds(i), "bot", "message " + i)).toList();
    // tag::saveAllByReplicaSet[]
    BulkSaveResult<Message> result = messages.saveAll(history, WriteOptions.defaults(), 64,
        BulkGrouping.REPLICA_SET);                               // partitions with the same replicas share batches
    // end::saveAllByReplicaSet[]
    assertEquals(500, result.saved(), result.failures().toString());
    assertEquals(List.of(history.get(499)), messages.findByPartition("hall-499"));
  }

  @Test
  void crud() {
    Instant t0 = Instant.parse("2026-11-24T09:00:00Z");
    // tag::crud[]
    Message hello = new Message("lobby", t0, "ada", "hello");
    messages.save(hello);                                     // INSERT of every column, nulls left unset
    Optional<Message> same = messages.get("lobby", t0);       // full primary key, in key order
    messages.delete(hello);                                   // by the entity's primary key
    messages.deleteByKey("lobby", t0);                        // or by the key values
    // end::crud[]
    assertEquals(Optional.of(hello), same);
    assertEquals(Optional.empty(), messages.get("lobby", t0));
  }

  @Test
  void partitions() {
    Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      messages.save(new Message("general", t0.plusSeconds(i), "bob", "message " + i));
    }
    // tag::partition[]
    List<Message> newestFirst = messages.findByPartition("general");   // all pages fetched
    Stream<Message> lazily = messages.streamByPartition("general");    // pages fetched as consumed
    List<String> firstTwo = lazily.limit(2).map(Message::text).collect(Collectors.toList());
    // [message 4, message 3]
    // end::partition[]
    assertEquals(List.of("message 4", "message 3"), firstTwo);
    assertEquals(5, newestFirst.size());
  }

  @Test
  void nulls(CqlSession session, TestKeyspace keyspace) {
    Instant t0 = Instant.parse("2026-11-24T11:00:00Z");
    messages.save(new Message("nulls", t0, "ada", "original"));
    // tag::nulls[]
    messages.save(new Message("nulls", t0, "ada", null));                 // text keeps "original"
    messages.save(new Message("nulls", t0, "ada", null), WriteOptions.writingNulls()); // text is deleted
    // end::nulls[]
    assertNull(messages.get("nulls", t0).orElseThrow().text());
    // tag::nullsMapper[]
    Mapper nullWriting = Mapper.builder(DataStaxDriver.of(session)).writeNulls(true).build();
    // end::nullsMapper[]
    assertEquals(true, nullWriting != null);
  }

  @Test
  void async() {
    Instant t0 = Instant.parse("2026-11-24T12:00:00Z");
    // tag::async[]
    AsyncEntityTable<Message> async = messages.async();
    CompletionStage<Optional<Message>> loaded = async.save(new Message("async", t0, "ada", "hi"))
        .thenCompose(saved -> async.get("async", t0));
    // end::async[]
    assertEquals("hi", loaded.toCompletableFuture().join().orElseThrow().text());
  }
}
