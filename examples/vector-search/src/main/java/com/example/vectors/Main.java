package com.example.vectors;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.net.InetSocketAddress;
import java.util.List;

/** Stores a small catalog with embeddings, then prints the products nearest to a query and to one product. */
public final class Main {
  /**
   * Embeddings as a model would give them, here written by hand on four axes: fruit, sweetness, crunch, drink. A
   * real application computes them from the product text with its embedding model, and the query's with the same.
   */
  static final List<Product> CATALOG = List.of(
      new Product("apple", "Green apple", "fruit", new float[] {0.9f, 0.4f, 0.8f, 0.0f}),
      new Product("pear", "Conference pear", "fruit", new float[] {0.9f, 0.6f, 0.5f, 0.0f}),
      new Product("banana", "Banana", "fruit", new float[] {0.9f, 0.8f, 0.0f, 0.0f}),
      new Product("crisps", "Salted crisps", "snack", new float[] {0.0f, 0.0f, 1.0f, 0.0f}),
      new Product("cookie", "Chocolate cookie", "snack", new float[] {0.0f, 0.9f, 0.6f, 0.0f}),
      new Product("juice", "Apple juice", "drink", new float[] {0.7f, 0.6f, 0.0f, 0.9f}),
      new Product("cola", "Cola", "drink", new float[] {0.0f, 0.9f, 0.0f, 0.9f}));

  public static void main(String[] args) {
    // no arguments: contact points and data center from src/main/resources/application.conf;
    // otherwise: host port datacenter
    try (CqlSession session = args.length == 0
        ? CqlSession.builder().build()
        : CqlSession.builder()
            .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
            .withLocalDatacenter(args[2])
            .build()) {
      run(session, "shop_vectors");
    }
  }

  static void run(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    SimilarProducts similar = SimilarProducts.start(mapper);
    CATALOG.forEach(similar::add);

    float[] crunchyFruit = {1.0f, 0.3f, 0.9f, 0.0f};
    similar.nearest(crunchyFruit, 3).forEach(match ->
        System.out.printf("crunchy fruit: %-18s %.3f%n", match.product().name(), match.similarity()));
    similar.like("juice", 2).orElseThrow().forEach(match ->
        System.out.printf("like apple juice: %-15s %.3f%n", match.product().name(), match.similarity()));
  }
}
