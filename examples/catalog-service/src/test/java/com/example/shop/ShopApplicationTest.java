package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.spring.boot.EntityTables;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with only the starter: it migrates and syncs at startup, then serves requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopApplicationTest {
  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    Servers.connect(registry, "shop");
  }

  @Autowired
  TestRestTemplate http;

  @Autowired
  CqlSession session;

  @Autowired
  EntityTables tables;

  @Autowired
  Mapper mapper;

  @Test
  void theStarterSyncedTheEntityRanTheMigrationAndTheControllerServesRequests() {
    assertEquals(List.of(Product.class), tables.entityClasses());
    assertEquals(1, session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'shop' AND "
        + "table_name = 'product'").all().size(), "sync created the table");
    assertEquals("product_brand_idx", session.execute("SELECT index_name FROM system_schema.indexes WHERE "
        + "keyspace_name = 'shop' AND table_name = 'product'").one().getString(0), "and its index");
    assertEquals(1, session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'shop' AND "
        + "table_name = 'reviews'").all().size(), "the migration ran");
    assertEquals("APPLIED", session.execute("SELECT outcome FROM shop.coodie4j_migrations WHERE version = '1'")
        .one().getString(0));

    Product lamp = new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f);
    ResponseEntity<Product> created = http.postForEntity("/products", lamp, Product.class);
    assertEquals(HttpStatus.OK, created.getStatusCode());
    assertEquals(lamp, http.getForObject("/products/" + lamp.id(), Product.class));
    assertEquals(HttpStatus.NOT_FOUND, http.getForEntity("/products/" + UUID.randomUUID(), String.class)
        .getStatusCode());
    Product[] acme = http.getForObject("/products?brand=Acme", Product[].class);
    assertEquals(List.of(lamp), List.of(acme));

    // Boot's Validator checks @NotBlank before the write: nothing is sent
    ResponseEntity<String> blank = http.postForEntity("/products", new Product(null, " ", "Acme", 1f), String.class);
    assertEquals(HttpStatus.BAD_REQUEST, blank.getStatusCode());
    assertTrue(blank.getBody().contains("name"), blank.getBody());
  }

  /** Where the test kit's server is, and a keyspace on it. */
  static final class Servers {
    static void connect(DynamicPropertyRegistry registry, String keyspace) {
      CassandraServer server = TestServers.shared();
      try (CqlSession admin = server.newSession()) {
        admin.execute("CREATE KEYSPACE IF NOT EXISTS " + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      }
      registry.add("spring.cassandra.contact-points", () -> server.contactPoints().stream()
          .map(point -> point.getHostString() + ":" + point.getPort()).toList());
      registry.add("spring.cassandra.local-datacenter", server::localDatacenter);
    }
  }
}
