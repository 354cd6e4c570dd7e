package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of docs/write-options.md. */
@CassandraTest
class WriteOptionsExamplesIT {
  @Table
  public record Session(@PartitionKey String token, String user) {}

  @Test
  void options(Mapper mapper) {
    EntityTable<Session> sessions = mapper.table(Session.class);
    sessions.sync();
    Session session = new Session("t-1", "ada");
    // tag::options[]
    WriteOptions shortLived = WriteOptions.defaults()
        .withTtl(Duration.ofMinutes(30))              // USING TTL ?
        .withConsistency(Consistency.LOCAL_QUORUM)
        .withTimeout(Duration.ofSeconds(2));
    sessions.save(session, shortLived);

    WriteOptions replayed = WriteOptions.defaults()
        .withTimestamp(Instant.parse("2026-01-01T00:00:00Z")); // USING TIMESTAMP ?: older writes lose
    sessions.deleteFrom("t-1").options(replayed).execute(); // older than the save: the row stays
    // end::options[]
    assertEquals(Optional.of(session), sessions.get("t-1"));
  }
}
