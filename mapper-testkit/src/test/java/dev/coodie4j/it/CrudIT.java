package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class CrudIT {
  private static EntityTable<Product> products;
  private static EntityTable<Reading> readings;
  private static EntityTable<Customer> customers;

  @BeforeAll
  static void createTables(Mapper mapper) {
    products = mapper.table(Product.class);
    readings = mapper.table(Reading.class);
    customers = mapper.table(Customer.class);
    products.sync();
    readings.sync();
    customers.sync();
  }

  @Test
  void savedRecordReadsBackEqual() {
    Product lamp = Product.sample();
    products.save(lamp);
    assertEquals(Optional.of(lamp), products.get(lamp.id()));
  }

  @Test
  void getOfAMissingKeyIsEmpty() {
    assertEquals(Optional.empty(), products.get(UUID.randomUUID()));
  }

  @Test
  void nullPropertiesAreLeftUnsetSoStoredValuesSurvive() {
    Product lamp = Product.sample();
    products.save(lamp);
    products.save(lamp.withDescription(null));
    assertEquals("A desk lamp", products.get(lamp.id()).orElseThrow().description());
  }

  @Test
  void writingNullsPerCallDeletesTheStoredValue() {
    Product lamp = Product.sample();
    products.save(lamp);
    products.save(lamp.withDescription(null), WriteOptions.writingNulls());
    assertNull(products.get(lamp.id()).orElseThrow().description());
  }

  @Test
  void writingNullsPerMapperDeletesTheStoredValueUnlessACallSkipsThem(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Product> nullWriting = Mapper.builder(DataStaxDriver.of(session))
        .keyspace(keyspace.name()).writeNulls(true).build().table(Product.class);
    Product lamp = Product.sample();
    nullWriting.save(lamp);
    nullWriting.save(lamp.withDescription(null), WriteOptions.skippingNulls());
    assertEquals("A desk lamp", nullWriting.get(lamp.id()).orElseThrow().description());
    nullWriting.save(lamp.withDescription(null));
    assertNull(nullWriting.get(lamp.id()).orElseThrow().description());
  }

  @Test
  void deleteByEntityAndByKey() {
    Product first = Product.sample();
    Product second = Product.sample();
    products.save(first);
    products.save(second);
    products.delete(first);
    products.deleteByKey(second.id());
    assertEquals(Optional.empty(), products.get(first.id()));
    assertEquals(Optional.empty(), products.get(second.id()));
  }

  @Test
  void compositeKeysStaticColumnAndDescendingClustering() {
    LocalDate day = LocalDate.of(2026, 11, 24);
    Instant start = Instant.parse("2026-11-24T10:00:00Z");
    List<Reading> saved = IntStream.range(0, 5)
        .mapToObj(i -> new Reading("s-1", day, start.plusSeconds(i), i * 1.5, "celsius"))
        .toList();
    saved.forEach(readings::save);
    readings.save(new Reading("s-1", day.plusDays(1), start, 99, "kelvin"));

    List<Reading> partition = readings.findByPartition("s-1", day);
    assertEquals(saved.stream().sorted(Comparator.comparing(Reading::at).reversed()).toList(), partition);
    assertEquals(Optional.of(saved.get(2)), readings.get("s-1", day, start.plusSeconds(2)));
    assertEquals("kelvin", readings.findByPartition("s-1", day.plusDays(1)).get(0).unit());
  }

  @Test
  void listAndStreamFollowPagesWithoutLosingOrRepeatingRows(CassandraServer server, TestKeyspace keyspace) {
    DriverConfigLoader smallPages = DriverConfigLoader.programmaticBuilder()
        .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, 7)
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, java.time.Duration.ofSeconds(30))
        .build();
    try (CqlSession session = CqlSession.builder().addContactPoints(server.contactPoints())
        .withLocalDatacenter(server.localDatacenter()).withConfigLoader(smallPages).build()) {
      EntityTable<Reading> paged = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build()
          .table(Reading.class);
      LocalDate day = LocalDate.of(2026, 1, 1);
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      for (int i = 0; i < 50; i++) {
        paged.save(new Reading("paged", day, start.plusSeconds(i), i, null));
      }
      List<Instant> expected = IntStream.range(0, 50).mapToObj(i -> start.plusSeconds(49 - i)).toList();
      assertEquals(expected, paged.findByPartition("paged", day).stream().map(Reading::at).toList());
      assertEquals(expected, paged.streamByPartition("paged", day).map(Reading::at).toList());
      assertEquals(expected, paged.async().findByPartition("paged", day).toCompletableFuture().join()
          .stream().map(Reading::at).toList());
      assertEquals(expected.subList(0, 3), paged.streamByPartition("paged", day).limit(3).map(Reading::at).toList());
    }
  }

  @Test
  void classEntitiesUseSettersFieldsAndSkipTransientProperties() {
    Customer customer = new Customer(UUID.randomUUID(), "ada@example.com", 42, 3L);
    customer.setSessionNote("not stored");
    customers.save(customer);
    Customer loaded = customers.get(customer.getId()).orElseThrow();
    assertEquals(new Customer(customer.getId(), "ada@example.com", 42, 3L), loaded);
    assertNull(loaded.getSessionNote());
  }

  @Test
  void asyncFaceDoesTheSameOperations() {
    Product lamp = Product.sample();
    products.async().save(lamp).toCompletableFuture().join();
    assertEquals(Optional.of(lamp), products.async().get(lamp.id()).toCompletableFuture().join());
    products.async().delete(lamp).toCompletableFuture().join();
    assertEquals(Optional.empty(), products.async().get(lamp.id()).toCompletableFuture().join());
    products.async().save(lamp).thenCompose(v -> products.async().deleteByKey(lamp.id())).toCompletableFuture().join();
    assertEquals(Optional.empty(), products.get(lamp.id()));
  }

  @Test
  void everyShapeIsPreparedOnceWhateverTheValues(CqlSession session, TestKeyspace keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    EntityTable<Product> table = mapper.table(Product.class);
    List<Product> saved = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Product p = i % 2 == 0 ? Product.sample() : Product.sample().withDescription(null);
      table.save(p);
      saved.add(p);
    }
    saved.forEach(p -> assertEquals(Optional.of(p), table.get(p.id())));
    assertEquals(2, mapper.preparedStatementCount(), "one INSERT and one SELECT, whatever the nulls and values");
  }

  @Test
  void badKeysFailBeforeAnythingIsSent() {
    CoodieException count = assertThrows(CoodieException.class, () -> readings.get("s-1"));
    assertTrue(count.getMessage().contains("Reading.get takes 3 key value(s) (sensor: String, day: LocalDate, at: Instant), got 1"),
        count.getMessage());
    CoodieException type = assertThrows(CoodieException.class, () -> products.get("not-a-uuid"));
    assertTrue(type.getMessage().contains("key value not-a-uuid (java.lang.String) for column \"id\" of Product must be a java.util.UUID")
        || type.getMessage().contains("for column \"id\""), type.getMessage());
    CoodieException nullKey = assertThrows(CoodieException.class,
        () -> products.save(new Product(null, "x", "y", 1f, 1, "z")));
    assertTrue(nullKey.getMessage().contains("primary key property 'id' (column \"id\") is null"), nullKey.getMessage());
  }

  @Test
  void asyncFailuresCompleteTheStageInsteadOfThrowing() {
    CompletionException failure = assertThrows(CompletionException.class,
        () -> products.async().get(1, 2).toCompletableFuture().join());
    assertInstanceOf(CoodieException.class, failure.getCause());
  }

  @Test
  void instantsKeepMillisecondPrecision() {
    Instant precise = Instant.parse("2026-11-24T10:00:00.123456789Z");
    LocalDate day = LocalDate.of(2026, 2, 2);
    readings.save(new Reading("precision", day, precise, 1, null));
    assertEquals(precise.truncatedTo(ChronoUnit.MILLIS),
        readings.findByPartition("precision", day).stream().map(Reading::at).collect(Collectors.toList()).get(0));
  }
}
