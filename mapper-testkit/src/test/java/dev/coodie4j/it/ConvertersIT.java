package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Convert;
import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import dev.coodie4j.types.ColumnConverter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class ConvertersIT {
  @ConvertedBy(MoneyConverter.class)
  record Money(long cents) {}

  public static final class MoneyConverter implements ColumnConverter<Money, BigDecimal> {
    @Override
    public Class<BigDecimal> columnType() {
      return BigDecimal.class;
    }

    @Override
    public BigDecimal toColumn(Money value) {
      return BigDecimal.valueOf(value.cents(), 2);
    }

    @Override
    public Money fromColumn(BigDecimal value) {
      return new Money(value.movePointRight(2).longValueExact());
    }
  }

  public static final class Upper implements ColumnConverter<String, String> {
    @Override
    public Class<String> columnType() {
      return String.class;
    }

    @Override
    public String toColumn(String value) {
      return value.toUpperCase();
    }

    @Override
    public String fromColumn(String value) {
      return value.toLowerCase();
    }
  }

  public static final class ToObject implements ColumnConverter<String, Object> {
    @Override
    public Class<Object> columnType() {
      return Object.class;
    }

    @Override
    public Object toColumn(String value) {
      return value;
    }

    @Override
    public String fromColumn(Object value) {
      return String.valueOf(value);
    }
  }

  record Address(String street, String city) {}

  public static final class Unwritable {
    public String getBoom() {
      throw new IllegalStateException("boom");
    }
  }

  @Table
  record Invoice(@PartitionKey UUID id, Money total, List<Money> lines, Map<String, Money> taxes,
      @Convert(Upper.class) String code, @Json Address billing, @Json List<Address> shipping,
      @Json Map<String, Object> extra) {}

  @Table
  record BadConverter(@PartitionKey UUID id, @Convert(ToObject.class) String name) {}

  @Table
  record BadJson(@PartitionKey UUID id, @Json Unwritable thing) {}

  private static EntityTable<Invoice> invoices;

  @BeforeAll
  static void sync(Mapper mapper) {
    invoices = mapper.table(Invoice.class);
    invoices.sync();
  }

  private static Invoice invoice() {
    return new Invoice(UUID.randomUUID(), new Money(12_345), List.of(new Money(100), new Money(245)),
        Map.of("vat", new Money(2_000)), "abc", new Address("1 Main St", "Lyon"),
        List.of(new Address("2 Side St", "Paris")), Map.of("priority", true, "tags", List.of("x")));
  }

  @Test
  void convertedValuesRoundTripAndAreStoredAsTheConverterSays(CqlSession session, TestKeyspace keyspace) {
    Invoice invoice = invoice();
    invoices.save(invoice);
    assertEquals(invoice, invoices.get(invoice.id()).orElseThrow());
    Map<String, String> types = session.execute("SELECT column_name, type FROM system_schema.columns "
            + "WHERE keyspace_name = ? AND table_name = 'invoice'", keyspace.name()).all().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("decimal", types.get("total"));
    assertEquals("list<decimal>", types.get("lines"));
    assertEquals("map<text, decimal>", types.get("taxes"));
    assertEquals("text", types.get("billing"));
    var row = session.execute("SELECT total, code, billing FROM \"" + keyspace.name() + "\".invoice WHERE id = ?",
        invoice.id()).one();
    assertEquals(new BigDecimal("123.45"), row.getBigDecimal(0));
    assertEquals("ABC", row.getString(1));
    assertEquals("{\"street\":\"1 Main St\",\"city\":\"Lyon\"}", row.getString(2));
  }

  @Test
  void convertedValuesWorkInQueriesAndUpdates() {
    Invoice invoice = invoice();
    invoices.save(invoice);
    invoices.update(invoice.id()).set(Invoice::total, new Money(1)).append(Invoice::lines, List.of(new Money(7)))
        .set(Invoice::billing, new Address("3 New St", "Nice")).execute();
    Invoice loaded = invoices.get(invoice.id()).orElseThrow();
    assertEquals(new Money(1), loaded.total());
    assertEquals(3, loaded.lines().size());
    assertEquals("Nice", loaded.billing().city());
    assertEquals(Optional.of(loaded), invoices.query().where(Invoice::id).eq(invoice.id())
        .where(Invoice::total).eq(new Money(1)).allowFiltering().first());
  }

  /** A projection of converted columns: its components take their converters as an entity's properties do. */
  record Totals(Money total, List<Money> lines, Map<String, Money> taxes, @Json Address billing) {}

  @Test
  void projectionsAndRawCqlRecordsReadConvertedColumnsThroughTheirConverters(Mapper mapper, TestKeyspace keyspace) {
    Invoice invoice = invoice();
    invoices.save(invoice);
    Totals expected = new Totals(invoice.total(), invoice.lines(), invoice.taxes(), invoice.billing());
    assertEquals(List.of(expected), invoices.query().where(Invoice::id).eq(invoice.id()).list(Totals.class));
    assertEquals(List.of(expected), mapper.cql("SELECT total, lines, taxes, billing FROM \"" + keyspace.name()
        + "\".invoice WHERE id = ?", invoice.id()).list(Totals.class));
  }

  @Test
  void unwritableJsonAndNonCqlConvertersAreRefused(Mapper mapper) {
    EntityDefinitionException converter = assertThrows(EntityDefinitionException.class,
        () -> mapper.table(BadConverter.class));
    assertTrue(converter.getMessage().contains("is converted to java.lang.Object, which has no CQL mapping"),
        converter.getMessage());
    EntityTable<BadJson> bad = mapper.table(BadJson.class);
    bad.sync();
    CoodieException json = assertThrows(CoodieException.class, () -> bad.save(new BadJson(UUID.randomUUID(),
        new Unwritable())));
    assertTrue(json.getMessage().contains("BadJson.thing: Jackson cannot write"), json.getMessage());
  }
}
