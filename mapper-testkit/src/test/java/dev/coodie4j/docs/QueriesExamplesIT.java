package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.Query;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of docs/queries.md. */
@CassandraTest
class QueriesExamplesIT {
  // tag::entity[]
  @Table
  public record Order(
      @PartitionKey String customer,
      @ClusteringKey(order = ClusteringOrder.DESC) LocalDate day,
      @ClusteringKey(1) int number,
      @Index String status,
      double total) {}
  // end::entity[]

  private static EntityTable<Order> orders;

  @BeforeAll
  static void seed(Mapper mapper) {
    orders = mapper.table(Order.class);
    orders.sync();
    LocalDate start = LocalDate.of(2026, 11, 1);
    for (int i = 0; i < 30; i++) {
      orders.save(new Order(i % 2 == 0 ? "ada" : "bob", start.plusDays(i), i, i % 3 == 0 ? "open" : "shipped", i * 10.0));
    }
  }

  @Test
  void queries() {
    // tag::where[]
    List<Order> recent = orders.query()
        .where(Order::customer).eq("ada")
        .where(Order::day).gte(LocalDate.of(2026, 11, 20))   // range on a clustering column
        .list();                                              // newest first: the table's clustering order
    List<Order> latestOfEach = orders.query()
        .where(Order::customer).in("ada", "bob")              // one prepared statement for any number of values
        .perPartitionLimit(1)
        .list();
    List<Order> oldestTwo = orders.query()
        .where(Order::customer).eq("bob")
        .orderBy(Order::day, ClusteringOrder.ASC)             // against the clustering order
        .limit(2)
        .list();
    List<Order> bigOpen = orders.query()
        .where(Order::status).eq("open")                      // secondary index
        .where(Order::total).gt(100.0)
        .allowFiltering()                                     // total is neither a key nor indexed
        .list();
    // end::where[]
    assertEquals(5, recent.size());
    assertEquals(2, latestOfEach.size());
    assertEquals(List.of(1, 3), oldestTwo.stream().map(Order::number).toList());
    assertEquals(6, bigOpen.size());
  }

  @Test
  void terminals() {
    // tag::terminals[]
    Query<Order> ada = orders.query().where(Order::customer).eq("ada");
    Optional<Order> latest = ada.first();
    boolean any = ada.where(Order::status).eq("lost").allowFiltering().exists();
    long count = ada.count();
    Double revenue = ada.sum(Order::total);
    Order totalsOnly = ada.only(Order::day, Order::total).first().orElseThrow(); // a partial entity
    CompletionStage<List<Order>> later = ada.async().list();
    // end::terminals[]
    assertEquals(28, latest.orElseThrow().number());
    assertFalse(any);
    assertEquals(15, count);
    assertEquals(2100.0, revenue);
    assertEquals(null, totalsOnly.customer());
    assertEquals(15, later.toCompletableFuture().join().size());
  }

  // tag::projection[]
  public record DayTotal(LocalDate day, double total) {}   // components name the columns to select
  // end::projection[]

  @Test
  void more() {
    // tag::more[]
    List<DayTotal> totals = orders.query().where(Order::customer).eq("bob").limit(3).list(DayTotal.class);
    Optional<Long> writtenAt = orders.query().where(Order::customer).eq("bob").writetime(Order::total); // micros
    List<Order> firstPerCustomer = orders.query().groupBy(Order::customer).list();
    List<Order> oneRange = orders.query()
        .token().gt(Long.MIN_VALUE).token().lte(0L)          // a slice of the ring, for full scans
        .consistency(Consistency.ONE)
        .timeout(Duration.ofSeconds(5))
        .list();
    // end::more[]
    assertEquals(3, totals.size());
    assertTrue(writtenAt.isPresent());
    assertEquals(2, firstPerCustomer.size());
    assertTrue(oneRange.size() <= 30);
  }

  @Test
  void pages() {
    // tag::pages[]
    Query<Order> all = orders.query();
    Page<Order> first = all.page(10);                           // 10 rows and an opaque, URL-safe token
    String token = first.pagingState().orElseThrow();           // hand it to a client...
    Page<Order> second = all.page(10, token);                   // ...and resume in a later request
    // end::pages[]
    assertEquals(10, first.items().size());
    assertEquals(10, second.items().size());
  }

  @Test
  void sharedPagingKey(com.datastax.oss.driver.api.core.CqlSession session, dev.coodie4j.testkit.TestKeyspace ks) {
    String keyspace = ks.name();
    byte[] secret = java.util.HexFormat.of().parseHex("8f14e45fceea167a5a36dedd4bea2543"); // in practice: from your secrets store
    // tag::sharedPagingKey[]
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session))
        .keyspace(keyspace)
        .pagingTokenKey(secret)     // the same secret on every instance: tokens survive restarts and load balancers
        .build();
    // end::sharedPagingKey[]
    Mapper otherInstance = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).pagingTokenKey(secret).build();
    String token = mapper.table(Order.class).query().page(10).pagingState().orElseThrow();
    assertEquals(10, otherInstance.table(Order.class).query().page(10, token).items().size());
  }
}
