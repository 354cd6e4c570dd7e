package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class RawCqlIT {
  record NameAndPrice(String name, @Column("price") float cost) {}

  private static String table;

  @BeforeAll
  static void sync(Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Product.class).sync();
    table = "\"" + keyspace.name() + "\".\"product\"";
  }

  @Test
  void rowsMapToEntitiesProjectionsAndMaps(Mapper mapper) {
    Product lamp = Product.sample();
    mapper.table(Product.class).save(lamp);
    String select = "SELECT * FROM " + table + " WHERE id = ?";
    assertEquals(List.of(lamp), mapper.cql(select, lamp.id()).list(Product.class));
    assertEquals(List.of(lamp), mapper.cql(select, lamp.id()).listAsync(Product.class).toCompletableFuture().join());
    assertEquals(Optional.of(new NameAndPrice("Lamp", 19.5f)),
        mapper.cql("SELECT name, price FROM " + table + " WHERE id = ?", lamp.id()).first(NameAndPrice.class));
    Map<String, Object> row = mapper.cql("SELECT id, name, stock FROM " + table + " WHERE id = ?", lamp.id()).maps().get(0);
    assertEquals(Map.of("id", lamp.id(), "name", "Lamp", "stock", 7), row);
    assertEquals(List.of("id", "name", "stock"), List.copyOf(row.keySet()));
    Product partial = mapper.cql("SELECT id, brand FROM " + table + " WHERE id = ?", lamp.id()).first(Product.class)
        .orElseThrow();
    assertEquals(new Product(lamp.id(), null, "Acme", 0f, null, null), partial);
  }

  @Test
  void unqualifiedTableNamesResolveToTheMappersKeyspaceNotTheSessions(CqlSession session, TestKeyspace keyspace) {
    assertEquals(Optional.empty(), session.getKeyspace(), "the kit's session is logged into no keyspace");
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    Product desk = Product.sample();
    mapper.table(Product.class).save(desk);
    assertEquals(List.of(desk), mapper.cql("SELECT * FROM product WHERE id = ?", desk.id()).list(Product.class));
    assertTrue(mapper.cql("UPDATE product SET stock = ? WHERE id = ?", 9, desk.id()).execute());
    assertEquals(9, mapper.table(Product.class).get(desk.id()).orElseThrow().stock());
  }

  @Test
  void writesAndConditionalWrites(Mapper mapper) {
    UUID id = UUID.randomUUID();
    String insert = "INSERT INTO " + table + " (id, name, stock) VALUES (?, ?, ?) IF NOT EXISTS";
    assertTrue(mapper.cql(insert, id, "Desk", 2).execute());
    assertFalse(mapper.cql(insert, id, "Desk", 3).executeAsync().toCompletableFuture().join());
    assertTrue(mapper.cql("UPDATE " + table + " USING TTL 60 SET description = ? WHERE id = ?", null, id)
        .idempotent(true).options(WriteOptions.defaults().withTimeout(Duration.ofSeconds(5))).execute());
    assertEquals(2, mapper.table(Product.class).get(id).orElseThrow().stock());
  }

  @Test
  void theStatementIsPreparedOnceWhateverTheValues(CqlSession session, TestKeyspace keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    for (int i = 0; i < 5; i++) {
      mapper.cql("SELECT * FROM " + table + " WHERE id = ?", UUID.randomUUID()).list(Product.class);
    }
    assertEquals(1, mapper.preparedStatementCount());
  }

  @Test
  void badInputIsRefused(Mapper mapper) {
    assertThrows(CoodieException.class, () -> mapper.cql(" "));
    CoodieException notARow = assertThrows(CoodieException.class,
        () -> mapper.cql("SELECT * FROM " + table).list(String.class));
    assertTrue(notARow.getMessage().contains("cannot receive rows"), notARow.getMessage());
    assertThrows(CoodieException.class, () -> mapper.cql("SELECT * FROM " + table)
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(1))));
  }
}
