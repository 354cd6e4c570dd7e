package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.ReplicasUnavailableException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.faults.SharedCluster;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.EntityTable;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three embedded nodes beside the single test server: replication at QUORUM and ALL, and each node control. */
class EmbeddedClusterIT {
  @Table
  record Reading(@PartitionKey String sensor, double value) {}

  private static EmbeddedCluster cluster;
  private static CqlSession session;
  private static EntityTable<Reading> readings;

  @BeforeAll
  static void startCluster() {
    cluster = SharedCluster.get();
    session = cluster.server().newSession();
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace("replicated").build();
    mapper.createKeyspace(KeyspaceDefinition.named("replicated").simpleStrategy(3));
    readings = mapper.table(Reading.class);
    readings.sync();
  }

  @AfterAll
  static void closeSession() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void threeNodesOnTheirOwnLoopbackAddressesFormOneRing() {
    assertEquals(3, cluster.nodes().size());
    assertEquals("127.0.0.2", cluster.node(1).host());
    assertEquals("127.0.0.4", cluster.node(3).host());
    assertEquals(2, session.execute("SELECT peer FROM system.peers").all().size());
    assertTrue(cluster.server().description().contains("cluster of 3 nodes"), cluster.server().description());
  }

  @Test
  void quorumSurvivesOneStoppedNodeAndAllDoesNotUntilItIsBack() {
    WriteOptions quorum = WriteOptions.defaults().withConsistency(Consistency.QUORUM);
    WriteOptions all = WriteOptions.defaults().withConsistency(Consistency.ALL);
    readings.save(new Reading("before", 1), all);

    cluster.node(3).stop();
    assertFalse(cluster.node(3).isRunning());
    readings.save(new Reading("during", 2), quorum);
    assertEquals(Optional.of(new Reading("before", 1)),
        readings.query().where(Reading::sensor).eq("before").consistency(Consistency.QUORUM).first());
    // Unavailable once the other nodes' failure detector has convicted node 3, a write timeout until then
    CoodieException refused = assertThrows(CoodieException.class, () -> readings.save(new Reading("refused", 3), all));
    assertTrue(refused instanceof ReplicasUnavailableException || refused instanceof ReplicaTimeoutException,
        refused.toString());

    cluster.node(3).start();
    SharedCluster.awaitAllUp(session); // the driver marks a restarted node up a moment after it answers CQL
    readings.save(new Reading("after", 4), all);
    assertEquals(Optional.of(new Reading("during", 2)),
        readings.query().where(Reading::sensor).eq("during").consistency(Consistency.QUORUM).first());
  }

  @Test
  void aPausedNodeAnswersNothingUntilResumed() {
    EmbeddedCluster.Node node = cluster.node(2);
    node.pause();
    try {
      assertTrue(node.isRunning(), "a paused JVM is alive");
      assertFalse(answers(node), "a paused node must not answer CQL");
    } finally {
      node.resume();
    }
    assertTrue(answers(node), "a resumed node answers again");
  }

  private static boolean answers(EmbeddedCluster.Node node) {
    Duration timeout = Duration.ofSeconds(3);
    try (CqlSession direct = CqlSession.builder()
        .addContactPoint(node.nativeAddress())
        .withLocalDatacenter(cluster.server().localDatacenter())
        .withConfigLoader(DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, timeout)
            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
            .withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy")
            .build())
        .build()) {
      return direct.execute("SELECT release_version FROM system.local").one() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
