package dev.coodie4j.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.internal.EmbeddedCassandra;
import dev.coodie4j.testkit.internal.EmbeddedCassandra.NodeConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A cluster of embedded Apache Cassandra nodes on the loopback addresses 127.0.0.2, 127.0.0.3, ..., each in its own
 * JVM with its own data directory, for tests of replication and faults: stop (kill), start again, and pause (freeze,
 * as a hung node) any node. The nodes share one seed (the first), use {@code num_tokens: 4} and a 512 MiB heap
 * ({@code coodie4j.embedded.cluster.heap}), and start one after another. Their ports are chosen free on every
 * address, so the cluster runs beside the single embedded server of {@link TestServers} (on 127.0.0.1). Unlike that
 * server, cluster nodes sync their commit log and system tables, so a stopped node starts again with its schema and
 * every write it acknowledged (commit log sync is {@code periodic}, every 10 s, as Cassandra's default). Nodes are
 * killed and their directories deleted by {@link #close()}, at JVM exit, or when the test JVM dies.
 *
 * <pre>{@code
 * try (EmbeddedCluster cluster = EmbeddedCluster.start(3); CqlSession session = cluster.server().newSession()) {
 *   cluster.node(3).stop();   // QUORUM at RF 3 still answers
 * }
 * }</pre>
 */
public final class EmbeddedCluster implements AutoCloseable {
  private static final int MAX_NODES = 9;

  private final List<Node> nodes;
  private final CassandraServer server;

  private EmbeddedCluster(List<Node> nodes) {
    this.nodes = List.copyOf(nodes);
    this.server = new CassandraServer(this.nodes.stream().map(Node::nativeAddress).toList(),
        EmbeddedCassandra.DATACENTER, "embedded Apache Cassandra " + EmbeddedCassandra.configuredVersion() + " cluster of "
            + nodes.size() + " nodes on " + nodes.get(0).host() + "-" + nodes.get(nodes.size() - 1).host());
  }

  /**
   * Starts {@code size} nodes, one after another, and returns when every one answers CQL.
   *
   * @param size the number of nodes, 1 to 9
   * @return the running cluster; close it when done
   */
  public static EmbeddedCluster start(int size) {
    return start(size, EmbeddedCluster::freePorts);
  }

  /**
   * As {@link #start(int)}, with the nodes' storage and CQL ports from {@code ports} (given the hosts); asked again,
   * three times at most, when another process took one of them.
   */
  static EmbeddedCluster start(int size, Function<List<String>, int[]> ports) {
    if (size < 1 || size > MAX_NODES) {
      throw new IllegalArgumentException("a cluster of " + size + " nodes: choose 1 to " + MAX_NODES);
    }
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      hosts.add("127.0.0." + (i + 2));
    }
    String heap = System.getProperty("coodie4j.embedded.cluster.heap", "512m");
    String name = "coodie4j-cluster-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000));
    List<Node> nodes = new ArrayList<>();
    for (int attempt = 1; nodes.isEmpty(); attempt++) {
      int[] storageAndNative = ports.apply(hosts);
      int storagePort = storageAndNative[0];
      int nativePort = storageAndNative[1];
      try {
        for (String host : hosts) {
          NodeConfig config = new NodeConfig(host, nativePort, storagePort, hosts.get(0), 4, heap, name, true);
          Path directory = EmbeddedCassandra.newDirectory(name + "-" + host);
          nodes.add(new Node(nodes.size() + 1, EmbeddedCassandra.start(config, directory)));
        }
      } catch (RuntimeException e) {
        String failedHost = hosts.get(nodes.size());
        nodes.forEach(node -> node.cassandra.stop());
        nodes.clear();
        // another process took a port the nodes share: start them all again on other ports
        if (e instanceof EmbeddedCassandra.PortTakenException && attempt < 3) {
          continue;
        }
        throw new IllegalStateException("could not start node " + failedHost + " of an embedded cluster of " + size
            + " (is the loopback range 127.0.0.0/8 routed here? raise coodie4j.embedded.startTimeoutSeconds on a slow"
            + " machine): " + e.getMessage(), e);
      }
    }
    EmbeddedCluster cluster = new EmbeddedCluster(nodes);
    cluster.awaitRing();
    return cluster;
  }

  /**
   * Waits until every node lists every other as a peer, so that a session opened now sees the whole ring (a driver
   * that does not know a node yet leaves it out of schema agreement).
   */
  private void awaitRing() {
    long timeoutSeconds = Long.getLong("coodie4j.embedded.startTimeoutSeconds", 180);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (Node node : nodes) {
      while (true) {
        int peers;
        try (CqlSession probe = EmbeddedCassandra.probeSession(node.nativeAddress())) {
          peers = probe.execute("SELECT peer FROM system.peers").all().size();
        } catch (RuntimeException e) {
          peers = -1;
        }
        if (peers == nodes.size() - 1) {
          break;
        }
        if (System.nanoTime() > deadline) {
          close();
          throw new IllegalStateException(node + " of the embedded cluster knows " + peers + " peers, not "
              + (nodes.size() - 1) + ", in time: raise coodie4j.embedded.startTimeoutSeconds on a slow machine");
        }
        sleep(250);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the embedded cluster", e);
    }
  }

  /** The nodes, first (the seed) to last. */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * A node by number.
   *
   * @param number 1 for the first node (the seed, on 127.0.0.2), up to the cluster's size
   * @return the node
   */
  public Node node(int number) {
    if (number < 1 || number > nodes.size()) {
      throw new IllegalArgumentException("node " + number + " of a cluster of " + nodes.size() + ": nodes are "
          + "numbered from 1");
    }
    return nodes.get(number - 1);
  }

  /** The cluster as a server: every node a contact point; {@link CassandraServer#newSession()} connects. */
  public CassandraServer server() {
    return server;
  }

  /** Kills every node and deletes their directories. */
  @Override
  public void close() {
    nodes.forEach(node -> node.cassandra.stop());
  }

  /** A storage port and a CQL port, each free on every one of the hosts. */
  static int[] freePorts(List<String> hosts) {
    return new int[] {portFreeOnAll(hosts), portFreeOnAll(hosts)};
  }

  private static int portFreeOnAll(List<String> hosts) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = EmbeddedCassandra.freePort();
      if (hosts.stream().allMatch(host -> free(host, port))) {
        return port;
      }
    }
    throw new IllegalStateException("no TCP port is free on all of " + hosts);
  }

  private static boolean free(String host, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** One node of the cluster, with its controls. */
  public static final class Node {
    private final int number;
    private final EmbeddedCassandra cassandra;

    private Node(int number, EmbeddedCassandra cassandra) {
      this.number = number;
      this.cassandra = cassandra;
    }

    /** 1 for the seed, and so on. */
    public int number() {
      return number;
    }

    /** The node's address, such as {@code 127.0.0.3}. */
    public String host() {
      return cassandra.nativeAddress().getHostString();
    }

    /** Where the node takes CQL. */
    public InetSocketAddress nativeAddress() {
      return cassandra.nativeAddress();
    }

    /** Kills the node's JVM at once, as a crash or a pulled cable would; its data stays for {@link #start()}. */
    public void stop() {
      cassandra.kill();
    }

    /**
     * Starts a stopped node again on its data, and returns when it answers CQL. A restarted node first asks the seed
     * for the ring (a gossip shadow round); on a loaded machine the answer can come too late and the node exits
     * ("Unable to gossip with any peers"), so that start is tried again, up to three times.
     */
    public void start() {
      for (int attempt = 1; ; attempt++) {
        try {
          cassandra.launch();
          return;
        } catch (IllegalStateException e) {
          if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("Unable to gossip with any peers")) {
            throw e;
          }
        }
      }
    }

    /** Freezes the node (SIGSTOP): its sockets stay open and it answers nothing, like a hung or paused node. */
    public void pause() {
      cassandra.pause();
    }

    /** Lets a paused node run again (SIGCONT). */
    public void resume() {
      cassandra.resume();
    }

    /** Whether the node's JVM is alive; a paused node is. */
    public boolean isRunning() {
      return cassandra.isRunning();
    }

    @Override
    public String toString() {
      return "node " + number + " (" + host() + ")";
    }
  }
}
