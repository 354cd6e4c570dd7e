package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/collections.md, docs/updates.md and docs/counters.md. */
@CassandraTest
class UpdatesExamplesIT {
  // tag::entity[]
  @Table
  public record Ticket(
      @PartitionKey UUID id,
      String status,
      int revision,
      List<String> comments,              // list<text>
      Set<String> watchers,               // set<text>
      Map<String, Integer> votes,         // map<text, int>
      @Frozen List<String> history,       // frozen<list<text>>: one value, never changed in place
      List<Set<String>> reviews) {}       // list<frozen<set<text>>>: nested collections are frozen
  // end::entity[]

  // tag::counter[]
  @Table
  public record PageViews(
      @PartitionKey String page,
      @ClusteringKey String day,
      @ColumnType(ScalarType.COUNTER) long views,
      @ColumnType(ScalarType.COUNTER) long visitors) {}
  // end::counter[]

  private static Ticket newTicket(EntityTable<Ticket> tickets) {
    Ticket ticket = new Ticket(UUID.randomUUID(), "open", 1, List.of("created"), Set.of("ada"), Map.of("+1", 1),
        List.of(), List.of());
    tickets.save(ticket);
    return ticket;
  }

  @Test
  void updates(Mapper mapper) {
    EntityTable<Ticket> tickets = mapper.table(Ticket.class);
    tickets.sync();
    UUID id = newTicket(tickets).id();
    // tag::update[]
    tickets.update(id)
        .set(Ticket::status, "in progress")            // "status" = ?
        .append(Ticket::comments, List.of("on it"))    // "comments" = "comments" + ?   (not idempotent)
        .add(Ticket::watchers, Set.of("bob"))          // "watchers" = "watchers" + ?
        .put(Ticket::votes, "+1", 2)                   // "votes"[?] = ?
        .execute();
    tickets.update(id)
        .prepend(Ticket::comments, List.of("urgent"))  // "comments" = ? + "comments"
        .setAt(Ticket::comments, 1, "created (edited)")
        .remove(Ticket::watchers, Set.of("ada"))
        .removeKeys(Ticket::votes, Set.of("+1"))
        .execute();
    // end::update[]
    Ticket loaded = tickets.get(id).orElseThrow();
    assertEquals(List.of("urgent", "created (edited)", "on it"), loaded.comments());
    assertEquals(Set.of("bob"), loaded.watchers());
    assertEquals(Map.of(), loaded.votes());

    // tag::conditional[]
    LwtResult<Ticket> moved = tickets.update(id)
        .set(Ticket::status, "closed")
        .set(Ticket::revision, 2)
        .onlyIf(Ticket::revision).eq(1)                // IF "revision" = ?: optimistic locking
        .execute();
    LwtResult<Ticket> again = tickets.update(id).set(Ticket::revision, 3).onlyIf(Ticket::revision).eq(1).execute();
    int seen = again.current().orElseThrow().revision();  // 2: the value that made it fail
    LwtResult<Ticket> ghost = tickets.update(UUID.randomUUID()).set(Ticket::status, "x").ifExists().execute();
    // end::conditional[]
    assertTrue(moved.applied());
    assertFalse(again.applied());
    assertEquals(2, seen);
    assertFalse(ghost.applied());
  }

  @Test
  void deletes(Mapper mapper) {
    EntityTable<Ticket> tickets = mapper.table(Ticket.class);
    tickets.sync();
    UUID id = newTicket(tickets).id();
    // tag::delete[]
    tickets.deleteFrom(id)
        .column(Ticket::status)                        // DELETE "status", "comments"[?], "votes"[?] FROM ...
        .element(Ticket::comments, 0)
        .entry(Ticket::votes, "+1")
        .execute();
    LwtResult<Ticket> closed = tickets.deleteFrom(id).onlyIf(Ticket::revision).eq(1).execute(); // the whole row
    // end::delete[]
    assertTrue(closed.applied());
    assertEquals(java.util.Optional.empty(), tickets.get(id));
  }

  @Test
  void bulk(Mapper mapper) {
    EntityTable<Ticket> tickets = mapper.table(Ticket.class);
    tickets.sync();
    List<UUID> ids = List.of(newTicket(tickets).id(), newTicket(tickets).id());
    // tag::bulk[]
    tickets.query().where(Ticket::id).in(ids).update().set(Ticket::status, "archived").execute();
    tickets.query().where(Ticket::id).in(ids).delete();
    // end::bulk[]
    assertEquals(List.of(), tickets.query().where(Ticket::id).in(ids).list());
  }

  @Test
  void saveChanges(Mapper mapper) {
    EntityTable<Ticket> tickets = mapper.table(Ticket.class);
    tickets.sync();
    UUID id = newTicket(tickets).id();
    // tag::saveChanges[]
    Ticket loaded = tickets.get(id).orElseThrow();
    List<String> comments = new ArrayList<>(loaded.comments());
    comments.add("fixed in 1.2");
    Ticket changed = new Ticket(loaded.id(), "resolved", loaded.revision(), comments, loaded.watchers(),
        loaded.votes(), loaded.history(), loaded.reviews());
    tickets.saveChanges(loaded, changed);
    // UPDATE ... SET "status" = ?, "comments" = "comments" + ? WHERE "id" = ?
    boolean sent = tickets.saveChanges(changed, changed);   // false: nothing changed, nothing sent
    // end::saveChanges[]
    assertFalse(sent);
    assertEquals(changed, tickets.get(id).orElseThrow());
  }

  @Test
  void counters(Mapper mapper) {
    EntityTable<PageViews> views = mapper.table(PageViews.class);
    views.sync();
    // tag::increment[]
    views.update("/pricing", "2026-11-24").increment(PageViews::views, 1).increment(PageViews::visitors, 1).execute();
    views.update("/pricing", "2026-11-24").increment(PageViews::views, 4).execute();
    PageViews today = views.get("/pricing", "2026-11-24").orElseThrow();   // views 5, visitors 1
    // end::increment[]
    assertEquals(new PageViews("/pricing", "2026-11-24", 5, 1), today);
  }
}
