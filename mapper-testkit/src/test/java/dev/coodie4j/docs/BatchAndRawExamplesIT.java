package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchResult;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/batches.md and docs/raw-cql.md. */
@CassandraTest
class BatchAndRawExamplesIT {
  @Table
  public record Cart(@PartitionKey String user, @ClusteringKey String sku, int quantity) {}

  @Table
  public record Purchase(@PartitionKey String user, @ClusteringKey String sku, int quantity) {}

  // tag::projection[]
  public record SkuCount(String sku, int quantity) {}   // components named after the columns
  // end::projection[]

  @Test
  void batches(Mapper mapper) {
    EntityTable<Cart> carts = mapper.table(Cart.class);
    EntityTable<Purchase> purchases = mapper.table(Purchase.class);
    carts.sync();
    purchases.sync();
    Cart item = new Cart("ada", "lamp", 2);
    carts.save(item);
    // tag::batch[]
    BatchResult checkout = mapper.batch(BatchType.LOGGED)
        .save(new Purchase("ada", "lamp", 2), WriteOptions.defaults().withTtl(Duration.ofDays(365)))
        .delete(item)
        .options(WriteOptions.defaults().withConsistency(Consistency.LOCAL_QUORUM))
        .execute();                                     // both or neither, eventually
    BatchResult reserve = mapper.batch(BatchType.UNLOGGED)
        .insertIfNotExists(new Cart("bob", "chair", 1))  // conditional: one partition only
        .insertIfNotExists(new Cart("bob", "desk", 1))
        .execute();                                     // applied, or not with the rows in the way
    // end::batch[]
    assertTrue(checkout.applied());
    assertTrue(reserve.applied());
    assertEquals(List.of(), carts.findByPartition("ada"));
  }

  @Test
  void raw(Mapper mapper, TestKeyspace keyspace) {
    EntityTable<Cart> carts = mapper.table(Cart.class);
    carts.sync();
    carts.save(new Cart("cy", "pen", 3));
    String ks = keyspace.name();
    // tag::raw[]
    List<Cart> full = mapper.cql("SELECT * FROM " + ks + ".cart WHERE user = ?", "cy").list(Cart.class);
    List<SkuCount> counts = mapper.cql("SELECT sku, quantity FROM " + ks + ".cart WHERE user = ?", "cy")
        .list(SkuCount.class);
    List<Map<String, Object>> rows = mapper.cql("SELECT sku, writetime(quantity) AS written FROM " + ks
        + ".cart WHERE user = ?", "cy").maps();
    boolean applied = mapper.cql("UPDATE " + ks + ".cart SET quantity = ? WHERE user = ? AND sku = ? IF quantity = ?",
        4, "cy", "pen", 3).execute();
    // end::raw[]
    assertEquals(1, full.size());
    assertEquals(List.of(new SkuCount("pen", 3)), counts);
    assertTrue(rows.get(0).get("written") instanceof Long);
    assertTrue(applied);
  }
}
