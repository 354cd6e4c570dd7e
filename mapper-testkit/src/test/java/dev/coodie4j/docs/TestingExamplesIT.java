package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// tag::test[]
@CassandraTest
class TestingExamplesIT {
  @Table
  record Note(@PartitionKey String id, String body) {}

  @Test
  void savesAndReadsANote(Mapper mapper, TestKeyspace keyspace) {  // mapper's keyspace is this class's keyspace
    EntityTable<Note> notes = mapper.table(Note.class);
    notes.sync();
    notes.save(new Note("n1", "hello from " + keyspace.name()));
    assertEquals(Optional.of(new Note("n1", "hello from " + keyspace.name())), notes.get("n1"));
  }
}
// end::test[]
