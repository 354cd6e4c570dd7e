package dev.coodie4j.unit;

import static dev.coodie4j.unit.Fixtures.ID;
import static dev.coodie4j.unit.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver.Row;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.unit.Fixtures.Order;
import dev.coodie4j.unit.Fixtures.PageViews;
import dev.coodie4j.unit.Fixtures.Ticket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exact CQL of each statement kind, as the fake driver receives it. These strings follow the renderer's current
 * spacing (no spaces around {@code =} in the key-based statements, spaces in queries and updates).
 */
class RenderingTest {
  private static final String TICKET_COLUMNS = "(\"id\",\"status\",\"revision\",\"comments\",\"watchers\",\"votes\","
      + "\"history\")";
  private static final String ORDER_SELECT = "SELECT \"customer\",\"day\",\"number\",\"status\",\"total\" FROM "
      + "\"ks\".\"order\"";

  private final FakeDriver driver = new FakeDriver();
  private final Mapper mapper = Mapper.builder(driver).build();
  private final EntityTable<Ticket> tickets = mapper.table(Ticket.class);
  private final EntityTable<Order> orders = mapper.table(Order.class);

  @AfterEach
  void everythingBoundFitsTheSpec() {
    assertEquals(List.of(), driver.violations());
  }

  private String onlyCql() {
    return driver.onlyExecution().cql();
  }

  @Test
  void saveInsertsEveryColumn() {
    tickets.save(ticket("open"));
    assertEquals("INSERT INTO \"ks\".\"ticket\" " + TICKET_COLUMNS + " VALUES (?,?,?,?,?,?,?)", onlyCql());
  }

  @Test
  void saveWithTtlAndTimestampBindsBothAfterTheColumns() {
    tickets.save(ticket("open"), WriteOptions.defaults().withTtl(Duration.ofSeconds(5)).withTimestampMicros(7));
    assertEquals("INSERT INTO \"ks\".\"ticket\" " + TICKET_COLUMNS + " VALUES (?,?,?,?,?,?,?) USING TTL ? AND "
        + "TIMESTAMP ?", onlyCql());
    assertEquals(5, driver.onlyExecution().value(7));
    assertEquals(7L, driver.onlyExecution().value(8));
  }

  @Test
  void saveWithTimestampOnlyHasNoTtlMarker() {
    tickets.save(ticket("open"), WriteOptions.defaults().withTimestampMicros(7));
    assertEquals("INSERT INTO \"ks\".\"ticket\" " + TICKET_COLUMNS + " VALUES (?,?,?,?,?,?,?) USING TIMESTAMP ?",
        onlyCql());
  }

  @Test
  void insertIfNotExistsIsConditional() {
    tickets.insertIfNotExists(ticket("open"));
    assertEquals("INSERT INTO \"ks\".\"ticket\" " + TICKET_COLUMNS + " VALUES (?,?,?,?,?,?,?) IF NOT EXISTS",
        onlyCql());
  }

  @Test
  void getSelectsEveryColumnByFullPrimaryKey() {
    tickets.get(ID);
    assertEquals("SELECT \"id\",\"status\",\"revision\",\"comments\",\"watchers\",\"votes\",\"history\" FROM "
        + "\"ks\".\"ticket\" WHERE \"id\" = ?", onlyCql());
    assertEquals(List.of(ID), driver.onlyExecution().valueList());
  }

  @Test
  void deleteWithTimestampPutsUsingBeforeWhere() {
    tickets.delete(ticket("x"), WriteOptions.defaults().withTimestampMicros(9));
    assertEquals("DELETE FROM \"ks\".\"ticket\" USING TIMESTAMP ? WHERE \"id\" = ?", onlyCql());
    assertEquals(List.of(9L, ID), driver.onlyExecution().valueList());
  }

  @Test
  void deleteIfExistsIsConditional() {
    tickets.deleteIfExists(ID);
    assertEquals("DELETE FROM \"ks\".\"ticket\" WHERE \"id\" = ? IF EXISTS", onlyCql());
  }

  @Test
  void rangeOnClusteringColumn() {
    orders.query().where(Order::customer).eq("ada").where(Order::day).gte(LocalDate.EPOCH).list();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" = ? AND \"day\" >= ?", onlyCql());
    assertEquals(List.of("ada", LocalDate.EPOCH), driver.onlyExecution().valueList());
  }

  @Test
  void inIsOneListMarkerAndPerPartitionLimitIsBound() {
    orders.query().where(Order::customer).in("a", "b").perPartitionLimit(1).list();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" IN ? PER PARTITION LIMIT ?", onlyCql());
    assertEquals(List.of(List.of("a", "b"), 1), driver.onlyExecution().valueList());
  }

  @Test
  void inWithTwoOrFiveValuesSharesOnePreparedStatement() {
    orders.query().where(Order::customer).in("a", "b").list();
    orders.query().where(Order::customer).in("a", "b", "c", "d", "e").list();
    assertEquals(1, driver.prepared().size());
  }

  @Test
  void orderByAgainstClusteringOrderWithBoundLimit() {
    orders.query().where(Order::customer).eq("b").orderBy(Order::day, ClusteringOrder.ASC).limit(2).list();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" = ? ORDER BY \"day\" ASC LIMIT ?", onlyCql());
    assertEquals(List.of("b", 2), driver.onlyExecution().valueList());
  }

  @Test
  void orderByMaySkipAClusteringColumnRestrictedWithEq() {
    orders.query().where(Order::customer).eq("b").where(Order::day).eq(java.time.LocalDate.of(2026, 1, 2))
        .orderBy(Order::number, ClusteringOrder.DESC).list();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" = ? AND \"day\" = ? ORDER BY \"number\" DESC", onlyCql());
  }

  @Test
  void orderByTheWholeClusteringOrderReversed() {
    orders.query().where(Order::customer).eq("b").orderBy(Order::day, ClusteringOrder.ASC)
        .orderBy(Order::number, ClusteringOrder.DESC).list();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" = ? ORDER BY \"day\" ASC, \"number\" DESC", onlyCql());
  }

  @Test
  void allowFilteringComesLast() {
    orders.query().where(Order::status).eq("open").where(Order::total).gt(100.0).allowFiltering().list();
    assertEquals(ORDER_SELECT + " WHERE \"status\" = ? AND \"total\" > ? ALLOW FILTERING", onlyCql());
  }

  @Test
  void distinctSelectsThePartitionKeyOnly() {
    orders.query().distinct().list();
    assertEquals("SELECT DISTINCT \"customer\" FROM \"ks\".\"order\"", onlyCql());
  }

  @Test
  void tokenRangeNamesThePartitionKey() {
    orders.query().token().gt(Long.MIN_VALUE).token().lte(0L).list();
    assertEquals(ORDER_SELECT + " WHERE token(\"customer\") > ? AND token(\"customer\") <= ?", onlyCql());
    assertEquals(List.of(Long.MIN_VALUE, 0L), driver.onlyExecution().valueList());
  }

  @Test
  void groupByAPrefixOfThePrimaryKey() {
    orders.query().groupBy(Order::customer).list();
    assertEquals(ORDER_SELECT + " GROUP BY \"customer\"", onlyCql());
  }

  @Test
  void countAndSumRunTheCqlAggregates() {
    driver.thenReturnRows(Row.of("count", 3L));
    assertEquals(3L, orders.query().where(Order::customer).eq("a").count());
    driver.thenReturnRows(Row.of("system.sum(total)", 12.5));
    assertEquals(12.5, orders.query().where(Order::customer).eq("a").sum(Order::total));
    List<String> cql = driver.executions().stream().map(FakeDriver.Execution::cql).toList();
    assertEquals(List.of("SELECT COUNT(*) FROM \"ks\".\"order\" WHERE \"customer\" = ?",
        "SELECT SUM(\"total\") FROM \"ks\".\"order\" WHERE \"customer\" = ?"), cql);
  }

  @Test
  void firstAddsLimitOneAndExistsReadsOnlyThePrimaryKey() {
    orders.query().where(Order::customer).eq("a").first();
    orders.query().where(Order::customer).eq("a").exists();
    List<FakeDriver.Execution> runs = driver.executions();
    assertEquals(ORDER_SELECT + " WHERE \"customer\" = ? LIMIT ?", runs.get(0).cql());
    assertEquals(1, runs.get(0).value(1));
    assertEquals("SELECT \"customer\",\"day\",\"number\" FROM \"ks\".\"order\" WHERE \"customer\" = ? LIMIT ?",
        runs.get(1).cql());
  }

  @Test
  void updateWithSetAppendAddAndPut() {
    tickets.update(ID).set(Ticket::status, "x").append(Ticket::comments, List.of("c"))
        .add(Ticket::watchers, Set.of("b")).put(Ticket::votes, "+1", 2).execute();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"status\" = ?, \"comments\" = \"comments\" + ?, \"watchers\" = "
        + "\"watchers\" + ?, \"votes\"[?] = ? WHERE \"id\" = ?", onlyCql());
    assertEquals(List.of("x", List.of("c"), Set.of("b"), "+1", 2, ID), driver.onlyExecution().valueList());
  }

  @Test
  void updateWithPrependSetAtRemoveAndRemoveKeys() {
    tickets.update(ID).prepend(Ticket::comments, List.of("u")).setAt(Ticket::comments, 1, "e")
        .remove(Ticket::watchers, Set.of("a")).removeKeys(Ticket::votes, Set.of("+1")).execute();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"comments\" = ? + \"comments\", \"comments\"[?] = ?, \"watchers\" = "
        + "\"watchers\" - ?, \"votes\" = \"votes\" - ? WHERE \"id\" = ?", onlyCql());
  }

  @Test
  void updateIfConditionBindsTheConditionAfterTheKey() {
    tickets.update(ID).set(Ticket::revision, 2).onlyIf(Ticket::revision).eq(1).execute();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"revision\" = ? WHERE \"id\" = ? IF \"revision\" = ?", onlyCql());
    assertEquals(List.of(2, ID, 1), driver.onlyExecution().valueList());
  }

  @Test
  void updatesOfShapesThatTakeTurnsEachRunTheirOwnStatement() {
    for (int round = 0; round < 3; round++) {
      tickets.update(ID).set(Ticket::status, "s" + round).execute();
      tickets.update(ID).set(Ticket::revision, round).execute();
      tickets.update(ID).set(Ticket::revision, round).options(WriteOptions.defaults().withTtl(Duration.ofMinutes(1))).execute();
      tickets.update(ID).set(Ticket::revision, round).ifExists().execute();
    }
    List<String> expected = List.of(
        "UPDATE \"ks\".\"ticket\" SET \"status\" = ? WHERE \"id\" = ?",
        "UPDATE \"ks\".\"ticket\" SET \"revision\" = ? WHERE \"id\" = ?",
        "UPDATE \"ks\".\"ticket\" USING TTL ? SET \"revision\" = ? WHERE \"id\" = ?",
        "UPDATE \"ks\".\"ticket\" SET \"revision\" = ? WHERE \"id\" = ? IF EXISTS");
    List<FakeDriver.Execution> runs = driver.executions();
    assertEquals(12, runs.size());
    for (int i = 0; i < runs.size(); i++) {
      assertEquals(expected.get(i % 4), runs.get(i).cql(), "execution " + i);
    }
    assertEquals(List.of(2, ID), runs.get(9).valueList());
  }

  @Test
  void updateIfExists() {
    tickets.update(ID).set(Ticket::status, "x").ifExists().execute();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"status\" = ? WHERE \"id\" = ? IF EXISTS", onlyCql());
  }

  @Test
  void counterIncrementAddsToTheColumn() {
    mapper.table(PageViews.class).update("p", "d").increment(PageViews::views, 3).execute();
    assertEquals("UPDATE \"ks\".\"page_views\" SET \"views\" = \"views\" + ? WHERE \"page\" = ? AND \"day\" = ?",
        onlyCql());
    assertEquals(List.of(3L, "p", "d"), driver.onlyExecution().valueList());
  }

  @Test
  void deleteOfColumnsElementsAndEntries() {
    tickets.deleteFrom(ID).column(Ticket::status).element(Ticket::comments, 0).entry(Ticket::votes, "+1").execute();
    assertEquals("DELETE \"status\", \"comments\"[?], \"votes\"[?] FROM \"ks\".\"ticket\" WHERE \"id\" = ?",
        onlyCql());
    assertEquals(List.of(0, "+1", ID), driver.onlyExecution().valueList());
  }

  @Test
  void conditionalDeleteOfTheWholeRow() {
    tickets.deleteFrom(ID).onlyIf(Ticket::revision).eq(1).execute();
    assertEquals("DELETE FROM \"ks\".\"ticket\" WHERE \"id\" = ? IF \"revision\" = ?", onlyCql());
  }

  @Test
  void rangeDeleteFromAQueryOnThePartition() {
    orders.query().where(Order::customer).eq("a").where(Order::day).lt(LocalDate.EPOCH).delete();
    assertEquals("DELETE FROM \"ks\".\"order\" WHERE \"customer\" = ? AND \"day\" < ?", onlyCql());
  }

  @Test
  void batchSendsEachWriteAsAMember() {
    mapper.batch(BatchType.LOGGED).save(ticket("a")).delete(ticket("a")).execute();
    assertTrue(driver.executions().isEmpty());
    FakeDriver.BatchExecution batch = driver.batches().get(0);
    assertEquals(BatchType.LOGGED, batch.type());
    assertEquals(List.of("INSERT INTO \"ks\".\"ticket\" " + TICKET_COLUMNS + " VALUES (?,?,?,?,?,?,?)",
        "DELETE FROM \"ks\".\"ticket\" WHERE \"id\" = ?"), batch.statements().stream().map(FakeDriver.Execution::cql)
        .toList());
    assertTrue(batch.idempotent());
  }

  @Test
  void rawStatementIsSentAsWrittenWithItsValuesTypes() {
    mapper.cql("SELECT * FROM ks.ticket WHERE id = ?", ID).maps();
    assertEquals("SELECT * FROM ks.ticket WHERE id = ?", onlyCql());
    assertEquals(List.of(java.util.UUID.class), driver.onlyExecution().spec().variableTypes());
  }

  @Test
  void syncDryRunOfAMissingTableRendersCreateTableAndSendsNothing() {
    SyncResult result = tickets.syncDryRun();
    assertEquals(List.of("CREATE TABLE \"ks\".\"ticket\" (\"id\" uuid, \"status\" text, \"revision\" "
        + "int, \"comments\" list<text>, \"watchers\" set<text>, \"votes\" map<text, int>, \"history\" "
        + "frozen<list<text>>, PRIMARY KEY (\"id\"))"), result.statements());
    assertFalse(result.executed());
    assertTrue(driver.nothingSent());
  }

  @Test
  void syncDryRunRendersClusteringOrderAndIndexes() {
    SyncResult result = orders.syncDryRun();
    assertEquals(List.of("CREATE TABLE \"ks\".\"order\" (\"customer\" text, \"day\" date, \"number\" "
        + "int, \"status\" text, \"total\" double, PRIMARY KEY (\"customer\", \"day\", \"number\")) WITH CLUSTERING "
        + "ORDER BY (\"day\" DESC, \"number\" ASC)",
        "CREATE INDEX IF NOT EXISTS \"order_status_idx\" ON \"ks\".\"order\" (\"status\")"), result.statements());
    assertTrue(driver.nothingSent());
  }

  @Test
  void syncDryRunOfAnExistingTableAddsOnlyTheMissingColumn() {
    driver.withTable(new dev.coodie4j.spi.TableSchema("ks", "ticket", List.of(
        col("id", "uuid", "partition_key", 0), col("status", "text", "regular", -1),
        col("revision", "int", "regular", -1), col("comments", "list<text>", "regular", -1),
        col("watchers", "set<text>", "regular", -1), col("votes", "map<text, int>", "regular", -1)), List.of()));
    assertEquals(List.of("ALTER TABLE \"ks\".\"ticket\" ADD \"history\" frozen<list<text>>"),
        tickets.syncDryRun().statements());
    assertTrue(driver.nothingSent());
  }

  private static dev.coodie4j.spi.TableSchema.LiveColumn col(String name, String type, String kind, int position) {
    return new dev.coodie4j.spi.TableSchema.LiveColumn(name, type, kind, position, false);
  }

  @Test
  void pagingStateIsPassedBackForTheNextPage() {
    driver.thenReturn(new FakeDriver.Page(List.of(Row.of("customer", "a", "day", LocalDate.EPOCH, "number", 1,
        "status", "s", "total", 1.0)), true, new byte[] {1, 2, 3}, true));
    dev.coodie4j.query.Page<Order> first = orders.query().page(1);
    assertEquals(1, first.items().size());
    String token = first.pagingState().orElseThrow();
    orders.query().page(1, token);
    assertEquals(2, driver.executions().size());
    assertEquals(List.of(1, 2, 3), toList(driver.executions().get(1).options().pagingState()));
  }

  private static List<Integer> toList(byte[] bytes) {
    java.util.List<Integer> list = new java.util.ArrayList<>();
    for (byte b : bytes) {
      list.add((int) b);
    }
    return list;
  }
}
