package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.EntityValidationException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@CassandraTest
class JsonAndValidationTest {
  public record Dimensions(double width, double height, String unit) {}

  @Table
  public record Listing(
      @PartitionKey String sku,
      @NotBlank String title,
      @PositiveOrZero int stock,
      @Json Dimensions size,
      @Json List<Map<String, Object>> attributes) {}

  @Test
  void aJsonColumnRoundTripsWithTheJacksonTheConsumerChose(Mapper mapper) {
    EntityTable<Listing> listings = mapper.table(Listing.class);
    listings.sync();
    Listing lamp = new Listing("lamp-1", "Lamp", 3, new Dimensions(10.5, 40, "cm"), List.of(Map.of("colour", "red")));
    listings.save(lamp);
    assertEquals(Optional.of(lamp), listings.get("lamp-1"));
    assertTrue(com.fasterxml.jackson.core.json.PackageVersion.VERSION.getMinorVersion() >= 19,
        "the consumer's jackson-core, not the driver's older one, is on the classpath");
  }

  @Test
  void anInvalidEntityIsRefusedBeforeAnythingIsSent(Mapper mapper) {
    EntityTable<Listing> listings = mapper.table(Listing.class);
    listings.sync();
    EntityValidationException refused = assertThrows(EntityValidationException.class,
        () -> listings.save(new Listing("lamp-2", " ", -1, null, null)));
    assertTrue(refused.getMessage().contains("title"), refused.getMessage());
    assertTrue(refused.getMessage().contains("stock"), refused.getMessage());
    assertEquals(Optional.empty(), listings.get("lamp-2"));
  }
}
