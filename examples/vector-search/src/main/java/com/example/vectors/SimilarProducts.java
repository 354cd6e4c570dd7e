package com.example.vectors;

import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import java.util.List;
import java.util.Optional;

/**
 * Stores products with their embeddings and finds the nearest ones to an embedding: approximate nearest neighbours,
 * ranked by the server's vector index.
 */
public final class SimilarProducts {
  private final EntityTable<Product> products;

  private SimilarProducts(EntityTable<Product> products) {
    this.products = products;
  }

  /** The service on the mapper's keyspace; sync creates the table and both indexes. */
  public static SimilarProducts start(Mapper mapper) {
    EntityTable<Product> products = mapper.table(Product.class);
    products.sync();
    return new SimilarProducts(products);
  }

  /**
   * Stores a product. An all-zero embedding is refused here: it has no direction to compare by cosine, and the server
   * fails such a write with a bare "Cassandra failure during write query".
   */
  public void add(Product product) {
    if (product.embedding() != null && norm(product.embedding()) == 0) {
      throw new IllegalArgumentException("product " + product.id() + ": an all-zero embedding cannot be compared");
    }
    products.save(product);
  }

  /** The {@code k} products nearest to {@code embedding}, most similar first. */
  public List<Match> nearest(float[] embedding, int k) {
    return products.query()
        .orderByAnnOf(Product::embedding, embedding) // ORDER BY "embedding" ANN OF ? LIMIT ?
        .limit(k)
        .list().stream()
        .map(product -> new Match(product, cosine(embedding, product.embedding())))
        .toList();
  }

  /** The {@code k} products of one category nearest to {@code embedding}: the category's index filters first. */
  public List<Match> nearestIn(String category, float[] embedding, int k) {
    return products.query()
        .where(Product::category).eq(category)
        .orderByAnnOf(Product::embedding, embedding)
        .limit(k)
        .list().stream()
        .map(product -> new Match(product, cosine(embedding, product.embedding())))
        .toList();
  }

  /** "More like this": the {@code k} products nearest to a stored one, without itself; empty for an unknown id. */
  public Optional<List<Match>> like(String id, int k) {
    return products.get(id).map(product -> nearest(product.embedding(), k + 1).stream()
        .filter(match -> !match.id().equals(id))
        .limit(k)
        .toList());
  }

  /**
   * Cosine similarity, computed here for display: the typed query orders by similarity but does not return it.
   */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot / (norm(a) * norm(b));
  }

  private static double norm(float[] vector) {
    double squares = 0;
    for (float x : vector) {
      squares += x * x;
    }
    return Math.sqrt(squares);
  }
}
