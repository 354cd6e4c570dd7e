package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.testkit.CassandraTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// tag::scripts[]
@CassandraTest(scripts = "schema/catalog.cql")  // src/test/resources/schema/catalog.cql
class TestingScriptsExamplesIT {
  @Table
  record Product(@PartitionKey String sku, String name, int price) {}

  @Test
  void readsRowsTheScriptInserted(Mapper mapper) {
    assertEquals(Optional.of(new Product("p1", "Salt; coarse", 3)), mapper.table(Product.class).get("p1"));
    assertEquals(Optional.of(new Product("p2", "Chef's knife", 45)), mapper.table(Product.class).get("p2"));
  }
}
// end::scripts[]
