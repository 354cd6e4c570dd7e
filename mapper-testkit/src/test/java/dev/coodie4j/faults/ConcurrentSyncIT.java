package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.ReplicasUnavailableException;
import dev.coodie4j.RequestTimeoutException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.faults.SyncRacer.Address;
import dev.coodie4j.faults.SyncRacer.Customer;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.EmbeddedCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two service instances that start together both sync the same new entities (a table with a user type and an index,
 * and a view over it), through coordinators on different nodes: both succeed, every node holds each object once with
 * the same id, and the nodes agree on the schema.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentSyncIT {
  private static final int ROUNDS = 3;
  private static EmbeddedCluster cluster;
  private static CqlSession setup;

  @BeforeAll
  static void openSession() {
    cluster = SharedCluster.get();
    setup = SharedCluster.session(c -> c, b -> b);
  }

  @AfterAll
  static void closeSession() {
    if (setup != null) {
      setup.close();
    }
  }

  @AfterEach
  void everyNodeUp() {
    SharedCluster.restore(setup);
  }

  @Test
  @Order(1)
  void twoMappersSyncingTheSameNewEntitiesAtOnceThroughDifferentCoordinatorsBothSucceedAndCreateEachObjectOnce()
      throws Exception {
    try (CqlSession first = SyncRacer.session("first", cluster.server().localDatacenter(), contactPoints(),
            cluster.node(1).nativeAddress());
        CqlSession second = SyncRacer.session("second", cluster.server().localDatacenter(), contactPoints(),
            cluster.node(3).nativeAddress())) {
      for (int round = 1; round <= ROUNDS; round++) {
        String keyspace = "sync_race_" + round;
        createKeyspace(keyspace);
        long[] created = race(first, second, keyspace, SyncRacer.ENTITIES);
        assertEachObjectOnceOnEveryNode(keyspace);
        assertWritableAtAll(first, keyspace);
        // the next release, started on both instances at once: both add the same columns to the live table
        long[] evolved = race(first, second, keyspace, SyncRacer.CustomerV2.class);
        String columns = assertEachObjectOnceOnEveryNode(keyspace);
        assertTrue(columns.contains("columns [address, country, email, id, nickname, phone]"), columns);
        System.out.printf("FIGURE concurrent-sync round %d: two mappers created in %d ms and %d ms, added columns in "
            + "%d ms and %d ms; every node agrees%n", round, created[0], created[1], evolved[0], evolved[1]);
      }
    }
  }

  @Test
  @Order(2)
  void twoJvmsSyncingTheSameNewEntitiesAtOnceBothSucceedAndCreateEachObjectOnce() throws Exception {
    String keyspace = "sync_race_jvm";
    createKeyspace(keyspace);
    long startAt = System.currentTimeMillis() + 8_000; // time for the other JVM to start and connect
    Path output = Files.createTempFile("sync-racer", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        SyncRacer.class.getName(),
        cluster.server().localDatacenter(), keyspace, Long.toString(startAt),
        cluster.node(3).host() + ":" + cluster.node(3).nativeAddress().getPort()));
    command.addAll(contactPoints());
    Process other = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try (CqlSession mine = SyncRacer.session("mine", cluster.server().localDatacenter(), contactPoints(),
        cluster.node(1).nativeAddress())) {
      Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
      long began = System.nanoTime();
      SyncRacer.sync(mine, keyspace);
      long mineMillis = (System.nanoTime() - began) / 1_000_000;
      assertTrue(other.waitFor(3, TimeUnit.MINUTES), "the other JVM's sync did not end in 3 minutes");
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertEquals(0, other.exitValue(), "the other JVM's sync failed:\n" + log);
      assertTrue(log.contains("synced"), log);
      assertEachObjectOnceOnEveryNode(keyspace);
      assertWritableAtAll(mine, keyspace);
      System.out.printf("FIGURE concurrent-sync two JVMs: this one in %d ms, the other: %s%n", mineMillis,
          log.lines().filter(line -> line.startsWith("synced")).findFirst().orElse("?"));
    } finally {
      other.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  @Test
  @Order(3) // last: it stops and starts nodes
  void aSyncWhileANodeIsDownSucceedsTheNodeTakesTheSchemaWhenBackAndTooFewReplicasAreNamedUnavailable() {
    String probe = "sync_node_down_probe";
    createKeyspace(probe);
    SyncRacer.sync(setup, probe, Customer.class);
    cluster.node(3).stop();
    awaitDown(3);
    // one node down at ALL: refused as unavailable, with the counts, once the live nodes' failure detector has
    // convicted the dead one (a replica timeout until then); schema changes are made after that
    ReplicasUnavailableException all = awaitUnavailable(probe, Consistency.ALL);
    assertEquals(List.of(Consistency.ALL, 3, 2), List.of(all.consistency(), all.required(), all.alive()));

    String keyspace = "sync_node_down";
    createKeyspace(keyspace);
    List<SyncResult> results = SyncRacer.sync(setup, keyspace);
    assertTrue(results.stream().allMatch(result -> result.executed() && !result.statements().isEmpty()),
        results.toString());
    assertWritableAtQuorum(keyspace);

    // two down at QUORUM
    cluster.node(2).stop();
    awaitDown(2);
    ReplicasUnavailableException quorum = awaitUnavailable(keyspace, Consistency.QUORUM);
    assertEquals(List.of(Consistency.QUORUM, 2, 1), List.of(quorum.consistency(), quorum.required(), quorum.alive()));
    assertTrue(quorum.getMessage().contains("QUORUM") && quorum.getMessage().contains("\"customer\""),
        quorum.getMessage());

    cluster.node(2).start();
    cluster.node(3).start();
    SharedCluster.awaitAllUp(setup);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) { // the returning nodes pull the schema they missed
      try {
        assertEachObjectOnceOnEveryNode(keyspace);
        break;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        SharedCluster.sleep(500);
      }
    }
    System.out.printf("FIGURE sync-node-down: %d statements with node 3 down; unavailable ALL %d/%d, QUORUM %d/%d%n",
        results.stream().mapToInt(r -> r.statements().size()).sum(), all.alive(), all.required(), quorum.alive(),
        quorum.required());
  }

  private static void awaitDown(int node) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (setup.getMetadata().getNodes().values().stream().anyMatch(n -> n.getState() == NodeState.UP
        && n.getEndPoint().resolve().equals(cluster.node(node).nativeAddress()))) {
      assertTrue(System.nanoTime() < deadline, "the driver did not see node " + node + " go down");
      SharedCluster.sleep(100);
    }
  }

  private static ReplicasUnavailableException awaitUnavailable(String keyspace, Consistency consistency) {
    EntityTable<Customer> customers = Mapper.builder(DataStaxDriver.of(setup)).keyspace(keyspace).build()
        .table(Customer.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> before = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      try {
        customers.save(new Customer(UUID.randomUUID(), "x@example.com", "FR", null),
            WriteOptions.defaults().withConsistency(consistency));
        before.add("applied");
      } catch (ReplicasUnavailableException unavailable) {
        return unavailable;
      } catch (ReplicaTimeoutException | RequestTimeoutException notConvictedYet) {
        before.add(notConvictedYet.getClass().getSimpleName());
      }
      SharedCluster.sleep(500);
    }
    throw new AssertionError("no unavailable error at " + consistency + " in 60 s, only " + before);
  }

  private static void assertWritableAtQuorum(String keyspace) {
    EntityTable<Customer> customers = Mapper.builder(DataStaxDriver.of(setup)).keyspace(keyspace).build()
        .table(Customer.class);
    Customer bob = new Customer(UUID.randomUUID(), "bob@example.com", "FR", new Address("2 Rue", "Paris"));
    customers.save(bob, WriteOptions.defaults().withConsistency(Consistency.QUORUM));
    assertEquals(bob, customers.query().where(Customer::id).eq(bob.id()).consistency(Consistency.QUORUM).first()
        .orElseThrow());
  }

  /** Both sessions sync the entities at the same instant; the time each took, in ms. */
  private static long[] race(CqlSession first, CqlSession second, String keyspace, Class<?>... entities)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Long> one = CompletableFuture.supplyAsync(() -> timedSync(first, keyspace, go, entities));
    CompletableFuture<Long> two = CompletableFuture.supplyAsync(() -> timedSync(second, keyspace, go, entities));
    go.countDown();
    return new long[] {one.get(3, TimeUnit.MINUTES), two.get(3, TimeUnit.MINUTES)};
  }

  private static long timedSync(CqlSession session, String keyspace, CountDownLatch go, Class<?>... entities) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    long began = System.nanoTime();
    List<SyncResult> results = SyncRacer.sync(session, keyspace, entities);
    assertTrue(results.stream().allMatch(SyncResult::executed), results.toString());
    return (System.nanoTime() - began) / 1_000_000;
  }

  private static List<String> contactPoints() {
    return cluster.nodes().stream().map(node -> node.host() + ":" + node.nativeAddress().getPort()).toList();
  }

  private static void createKeyspace(String keyspace) {
    Mapper.builder(DataStaxDriver.of(setup)).build()
        .createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(3));
  }

  /**
   * Every node's own system_schema: the same table and view ids, columns, type and index, one schema version.
   * Returns what the nodes hold, in words.
   */
  static String assertEachObjectOnceOnEveryNode(String keyspace) {
    List<String> perNode = new ArrayList<>();
    Set<String> versions = new TreeSet<>();
    for (Node node : setup.getMetadata().getNodes().values()) {
      String tableId = one(node, "SELECT id FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?",
          keyspace, "customer");
      String viewId = one(node, "SELECT id FROM system_schema.views WHERE keyspace_name = ? AND view_name = ?",
          keyspace, "customer_by_country");
      String types = all(node, "SELECT type_name FROM system_schema.types WHERE keyspace_name = ?", keyspace);
      String indexes = all(node, "SELECT index_name FROM system_schema.indexes WHERE keyspace_name = ?", keyspace);
      String columns = all(node, "SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND "
          + "table_name = ?", keyspace, "customer");
      perNode.add("table " + tableId + ", view " + viewId + ", columns " + columns + ", types " + types + ", indexes "
          + indexes);
      versions.add(one(node, "SELECT schema_version FROM system.local"));
    }
    assertEquals(3, perNode.size());
    assertTrue(perNode.stream().distinct().count() == 1 && !perNode.get(0).contains("null"),
        "the nodes do not hold the same objects: " + perNode);
    assertEquals("types [address], indexes [customer_email_idx]",
        perNode.get(0).substring(perNode.get(0).indexOf("types")));
    assertEquals(1, versions.size(), "schema versions differ: " + versions);
    return perNode.get(0);
  }

  /** A write at ALL and a read at ALL: every replica knows the table under the same id. */
  private static void assertWritableAtAll(CqlSession session, String keyspace) {
    EntityTable<Customer> customers = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build()
        .table(Customer.class);
    Customer ada = new Customer(UUID.randomUUID(), "ada@example.com", "UK", new Address("1 Lane", "London"));
    customers.save(ada, WriteOptions.defaults().withConsistency(Consistency.ALL));
    assertEquals(ada, customers.query().where(Customer::id).eq(ada.id()).consistency(Consistency.ALL).first()
        .orElseThrow());
  }

  private static String one(Node node, String cql, Object... values) {
    Row row = setup.execute(SimpleStatement.newInstance(cql, values).setNode(node)
        .setTimeout(Duration.ofSeconds(10))).one();
    return row == null ? null : String.valueOf(row.getObject(0));
  }

  private static String all(Node node, String cql, Object... values) {
    Set<String> names = new TreeSet<>();
    setup.execute(SimpleStatement.newInstance(cql, values).setNode(node).setTimeout(Duration.ofSeconds(10)))
        .forEach(row -> names.add(row.getString(0)));
    return names.toString();
  }
}
