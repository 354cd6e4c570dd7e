package com.example.users;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.net.InetSocketAddress;

/** Claims a username twice, then changes its email once with the right expectation and once with a stale one. */
public final class Main {
  public static void main(String[] args) {
    // no arguments: contact points and data center from src/main/resources/application.conf;
    // otherwise: host port datacenter
    try (CqlSession session = args.length == 0
        ? CqlSession.builder().build()
        : CqlSession.builder()
            .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
            .withLocalDatacenter(args[2])
            .build()) {
      run(session, "accounts");
    }
  }

  static void run(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    UserRegistry registry = UserRegistry.start(mapper);

    System.out.println(registry.register("ada", "ada@example.com"));   // Registered, or Taken on a second run
    System.out.println(registry.register("ada", "imposter@example.com")); // Taken(owner=...)
    String email = registry.find("ada").orElseThrow().email();
    System.out.println(registry.changeEmail("ada", email, "ada@lovelace.example")); // Changed
    System.out.println(registry.changeEmail("ada", email, "ada@babbage.example"));  // Conflict: it changed
    System.out.println(registry.changeEmail("ada", "ada@lovelace.example", email));  // Changed: back again
  }
}
