package com.example.catalog;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.EntityTable;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
      Product lamp = new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f, null, Map.of("colour", "red"));
      Optional<Product> found = saveAndRead(session, "catalog", lamp);
      System.out.println("read back: " + found.orElseThrow());
    }
  }

  static Optional<Product> saveAndRead(CqlSession session, String keyspace, Product product) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    // the keyspace must exist before sync; in production it is usually created by operations, not the service
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));

    EntityTable<Product> products = mapper.table(Product.class);
    products.sync(); // at service startup: creates the table, or adds what it lacks

    products.save(product); // null properties are left unset: no tombstone is written
    return products.get(product.id());
  }
}
