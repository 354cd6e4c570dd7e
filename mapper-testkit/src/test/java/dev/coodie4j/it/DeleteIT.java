package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deletes of chosen columns, list elements and map entries, with conditions; sorted collection variants. */
@CassandraTest
class DeleteIT {
  @Table
  record Note(@PartitionKey UUID id, String title, String body, List<String> lines, Map<String, Integer> marks,
      SortedSet<String> words, SortedMap<Integer, String> pages) {}

  private static EntityTable<Note> notes;
  private static Mapper mapper;

  @BeforeAll
  static void sync(Mapper classMapper) {
    mapper = classMapper;
    notes = mapper.table(Note.class);
    notes.sync();
  }

  private static Note stored() {
    Note note = new Note(UUID.randomUUID(), "t", "b", List.of("a", "b", "c"), Map.of("x", 1, "y", 2),
        new TreeSet<>(List.of("pear", "apple")), new TreeMap<>(Map.of(2, "two", 1, "one")));
    notes.save(note);
    return note;
  }

  @Test
  void sortedCollectionsReadBackSorted() {
    Note note = stored();
    Note loaded = notes.get(note.id()).orElseThrow();
    assertEquals(List.of("apple", "pear"), List.copyOf(loaded.words()));
    assertTrue(loaded.words() instanceof SortedSet);
    assertEquals(List.of(1, 2), List.copyOf(loaded.pages().keySet()));
    notes.update(note.id()).add(Note::words, new TreeSet<>(List.of("fig"))).execute();
    assertEquals(List.of("apple", "fig", "pear"), List.copyOf(notes.get(note.id()).orElseThrow().words()));
  }

  @Test
  void deleteColumnsElementsAndEntries() {
    Note note = stored();
    notes.deleteFrom(note.id()).column(Note::body).element(Note::lines, 1).entry(Note::marks, "x").execute();
    Note loaded = notes.get(note.id()).orElseThrow();
    assertEquals(null, loaded.body());
    assertEquals("t", loaded.title());
    assertEquals(List.of("a", "c"), loaded.lines());
    assertEquals(Map.of("y", 2), loaded.marks());
    notes.deleteFrom(note.id()).execute();
    assertEquals(Optional.empty(), notes.get(note.id()));
  }

  @Test
  void conditionalDeletes() {
    Note note = stored();
    LwtResult<Note> wrong = notes.deleteFrom(note.id()).onlyIf(Note::title).eq("other").execute();
    assertFalse(wrong.applied());
    assertEquals("t", wrong.current().orElseThrow().title());
    assertTrue(notes.deleteFrom(note.id()).column(Note::body).onlyIf(Note::title).eq("t").execute().applied());
    assertTrue(notes.deleteFrom(note.id()).ifExists().executeAsync().toCompletableFuture().join().applied());
    assertFalse(notes.deleteFrom(note.id()).ifExists().execute().applied());
  }

  @Test
  void deletesInABatchAndBadDeletes() {
    Note note = stored();
    mapper.batch(BatchType.LOGGED).delete(notes.deleteFrom(note.id()).column(Note::title)).execute();
    assertEquals(null, notes.get(note.id()).orElseThrow().title());
    assertMessage(() -> notes.deleteFrom(note.id()).column(Note::id), "a primary key column cannot be deleted alone");
    assertMessage(() -> notes.deleteFrom(note.id()).column(Note::title)
        .options(WriteOptions.defaults().withTtl(Duration.ofSeconds(3))).execute(), "a delete cannot have a TTL");
    assertMessage(() -> notes.deleteFrom(note.id()).element(Note::lines, -1).execute(), "");
  }

  private static void assertMessage(Runnable call, String fragment) {
    Exception e = assertThrows(Exception.class, call::run);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), e.toString());
    if (!fragment.isEmpty()) {
      assertTrue(e instanceof CoodieException, e.toString());
    }
  }
}
