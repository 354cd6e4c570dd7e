package dev.coodie4j.faults;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import dev.coodie4j.testkit.EmbeddedCluster;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * One 3-node embedded cluster for all fault tests of the test JVM, started on first use; the test kit kills it at
 * JVM exit. Every test leaves every node running and resumed.
 */
public final class SharedCluster {
  private static EmbeddedCluster cluster;

  private SharedCluster() {}

  public static synchronized EmbeddedCluster get() {
    if (cluster == null) {
      cluster = EmbeddedCluster.start(3);
    }
    return cluster;
  }

  /** A session on the cluster with settings of a test's choosing. */
  public static CqlSession session(UnaryOperator<ProgrammaticDriverConfigLoaderBuilder> config,
      UnaryOperator<CqlSessionBuilder> customizer) {
    EmbeddedCluster cluster = get();
    var builder = CqlSession.builder()
        .withLocalDatacenter(cluster.server().localDatacenter())
        .withConfigLoader(config.apply(DriverConfigLoader.programmaticBuilder()
            .withStringList(DefaultDriverOption.CONTACT_POINTS, cluster.nodes().stream()
                .map(node -> node.host() + ":" + node.nativeAddress().getPort()).toList())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))).build());
    return customizer.apply(builder).build();
  }

  /** Resumes paused nodes and starts stopped ones, so that a failed test leaves the next one a whole cluster. */
  public static void restore(CqlSession session) {
    for (EmbeddedCluster.Node node : get().nodes()) {
      if (node.isRunning()) {
        node.resume();
      } else {
        node.start();
      }
    }
    awaitAllUp(session);
  }

  /** Waits until the session sees all three nodes up (a restarted node is marked up a moment after it answers). */
  public static void awaitAllUp(CqlSession session) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (session.getMetadata().getNodes().values().stream().filter(n -> n.getState() == NodeState.UP).count() == 3) {
        return;
      }
      sleep(200);
    }
    throw new AssertionError("the driver did not see all three nodes up: " + session.getMetadata().getNodes()
        .values().stream().map(n -> n.getEndPoint() + "=" + n.getState()).toList());
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
