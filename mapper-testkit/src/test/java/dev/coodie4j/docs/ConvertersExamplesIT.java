package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.types.ColumnConverter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/converters.md. */
@CassandraTest
class ConvertersExamplesIT {
  // tag::converter[]
  @ConvertedBy(MoneyConverter.class)                 // every Money property, and Money in collections
  public record Money(BigDecimal amount) {}

  public static final class MoneyConverter implements ColumnConverter<Money, BigDecimal> {
    @Override
    public Class<BigDecimal> columnType() {
      return BigDecimal.class;                       // stored as decimal
    }

    @Override
    public BigDecimal toColumn(Money money) {
      return money.amount();
    }

    @Override
    public Money fromColumn(BigDecimal amount) {
      return new Money(amount);
    }
  }
  // end::converter[]

  // tag::entity[]
  public record Dimensions(double width, double height, String unit) {}

  @Table
  public record Listing(
      @PartitionKey String sku,
      Money price,                                   // decimal
      Map<String, Money> pricesByRegion,             // map<text, decimal>
      @Json Dimensions size,                         // text, {"width":...}
      @Json List<Map<String, Object>> attributes) {} // text, any JSON Jackson reads back as this type
  // end::entity[]

  @Test
  void converters(Mapper mapper) {
    EntityTable<Listing> listings = mapper.table(Listing.class);
    listings.sync();
    Listing listing = new Listing("sku-1", new Money(new BigDecimal("9.99")), Map.of("eu", new Money(BigDecimal.TEN)),
        new Dimensions(2, 3, "cm"), List.of(Map.of("color", "red")));
    listings.save(listing);
    assertEquals(listing, listings.get("sku-1").orElseThrow());
  }
}
