package com.example.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationRunner;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A deployment step: applies the pending migrations, prints the status of each, and shows that a second run finds
 * nothing left to apply.
 */
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
      run(session, "crm");
    }
  }

  static List<MigrationInfo> run(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    // the keyspace must exist; in production it is usually created by operations
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    MigrationRunner runner = CrmSchema.runner(mapper, keyspace);

    List<MigrationInfo> applied = runner.migrate(); // under the migration lock: one instance applies, others wait
    applied.forEach(m -> System.out.printf("applied %s (%s) in %d ms%n", m.version(), m.description(),
        m.durationMillis()));
    runner.status().forEach(m -> System.out.printf("%-3s %-8s %s%n", m.version(), m.state(), m.description()));
    List<MigrationInfo> again = runner.migrate();
    System.out.println(again.isEmpty() ? "nothing pending" : "applied " + again.size() + " more");
    return applied;
  }
}
