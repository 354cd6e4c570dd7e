package dev.coodie4j.unit;

import static dev.coodie4j.unit.Fixtures.ID;
import static dev.coodie4j.unit.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.unit.Fixtures.Order;
import dev.coodie4j.unit.Fixtures.PageViews;
import dev.coodie4j.unit.Fixtures.Ticket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every invalid input is refused with a CoodieException before anything reaches the driver. */
class RefusalsTest {
  private final FakeDriver driver = new FakeDriver();
  private final Mapper mapper = Mapper.builder(driver).build();
  private final EntityTable<Ticket> tickets = mapper.table(Ticket.class);
  private final EntityTable<Order> orders = mapper.table(Order.class);
  private final EntityTable<PageViews> views = mapper.table(PageViews.class);

  @AfterEach
  void nothingWasSent() {
    assertTrue(driver.nothingSent(), () -> "sent: " + driver.executions() + driver.batches());
    assertEquals(List.of(), driver.violations());
  }

  private static void refused(Executable call, String messagePart) {
    CoodieException e = assertThrows(CoodieException.class, call);
    assertTrue(e.getMessage().contains(messagePart), () -> "message " + e.getMessage() + " lacks " + messagePart);
  }

  private static void refused(Executable call) {
    assertThrows(CoodieException.class, call);
  }

  @dev.coodie4j.annotation.Table
  record Nested(@dev.coodie4j.annotation.PartitionKey String id, List<Set<String>> groups,
      java.util.Map<String, List<Integer>> scores) {}

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void nestedCollectionValuesAreCheckedAllTheWayDown() {
    EntityTable<Nested> nested = mapper.table(Nested.class);
    List wrongInner = List.of(Set.of(1, 2));
    refused(() -> nested.update("a").setAt(Nested::groups, 0, (Set) Set.of(7)).execute(), "java.util.Set<java.lang.String>");
    refused(() -> nested.update("a").append(Nested::groups, wrongInner).execute(), "element");
    refused(() -> nested.update("a").put(Nested::scores, "k", (List) List.of("x")).execute(), "java.util.List<java.lang.Integer>");
    refused(() -> nested.update("a").set(Nested::groups, wrongInner).execute(), "holding no nulls");
  }

  @dev.coodie4j.annotation.Table
  record Embedded(@dev.coodie4j.annotation.PartitionKey String id,
      @dev.coodie4j.annotation.Vector(3) @dev.coodie4j.annotation.Index(using = "sai") float[] embedding) {}

  @Test
  void anAllZeroVectorForACosineIndexAndAPagedAnnQueryAreRefused() {
    EntityTable<Embedded> embedded = mapper.table(Embedded.class);
    refused(() -> embedded.save(new Embedded("z", new float[3])), "Embedded.embedding is all zeros");
    refused(() -> embedded.query().orderByAnnOf(Embedded::embedding, new float[3]).limit(3).list(),
        "similarity_function=DOT_PRODUCT or EUCLIDEAN");
    refused(() -> embedded.query().orderByAnnOf(Embedded::embedding, new float[] {1, 0, 0}).limit(5).page(2),
        "does not page it");
  }

  @Test
  void aQueryRestrictionRefusesNotEqualWhichOnlyIfConditionsTake() {
    refused(() -> tickets.query().where(Ticket::status).ne("open"), "!= is not a query restriction");
  }

  @Test
  void anIfConditionRefusesTheOperatorsOnlyQueriesTake() {
    refused(() -> tickets.update(ID).set(Ticket::revision, 2).onlyIf(Ticket::comments).contains("x"),
        "CONTAINS is a query restriction, not an IF condition");
    refused(() -> tickets.deleteFrom(ID).onlyIf(Ticket::status).like("op%"),
        "LIKE is a query restriction, not an IF condition");
  }

  @Test
  void getWithTheWrongNumberOfKeyValues() {
    refused(() -> orders.get("ada"));
    refused(() -> orders.get("ada", LocalDate.EPOCH, 1, "extra"));
  }

  @Test
  void getWithAKeyValueOfTheWrongJavaType() {
    refused(() -> tickets.get("not a uuid"));
  }

  @Test
  void getWithANullKey() {
    refused(() -> tickets.get((Object) null));
  }

  @Test
  void saveOfAnEntityWithANullPrimaryKey() {
    refused(() -> tickets.save(new Ticket(null, "s", 1, null, null, null, null)));
  }

  @Test
  void queryOnAnUnknownPropertyListsTheKnownOnes() {
    refused(() -> orders.query().where("nope").eq("x").list(), "customer");
  }

  @Test
  void queryComparingWithNull() {
    refused(() -> orders.query().where(Order::customer).eq(null).list());
  }

  @Test
  void queryWithAValueOfTheWrongJavaType() {
    refused(() -> orders.query().where("total").eq("a lot").list());
  }

  @Test
  void emptyIn() {
    refused(() -> orders.query().where(Order::customer).in(List.of()).list(), "IN");
  }

  @Test
  void orderByOnAColumnThatIsNotClustering() {
    refused(() -> orders.query().where(Order::customer).eq("a").orderBy(Order::total, ClusteringOrder.ASC).list());
  }

  @Test
  void orderByThatMixesTheClusteringOrderWithItsReverseIsRefusedBeforeSending() {
    // clustering: day DESC, number ASC; day ASC reverses it, number ASC does not
    refused(() -> orders.query().where(Order::customer).eq("a").orderBy(Order::day, ClusteringOrder.ASC)
        .orderBy(Order::number, ClusteringOrder.ASC).list(), "cannot order by day ASC, number ASC; Cassandra orders "
        + "by the clustering columns in their declared order (day DESC, number ASC)");
  }

  @Test
  void orderByThatSkipsAClusteringColumnNotRestrictedWithEqIsRefusedBeforeSending() {
    refused(() -> orders.query().where(Order::customer).eq("a").orderBy(Order::number, ClusteringOrder.DESC).list(),
        "skipping only columns restricted with eq");
  }

  @Test
  void limitsBelowOne() {
    refused(() -> orders.query().limit(0));
    refused(() -> orders.query().perPartitionLimit(-1));
  }

  @Test
  void aggregatesWithLimitOrDistinct() {
    refused(() -> orders.query().where(Order::customer).eq("a").limit(3).count());
    refused(() -> orders.query().distinct().count());
  }

  @Test
  void updateOfAPrimaryKeyColumn() {
    refused(() -> orders.update("a", LocalDate.EPOCH, 1).set(Order::customer, "b").execute());
  }

  @Test
  void updateWithNothingToSet() {
    refused(() -> tickets.update(ID).execute());
  }

  @Test
  void collectionOperationOnAFrozenCollection() {
    refused(() -> tickets.update(ID).append(Ticket::history, List.of("a")).execute());
  }

  @Test
  void updateSetWithAValueOfTheWrongType() {
    refused(() -> tickets.update(ID).set("revision", "two").execute());
  }

  @Test
  void counterRefusals() {
    refused(() -> views.save(new PageViews("p", "d", 1)));
    refused(() -> views.insertIfNotExists(new PageViews("p", "d", 1)));
    refused(() -> views.update("p", "d").set(PageViews::views, 3L).execute());
    refused(() -> views.update("p", "d").increment(PageViews::views, 1)
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(9))).execute());
    refused(() -> views.saveChanges(new PageViews("p", "d", 1), new PageViews("p", "d", 2)));
  }

  @Test
  void aLambdaWhereAMethodReferenceIsNeeded() {
    refused(() -> tickets.update(ID).set(Ticket::status, "x").increment(t -> (long) t.revision(), 1).execute());
    refused(() -> tickets.update(ID).remove(t -> List.copyOf(t.votes().keySet()), Set.of("a")).execute());
  }

  @Test
  void ttlOnADelete() {
    refused(() -> tickets.deleteByKey(WriteOptions.defaults().withTtl(Duration.ofSeconds(5)), ID));
  }

  @Test
  void timestampOnAConditionalWrite() {
    refused(() -> tickets.insertIfNotExists(ticket("a"), WriteOptions.defaults().withTimestampMicros(1)));
    refused(() -> tickets.deleteIfExists(WriteOptions.defaults().withTimestampMicros(1), ID));
  }

  @Test
  void serialConsistencyOnAWriteThatIsNotConditional() {
    refused(() -> tickets.save(ticket("a"), WriteOptions.defaults().withSerialConsistency(Consistency.SERIAL)));
  }

  @Test
  void serialLevelAsConsistencyAndOutOfRangeTtl() {
    refused(() -> WriteOptions.defaults().withConsistency(Consistency.SERIAL));
    refused(() -> WriteOptions.defaults().withTtl(Duration.ofSeconds(-1)));
    refused(() -> WriteOptions.defaults().withTtl(Duration.ofSeconds(WriteOptions.MAX_TTL_SECONDS + 1L)));
  }

  @Test
  void saveChangesOfAChangedPrimaryKey() {
    refused(() -> tickets.saveChanges(ticket("a"), new Ticket(java.util.UUID.randomUUID(), "a", 1, null, null, null,
        null)));
  }

  @Test
  void updateAndDeleteOfRowsFoundByAScan() {
    refused(() -> orders.query().where(Order::status).eq("x").allowFiltering().delete());
    refused(() -> orders.query().where(Order::customer).eq("a").update().set(Order::total, 1.0).execute());
  }

  @Test
  void emptyBatch() {
    refused(() -> mapper.batch(BatchType.LOGGED).execute());
  }

  @Test
  void counterUpdateOutsideACounterBatchAndOtherWritesInOne() {
    refused(() -> mapper.batch(BatchType.LOGGED).update(views.update("p", "d").increment(PageViews::views, 1))
        .execute());
    refused(() -> mapper.batch(BatchType.COUNTER).save(ticket("a")).execute());
  }

  @Test
  void batchOptionsAWriteCannotCarry() {
    refused(() -> mapper.batch(BatchType.LOGGED).save(ticket("a"))
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(5))).execute());
    refused(() -> mapper.batch(BatchType.LOGGED).save(ticket("a"))
        .options(WriteOptions.writingNulls()).execute());
    refused(() -> mapper.batch(BatchType.LOGGED)
        .save(ticket("a"), WriteOptions.defaults().withConsistency(Consistency.ONE)).execute());
  }

  @Test
  void timestampOnBothAWriteAndTheBatch() {
    refused(() -> mapper.batch(BatchType.LOGGED).save(ticket("a"), WriteOptions.defaults().withTimestampMicros(1))
        .options(WriteOptions.defaults().withTimestampMicros(2)).execute());
  }

  @Test
  void conditionalBatchRefusals() {
    refused(() -> mapper.batch(BatchType.UNLOGGED).insertIfNotExists(ticket("a"))
        .options(WriteOptions.defaults().withTimestampMicros(2)).execute());
    refused(() -> mapper.batch(BatchType.LOGGED).save(ticket("a"))
        .options(WriteOptions.defaults().withSerialConsistency(Consistency.SERIAL)).execute());
    refused(() -> mapper.batch(BatchType.UNLOGGED).insertIfNotExists(ticket("a"))
        .update(orders.update("a", LocalDate.EPOCH, 1).set(Order::total, 1.0).ifExists()).execute());
  }

  @Test
  void batchOfNull() {
    refused(() -> mapper.batch(BatchType.LOGGED).save(null));
  }

  @Test
  void rawStatementTtlOptionAndBlankText() {
    refused(() -> mapper.cql("UPDATE ks.t SET a = ? WHERE k = ?", 1, "k")
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(5))));
    refused(() -> mapper.cql("  "));
  }

  @Test
  void tamperedPagingToken() {
    refused(() -> orders.query().page(10, "bm90IGEgdG9rZW4"));
  }

  @Test
  void collectionOperationOnAColumnOfAnotherKind() {
    refused(() -> tickets.update(ID).setAt(t -> t.history(), 0, "a").execute());
    refused(() -> tickets.update(ID).set("status", List.of("not text")).execute());
  }
}
