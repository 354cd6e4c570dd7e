package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.observe.OperationEvent;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.BulkGrouping;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.EntityTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * saveAll's grouping by replica set on a 3-node cluster at RF 1, where each partition lives on one of three nodes:
 * a batch holds only partitions of one node.
 */
class ReplicaGroupingIT {
  @Table
  record Item(@PartitionKey String id, int n) {}

  private static final String KEYSPACE = "grouping";
  private static CqlSession session;

  @BeforeAll
  static void createTable() {
    session = SharedCluster.session(c -> c, b -> b);
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).build();
    mapper.createKeyspace(KeyspaceDefinition.named(KEYSPACE).simpleStrategy(1));
    mapper.sync(Item.class);
  }

  @AfterAll
  static void closeSession() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void eachBatchHoldsPartitionsOfOneReplicaSetOnly() throws Exception {
    List<OperationEvent> events = new CopyOnWriteArrayList<>();
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).listener(events::add).build();
    EntityTable<Item> items = mapper.table(Item.class);
    items.save(new Item("warm", 0)); // prepares the INSERT
    // 11 partitions owned by each node, by the driver's own token map: grouped by node, each node's rows make one
    // batch of 10 and one single write; grouped together regardless of node, 33 rows would make 4 batches
    TokenMap tokens = session.getMetadata().getTokenMap().orElseThrow();
    Map<Set<Node>, List<Item>> byReplicas = new LinkedHashMap<>();
    for (int i = 0; byReplicas.size() < 3 || byReplicas.values().stream().anyMatch(rows -> rows.size() < 11); i++) {
      String id = "item-" + i;
      Set<Node> replicas = tokens.getReplicas(CqlIdentifier.fromInternal(KEYSPACE),
          TypeCodecs.TEXT.encode(id, ProtocolVersion.DEFAULT));
      List<Item> rows = byReplicas.computeIfAbsent(replicas, r -> new ArrayList<>());
      if (rows.size() < 11) {
        rows.add(new Item(id, i));
      }
    }
    assertEquals(3, byReplicas.size(), "at RF 1 on 3 nodes, three replica sets: " + byReplicas.keySet());
    List<Item> rows = new ArrayList<>();
    for (int i = 0; i < 11; i++) { // interleaved, so that a grouping in arrival order would mix the nodes
      for (List<Item> ofNode : byReplicas.values()) {
        rows.add(ofNode.get(i));
      }
    }
    events.clear();
    BulkSaveResult<Item> result = items.saveAll(rows, WriteOptions.defaults(), 64, BulkGrouping.REPLICA_SET);
    assertTrue(result.allSaved(), result.failures().toString());
    assertEquals(33, result.saved());
    for (Item row : rows) {
      assertEquals(row, items.get(row.id()).orElseThrow());
    }
    long deadline = System.nanoTime() + 5_000_000_000L; // listeners run just after the caller has its answer
    while (events.size() < 6 + 33 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    List<OperationEvent> writes = events.stream()
        .filter(e -> e.kind() == OperationKind.BATCH || e.kind() == OperationKind.INSERT).toList();
    assertEquals(3, writes.stream().filter(e -> e.kind() == OperationKind.BATCH).count(), writes.toString());
    assertEquals(3, writes.stream().filter(e -> e.kind() == OperationKind.INSERT).count(), writes.toString());
  }
}
