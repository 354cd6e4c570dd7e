package dev.coodie4j.unit;

import static dev.coodie4j.unit.Fixtures.ID;
import static dev.coodie4j.unit.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testing.FakeDriver.Page;
import dev.coodie4j.testing.FakeDriver.Row;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.unit.Fixtures.PageViews;
import dev.coodie4j.unit.Fixtures.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binding order, unset versus null, idempotence flags, conditional results and change detection. */
class WriteSemanticsTest {
  private final FakeDriver driver = new FakeDriver();
  private final Mapper mapper = Mapper.builder(driver).build();
  private final EntityTable<Ticket> tickets = mapper.table(Ticket.class);

  @AfterEach
  void everythingBoundFitsTheSpec() {
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void nullPropertiesAndEmptyCollectionsAreLeftUnsetByDefault() {
    tickets.save(new Ticket(ID, null, 3, List.of(), null, Map.of(), List.of()));
    FakeDriver.Execution run = driver.onlyExecution();
    assertEquals(ID, run.value(0));
    assertTrue(run.isUnset(1), "null status");
    assertEquals(3, run.value(2));
    assertTrue(run.isUnset(3), "empty list");
    assertTrue(run.isUnset(4), "null set");
    assertTrue(run.isUnset(5), "empty map");
  }

  @Test
  void primitivesAreBoundWithoutBoxingThroughTheirSetter() {
    tickets.save(ticket("x"));
    assertEquals(new FakeDriver.Bound.Value(1, "setInt"), driver.onlyExecution().values().get(2));
  }

  @Test
  void writingNullsPerCallBindsNullsInsteadOfUnset() {
    tickets.save(new Ticket(ID, null, 3, null, null, null, null), WriteOptions.writingNulls());
    FakeDriver.Execution run = driver.onlyExecution();
    assertTrue(run.isNull(1));
    assertTrue(run.isNull(3));
  }

  @Test
  void aNullWritingMapperIsOverriddenBySkippingNulls() {
    FakeDriver nulls = new FakeDriver();
    EntityTable<Ticket> table = Mapper.builder(nulls).writeNulls(true).build().table(Ticket.class);
    table.save(ticket(null));
    assertTrue(nulls.lastExecution().isNull(1));
    table.save(ticket(null), WriteOptions.skippingNulls());
    assertTrue(nulls.lastExecution().isUnset(1));
    assertEquals(List.of(), nulls.violations());
  }

  @Test
  void nullValuesDoNotChangeTheStatementShape() {
    tickets.save(ticket("a"));
    tickets.save(ticket(null));
    assertEquals(1, driver.prepared().size());
    assertEquals(1, mapper.preparedStatementCount());
  }

  @Test
  void setToNullDeletesTheColumn() {
    tickets.update(ID).set(Ticket::status, null).execute();
    assertTrue(driver.onlyExecution().isNull(0));
  }

  @Test
  void saveGetAndDeleteAreIdempotent() {
    tickets.save(ticket("a"));
    tickets.get(ID);
    tickets.deleteByKey(ID);
    assertTrue(driver.executions().stream().allMatch(e -> e.spec().idempotent()));
  }

  @Test
  void conditionalWritesAreNotIdempotent() {
    tickets.insertIfNotExists(ticket("a"));
    tickets.deleteIfExists(ID);
    tickets.update(ID).set(Ticket::status, "b").ifExists().execute();
    tickets.update(ID).set(Ticket::status, "b").onlyIf(Ticket::revision).eq(1).execute();
    assertEquals(4, driver.executions().size());
    assertTrue(driver.executions().stream().noneMatch(e -> e.spec().idempotent()));
  }

  @Test
  void listAppendAndPrependAreNotIdempotentButOtherCollectionOpsAre() {
    tickets.update(ID).append(Ticket::comments, List.of("a")).execute();
    tickets.update(ID).prepend(Ticket::comments, List.of("a")).execute();
    tickets.update(ID).add(Ticket::watchers, Set.of("a")).execute();
    tickets.update(ID).remove(Ticket::comments, List.of("a")).execute();
    tickets.update(ID).putAll(Ticket::votes, Map.of("a", 1)).execute();
    tickets.update(ID).setAt(Ticket::comments, 0, "a").execute();
    List<Boolean> idempotent = driver.executions().stream().map(e -> e.spec().idempotent()).toList();
    assertEquals(List.of(false, false, true, true, true, true), idempotent);
  }

  @Test
  void counterUpdatesAreNotIdempotent() {
    mapper.table(PageViews.class).update("p", "d").increment(PageViews::views, 1).execute();
    assertFalse(driver.onlyExecution().spec().idempotent());
  }

  @Test
  void rawStatementsAreNotIdempotentUnlessSaid() {
    mapper.cql("UPDATE ks.t SET a = ? WHERE k = ?", 1, "k").execute();
    mapper.cql("UPDATE ks.t SET a = ? WHERE k = ?", 1, "k").idempotent(true).execute();
    assertEquals(List.of(false, true), driver.executions().stream().map(e -> e.spec().idempotent()).toList());
  }

  @Test
  void aFailedConditionReturnsTheCurrentValues() {
    driver.thenReturn(Page.notApplied(Row.of("[applied]", false, "revision", 2)));
    LwtResult<Ticket> result = tickets.update(ID).set(Ticket::revision, 3).onlyIf(Ticket::revision).eq(1).execute();
    assertFalse(result.applied());
    assertEquals(2, result.current().orElseThrow().revision());
  }

  @Test
  void anUnconditionalUpdateIsAlwaysApplied() {
    assertTrue(tickets.update(ID).set(Ticket::status, "x").execute().applied());
  }

  @Test
  void getMapsTheRowInSelectOrder() {
    driver.thenReturnRows(Row.of("id", ID, "status", "open", "revision", 4, "comments", List.of("c"),
        "watchers", Set.of(), "votes", Map.of(), "history", null));
    Ticket loaded = tickets.get(ID).orElseThrow();
    assertEquals("open", loaded.status());
    assertEquals(4, loaded.revision());
    assertEquals(List.of("c"), loaded.comments());
    assertEquals(List.of(), loaded.history(), "a missing collection reads back empty");
  }

  @Test
  void saveChangesAppendsToAListThatGrewAtTheEnd() {
    Ticket before = new Ticket(ID, "open", 1, List.of("a"), Set.of(), Map.of(), List.of());
    Ticket after = new Ticket(ID, "resolved", 1, List.of("a", "b"), Set.of(), Map.of(), List.of());
    assertTrue(tickets.saveChanges(before, after));
    FakeDriver.Execution run = driver.onlyExecution();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"status\" = ?, \"comments\" = \"comments\" + ? WHERE \"id\" = ?",
        run.cql());
    assertEquals(List.of("resolved", List.of("b"), ID), run.valueList());
  }

  @Test
  void saveChangesPrependsToAListThatGrewAtTheStart() {
    Ticket before = new Ticket(ID, "open", 1, List.of("b"), Set.of(), Map.of(), List.of());
    Ticket after = new Ticket(ID, "open", 1, List.of("a", "b"), Set.of(), Map.of(), List.of());
    tickets.saveChanges(before, after);
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"comments\" = ? + \"comments\" WHERE \"id\" = ?",
        driver.onlyExecution().cql());
  }

  @Test
  void saveChangesAddsAndRemovesSetElementsAndMapEntries() {
    Ticket before = new Ticket(ID, "o", 1, List.of(), Set.of("a"), Map.of("x", 1, "y", 2), List.of());
    Ticket after = new Ticket(ID, "o", 1, List.of(), new HashSet<>(Set.of("a", "b")), new HashMap<>(Map.of("x", 1)),
        List.of());
    tickets.saveChanges(before, after);
    FakeDriver.Execution run = driver.onlyExecution();
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"watchers\" = \"watchers\" + ?, \"votes\" = \"votes\" - ? WHERE "
        + "\"id\" = ?", run.cql());
    assertEquals(List.of(Set.of("b"), Set.of("y"), ID), run.valueList());
  }

  @Test
  void saveChangesSetsAReorderedListWhole() {
    Ticket before = new Ticket(ID, "o", 1, List.of("a", "b"), Set.of(), Map.of(), List.of());
    Ticket after = new Ticket(ID, "o", 1, new ArrayList<>(List.of("b", "a")), Set.of(), Map.of(), List.of());
    tickets.saveChanges(before, after);
    assertEquals("UPDATE \"ks\".\"ticket\" SET \"comments\" = ? WHERE \"id\" = ?", driver.onlyExecution().cql());
  }

  @Test
  void saveChangesOfAnUnchangedEntitySendsNothing() {
    Ticket same = new Ticket(ID, "o", 1, List.of("a"), Set.of(), Map.of(), List.of());
    assertFalse(tickets.saveChanges(same, new Ticket(ID, "o", 1, new ArrayList<>(List.of("a")), Set.of(), Map.of(),
        List.of())));
    assertTrue(driver.nothingSent());
  }

  @Test
  void aBatchOfConditionalInsertsIsNotIdempotentAndReportsTheRowsInTheWay() {
    driver.thenReturn(Page.notApplied(Row.of("[applied]", false, "id", ID, "status", "taken")));
    var result = mapper.batch(BatchType.UNLOGGED).insertIfNotExists(ticket("a")).execute();
    assertFalse(result.applied());
    assertEquals(List.of(new Ticket(ID, "taken", 0, List.of(), Set.of(), Map.of(), List.of())), result.current());
    assertFalse(driver.batches().get(0).idempotent());
  }

  @Test
  void aBatchTimestampGoesToTheDriverNotIntoTheCql() {
    mapper.batch(BatchType.LOGGED).save(ticket("a"))
        .options(WriteOptions.defaults().withTimestampMicros(42)).execute();
    FakeDriver.BatchExecution batch = driver.batches().get(0);
    assertEquals(42L, batch.timestampMicros());
    assertFalse(batch.statements().get(0).cql().contains("TIMESTAMP"));
  }

  @Test
  void counterBatchesHoldCounterUpdates() {
    mapper.batch(BatchType.COUNTER).update(mapper.table(PageViews.class).update("p", "d")
        .increment(PageViews::views, 2)).execute();
    assertEquals(BatchType.COUNTER, driver.batches().get(0).type());
    assertFalse(driver.batches().get(0).idempotent());
  }
}
