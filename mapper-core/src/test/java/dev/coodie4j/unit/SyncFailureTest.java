package dev.coodie4j.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaSyncException;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.spi.TableSchema;
import dev.coodie4j.spi.TableSchema.LiveColumn;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.unit.Fixtures.Order;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sync whose statement fails: it says what ran, or goes on when the live schema already has the change. */
class SyncFailureTest {
  private static final String CREATE_INDEX =
      "CREATE INDEX IF NOT EXISTS \"order_status_idx\" ON \"ks\".\"order\" (\"status\")";
  private static final String ADD_STATUS = "ALTER TABLE \"ks\".\"order\" ADD \"status\" text";
  private static final String ADD_TOTAL = "ALTER TABLE \"ks\".\"order\" ADD \"total\" double";

  private final FakeDriver driver = new FakeDriver();
  private final EntityTable<Order> orders = Mapper.builder(driver).build().table(Order.class);

  @Test
  void aFailedStatementNamesTheStatementsThatRanBeforeItAndTheOnesNotRun() {
    driver.withTable(order(List.of(), false, false));
    CoodieException refused = new CoodieException("Invalid column name status (the server's refusal)");
    driver.failSchemaChange(ADD_STATUS, refused, () -> {});
    SchemaSyncException failure = assertThrows(SchemaSyncException.class, orders::sync);
    assertEquals(Order.class, failure.entityClass());
    assertEquals("\"ks\".\"order\"", failure.table());
    assertEquals(List.of(), failure.applied());
    assertEquals(ADD_STATUS, failure.failed());
    assertEquals(List.of(ADD_TOTAL, CREATE_INDEX), failure.notRun());
    assertSame(refused, failure.getCause());
    assertTrue(failure.getMessage().contains("Ran before it: nothing") && failure.getMessage().contains(ADD_TOTAL),
        failure.getMessage());
    assertEquals(List.of(), driver.schemaChanges());
  }

  @Test
  void aFailureAfterSomeStatementsListsThemAsApplied() {
    driver.withTable(order(List.of(), false, false));
    driver.failSchemaChange(CREATE_INDEX, new CoodieException("timed out"), () -> {});
    SchemaSyncException failure = assertThrows(SchemaSyncException.class, orders::sync);
    assertEquals(List.of(ADD_STATUS, ADD_TOTAL), failure.applied());
    assertEquals(CREATE_INDEX, failure.failed());
    assertEquals(List.of(), failure.notRun());
  }

  @Test
  void aStatementThatFailsBecauseAnotherSyncMadeTheChangeMeanwhileIsPassedOver() {
    driver.withTable(order(List.of(), false, false));
    // another instance adds "status" between this sync's read and its ALTER, which the server then refuses
    driver.failSchemaChange(ADD_STATUS, new CoodieException("Column with name 'status' already exists"),
        () -> driver.withTable(order(List.of(), true, false)));
    SyncResult result = orders.sync();
    assertEquals(List.of(ADD_TOTAL, CREATE_INDEX), result.statements());
    assertEquals(List.of(ADD_TOTAL, CREATE_INDEX), driver.schemaChanges());
  }

  /** The live "order" table: key columns, and optionally "status" and "total". */
  private static TableSchema order(List<String> indexes, boolean status, boolean total) {
    List<LiveColumn> columns = new java.util.ArrayList<>(List.of(
        new LiveColumn("customer", "text", "partition_key", 0, false),
        new LiveColumn("day", "date", "clustering", 0, true),
        new LiveColumn("number", "int", "clustering", 1, false)));
    if (status) {
      columns.add(new LiveColumn("status", "text", "regular", -1, false));
    }
    if (total) {
      columns.add(new LiveColumn("total", "double", "regular", -1, false));
    }
    return new TableSchema("ks", "order", columns, indexes, Map.of());
  }
}
