package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of README.md and docs/getting-started.md. */
@CassandraTest
class GettingStartedExamplesIT {
  // tag::entity[]
  @Table
  public record Product(@PartitionKey UUID id, String name, @Index String brand, float price, String description) {}
  // end::entity[]

  @Test
  void quickstart(CqlSession session, TestKeyspace testKeyspace) {
    String keyspace = testKeyspace.name();
    // tag::quickstart[]
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    EntityTable<Product> products = mapper.table(Product.class);
    products.sync(); // at service startup: creates the table, or adds what it lacks

    Product lamp = new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f, null);
    products.save(lamp); // description is null: left unset, so no tombstone is written
    Optional<Product> found = products.get(lamp.id());
    // end::quickstart[]
    assertEquals(Optional.of(lamp), found);
  }
}
