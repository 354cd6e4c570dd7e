package com.example.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import com.typesafe.config.ConfigFactory;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Runs the application's main against the test server, both ways it builds its session. */
@CassandraTest
class MainTest {
  @Test
  void mainWithArgumentsBuildsTheSessionWithTheBuilder(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    long before = products(session);
    Main.main(new String[] {address.getHostString(), String.valueOf(address.getPort()), server.localDatacenter()});
    assertEquals(before + 1, products(session));
  }

  @Test
  void mainWithoutArgumentsReadsApplicationConf(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    // system properties override application.conf, as in any Java driver application
    System.setProperty("datastax-java-driver.basic.contact-points.0", address.getHostString() + ":" + address.getPort());
    System.setProperty("datastax-java-driver.basic.load-balancing-policy.local-datacenter", server.localDatacenter());
    ConfigFactory.invalidateCaches();
    try {
      long before = products(session);
      Main.main(new String[0]);
      assertEquals(before + 1, products(session));
    } finally {
      System.clearProperty("datastax-java-driver.basic.contact-points.0");
      System.clearProperty("datastax-java-driver.basic.load-balancing-policy.local-datacenter");
      ConfigFactory.invalidateCaches();
    }
  }

  private static long products(CqlSession session) {
    boolean exists = session.getMetadata().getKeyspace("catalog")
        .flatMap(keyspace -> keyspace.getTable("product")).isPresent();
    return exists ? session.execute("SELECT count(*) FROM catalog.product").one().getLong(0) : 0;
  }
}
