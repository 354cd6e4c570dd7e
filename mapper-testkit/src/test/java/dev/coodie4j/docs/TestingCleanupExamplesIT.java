package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.Cleanup;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

// tag::cleanup[]
@CassandraTest(cleanup = Cleanup.TRUNCATE_AFTER_EACH)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestingCleanupExamplesIT {
  @Table
  record Note(@PartitionKey String id, String body) {}

  @BeforeAll
  static void schema(Mapper mapper) {
    mapper.table(Note.class).sync();  // tables stay; only their rows go
  }

  @Test
  @Order(1)
  void writesANote(Mapper mapper) {
    EntityTable<Note> notes = mapper.table(Note.class);
    notes.save(new Note("n1", "left behind"));
    assertEquals(Optional.of(new Note("n1", "left behind")), notes.get("n1"));
  }

  @Test
  @Order(2)
  void startsFromAnEmptyTable(Mapper mapper) {
    assertTrue(mapper.table(Note.class).get("n1").isEmpty());
  }
}
// end::cleanup[]
