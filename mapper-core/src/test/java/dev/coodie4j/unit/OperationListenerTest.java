package dev.coodie4j.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.observe.OperationEvent;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.observe.OperationOutcome;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.unit.Fixtures.Ticket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What listeners are told, without a server: kinds, shapes, outcomes, and that a throwing listener breaks nothing. */
class OperationListenerTest {
  @Test
  void listenersHearEachStatementWithItsKindAndShapeAndAThrowingOneBreaksNothing() {
    List<OperationEvent> events = new CopyOnWriteArrayList<>();
    FakeDriver driver = new FakeDriver();
    EntityTable<Ticket> tickets = Mapper.builder(driver)
        .listener(event -> {
          throw new IllegalStateException("the listener's own bug");
        })
        .listener(events::add)
        .build().table(Ticket.class);
    tickets.save(Fixtures.ticket("open"));
    tickets.save(Fixtures.ticket("closed"));
    driver.thenReturn(FakeDriver.Page.notApplied(FakeDriver.Row.of("[applied]", false, "id", Fixtures.ID)));
    assertEquals(false, tickets.insertIfNotExists(Fixtures.ticket("new")).applied());
    tickets.delete(Fixtures.ticket("x"));

    assertEquals(List.of(OperationKind.INSERT, OperationKind.INSERT, OperationKind.INSERT, OperationKind.DELETE),
        events.stream().map(OperationEvent::kind).toList());
    assertEquals(events.get(0).shape(), events.get(1).shape());
    assertTrue(events.get(0).shape() != events.get(2).shape(), "IF NOT EXISTS is another shape");
    assertEquals(List.of(OperationOutcome.SUCCESS, OperationOutcome.SUCCESS, OperationOutcome.NOT_APPLIED,
        OperationOutcome.SUCCESS), events.stream().map(OperationEvent::outcome).toList());
    assertTrue(events.stream().allMatch(e -> e.table().equals("ticket") && e.latencyNanos() >= 0
        && e.failure() == null), events.toString());
  }

  @Test
  void statementKindsAreReadFromTheFirstKeyword() {
    assertEquals(OperationKind.SELECT, OperationKind.of("  select * from t"));
    assertEquals(OperationKind.UPDATE, OperationKind.of("UPDATE t SET a = ?"));
    assertEquals(OperationKind.BATCH, OperationKind.of("BEGIN BATCH"));
    assertEquals(OperationKind.OTHER, OperationKind.of("TRUNCATE t"));
  }
}
