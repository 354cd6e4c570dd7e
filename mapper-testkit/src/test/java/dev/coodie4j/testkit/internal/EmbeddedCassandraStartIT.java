package dev.coodie4j.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.internal.EmbeddedCassandra.NodeConfig;
import dev.coodie4j.testkit.internal.EmbeddedCassandra.PortTakenException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** How a node that cannot start says why: its own first error, not the shutdown that follows it. */
class EmbeddedCassandraStartIT {

  @Test
  void aNodeWhoseCqlPortIsTakenFailsAsPortTakenAndNamesTheBind() throws Exception {
    try (ServerSocket other = new ServerSocket()) {
      other.bind(new InetSocketAddress("127.0.0.1", EmbeddedCassandra.freePort()));
      int port = other.getLocalPort();
      NodeConfig config = new NodeConfig("127.0.0.1", port, EmbeddedCassandra.freePort(), "127.0.0.1", 1, "512m",
          "port-taken", false);

      PortTakenException failure = assertThrows(PortTakenException.class,
          () -> EmbeddedCassandra.start(config, EmbeddedCassandra.newDirectory("port-taken")));

      String message = failure.getMessage();
      assertTrue(message.contains("its first error:\nERROR "), message);
      // the reason comes before the tail, which the node's shutdown fills
      int reason = message.indexOf("Failed to bind port " + port);
      assertTrue(reason >= 0 && reason < message.indexOf("--- last "), message);
    }
  }

  @Test
  void startingOnFreePortsChoosesAgainWhenAnotherProcessTookTheCqlPort() throws Exception {
    try (ServerSocket other = new ServerSocket()) {
      other.bind(new InetSocketAddress("127.0.0.1", EmbeddedCassandra.freePort()));
      int taken = other.getLocalPort();
      AtomicInteger asked = new AtomicInteger();
      // the first port asked for is the CQL port: hand out the taken one once, as a race with another process would
      IntSupplier ports = () -> asked.getAndIncrement() == 0 ? taken : EmbeddedCassandra.freePort();

      EmbeddedCassandra node = EmbeddedCassandra.start(ports);
      try {
        assertNotEquals(taken, node.nativeAddress().getPort());
        assertEquals(4, asked.get());
        try (CqlSession session = EmbeddedCassandra.probeSession(node.nativeAddress())) {
          assertEquals(1, session.execute("SELECT release_version FROM system.local").all().size());
        }
      } finally {
        node.stop();
      }
    }
  }
}
