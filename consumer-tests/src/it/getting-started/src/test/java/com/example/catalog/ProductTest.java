package com.example.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest // a real server: an embedded Cassandra, Docker ScyllaDB, or COODIE4J_CONTACT_POINTS
class ProductTest {
  private EntityTable<Product> products;

  @BeforeEach
  void createTable(Mapper mapper) { // this test class's own keyspace, dropped after it
    products = mapper.table(Product.class);
    products.sync();
  }

  @Test
  void savesAndReadsAProductWithAJsonColumn() {
    Product lamp = new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f, null, Map.of("colour", "red"));
    products.save(lamp);
    assertEquals(Optional.of(lamp), products.get(lamp.id()));
  }

  @Test
  void findsProductsByTheIndexedBrand() {
    Product lamp = new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f, null, Map.of());
    products.save(lamp);
    assertEquals(List.of(lamp), products.query().where(Product::brand).eq("Acme").list());
  }
}
