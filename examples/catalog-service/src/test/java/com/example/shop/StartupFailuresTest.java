package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A misconfigured starter fails startup with the mapper's error, naming the entity. */
class StartupFailuresTest {
  private static Throwable startFailing(String... properties) {
    CassandraServer server = TestServers.shared();
    List<String> args = new ArrayList<>(); // as command-line arguments: they override application.properties
    for (String property : properties) {
      args.add("--" + property);
    }
    args.add("--spring.cassandra.contact-points=" + server.contactPoints().get(0).getHostString() + ":"
        + server.contactPoints().get(0).getPort());
    args.add("--spring.cassandra.local-datacenter=" + server.localDatacenter());
    args.add("--coodie4j.migrations.enabled=false");
    return assertThrows(Exception.class, () -> new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE).run(args.toArray(String[]::new)).close());
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  @Test
  void validatingADriftedSchemaFailsStartupNamingTheEntity() {
    CassandraServer server = TestServers.shared();
    try (CqlSession admin = server.newSession()) {
      admin.execute("CREATE KEYSPACE IF NOT EXISTS drifted WITH replication = {'class': 'SimpleStrategy', "
          + "'replication_factor': 1}");
      admin.execute("CREATE TABLE IF NOT EXISTS drifted.product (id uuid PRIMARY KEY, name text, brand text)");
    }
    String failure = messages(startFailing("coodie4j.keyspace=drifted", "coodie4j.schema-action=validate"));
    assertTrue(failure.contains("SchemaMismatchException") && failure.contains("com.example.shop.Product")
        && failure.contains("\"price\""), failure);
  }

  @Test
  void anUnknownKeyspaceFailsStartupNamingTheEntity() {
    String failure = messages(startFailing("coodie4j.keyspace=no_such_keyspace"));
    assertTrue(failure.contains("com.example.shop.Product") && failure.contains("no_such_keyspace"), failure);
  }
}
