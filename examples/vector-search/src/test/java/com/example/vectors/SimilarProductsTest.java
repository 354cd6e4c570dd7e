package com.example.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.testkit.CassandraTest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest
class SimilarProductsTest {
  private static final float[] CRUNCHY_FRUIT = {1.0f, 0.3f, 0.9f, 0.0f};

  private SimilarProducts similar;

  @BeforeAll
  static void catalog(Mapper mapper) {
    SimilarProducts similar = SimilarProducts.start(mapper);
    Main.CATALOG.forEach(similar::add);
  }

  @BeforeEach
  void start(Mapper mapper) {
    similar = SimilarProducts.start(mapper);
  }

  /** The ids of the catalog's products (of a category, or all when null) ranked by brute force: the expectation. */
  private static List<String> ranked(float[] query, String category) {
    return Main.CATALOG.stream()
        .filter(p -> category == null || p.category().equals(category))
        .sorted(Comparator.comparingDouble((Product p) -> SimilarProducts.cosine(query, p.embedding())).reversed())
        .map(Product::id)
        .toList();
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(Match::id).toList();
  }

  @Test
  void findsTheNearestProductsMostSimilarFirst() {
    List<Match> nearest = similar.nearest(CRUNCHY_FRUIT, 3);
    assertEquals(ranked(CRUNCHY_FRUIT, null).subList(0, 3), ids(nearest));
    assertEquals(List.of("apple", "pear", "banana"), ids(nearest));
    for (int i = 1; i < nearest.size(); i++) {
      assertTrue(nearest.get(i - 1).similarity() >= nearest.get(i).similarity(), nearest.toString());
    }
  }

  @Test
  void aStoredProductsOwnEmbeddingFindsItFirstWithSimilarityOne() {
    Product cola = Main.CATALOG.stream().filter(p -> p.id().equals("cola")).findFirst().orElseThrow();
    Match first = similar.nearest(cola.embedding(), 1).get(0);
    assertEquals("cola", first.id());
    assertEquals(1.0, first.similarity(), 1e-6);
    assertEquals("Cola", first.product().name());
  }

  @Test
  void moreLikeThisLeavesOutTheProductItself() {
    float[] juice = Main.CATALOG.stream().filter(p -> p.id().equals("juice")).findFirst().orElseThrow().embedding();
    List<String> expected = ranked(juice, null).stream().filter(id -> !id.equals("juice")).limit(2).toList();
    assertEquals(Optional.of(expected), similar.like("juice", 2).map(SimilarProductsTest::ids));
    assertEquals(Optional.empty(), similar.like("no-such-product", 2));
  }

  @Test
  void searchesWithinOneCategory() {
    List<Match> snacks = similar.nearestIn("snack", CRUNCHY_FRUIT, 2);
    assertEquals(ranked(CRUNCHY_FRUIT, "snack"), ids(snacks));
    assertEquals(List.of("crisps", "cookie"), ids(snacks));
  }

  @Test
  void aVectorOfAnotherLengthIsRefusedBeforeSending() {
    CoodieException write = assertThrows(CoodieException.class,
        () -> similar.add(new Product("short", "Too short", "fruit", new float[] {1f, 0f, 0f})));
    assertTrue(write.getMessage().contains("embedding"), write.getMessage());
    CoodieException search = assertThrows(CoodieException.class, () -> similar.nearest(new float[5], 3));
    assertTrue(search.getMessage().contains("embedding"), search.getMessage());
    assertEquals(Optional.empty(), similar.like("short", 1));
  }

  @Test
  void anAllZeroEmbeddingIsRefusedAndAProductWithoutOneIsNeverFound() {
    assertThrows(IllegalArgumentException.class,
        () -> similar.add(new Product("zero", "Nothing", "fruit", new float[Product.DIMENSIONS])));
    similar.add(new Product("unembedded", "Not embedded yet", "fruit", null));
    assertEquals(List.of(), ids(similar.nearest(CRUNCHY_FRUIT, 20)).stream()
        .filter(id -> id.equals("zero") || id.equals("unembedded")).toList());
    assertEquals(Main.CATALOG.size(), similar.nearest(CRUNCHY_FRUIT, 20).size());
  }
}
