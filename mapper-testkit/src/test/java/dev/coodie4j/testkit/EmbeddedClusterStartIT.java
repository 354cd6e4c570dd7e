package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Starting a cluster when another process takes a port its nodes share. */
class EmbeddedClusterStartIT {

  @Test
  void aClusterWhoseCqlPortWasTakenStartsAgainOnOtherPorts() throws Exception {
    List<String> hosts = List.of("127.0.0.2");
    int[] first = EmbeddedCluster.freePorts(hosts);
    try (ServerSocket other = new ServerSocket()) {
      other.bind(new InetSocketAddress("127.0.0.2", first[1]));
      AtomicInteger asked = new AtomicInteger();
      // the first ports handed out are taken by the time the node binds them, as in a race with another process
      Function<List<String>, int[]> ports = h -> asked.getAndIncrement() == 0 ? first : EmbeddedCluster.freePorts(h);

      try (EmbeddedCluster cluster = EmbeddedCluster.start(1, ports);
          CqlSession session = cluster.server().newSession()) {
        assertEquals(2, asked.get());
        assertNotEquals(first[1], cluster.node(1).nativeAddress().getPort());
        assertEquals("127.0.0.2", session.execute("SELECT rpc_address FROM system.local").one()
            .getInetAddress("rpc_address").getHostAddress());
      }
    }
  }
}
