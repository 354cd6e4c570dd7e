package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The application's application.conf (here: src/test/resources, naming 127.0.0.1:1) does not steer the kit. */
@CassandraTest
class ApplicationConfIT {
  @Test
  void theKitsSessionConnectsToTheTestServerOnlyNotToTheApplicationsContactPoints(CqlSession session,
      CassandraServer server) {
    assertEquals(List.of(),
        session.getContext().getConfig().getDefaultProfile().getStringList(DefaultDriverOption.CONTACT_POINTS));
    Set<Integer> ports = session.getMetadata().getNodes().values().stream()
        .map(node -> ((InetSocketAddress) node.getEndPoint().resolve()).getPort()).collect(Collectors.toSet());
    assertEquals(server.contactPoints().stream().map(InetSocketAddress::getPort).collect(Collectors.toSet()), ports);
  }
}
