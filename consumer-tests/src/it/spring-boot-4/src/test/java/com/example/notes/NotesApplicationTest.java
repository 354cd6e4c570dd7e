package com.example.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityValidationException;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On Boot 4: the starter syncs the entity at startup, injects its table, validates, and times operations. */
@SpringBootTest
class NotesApplicationTest {
  @TestConfiguration
  static class Metrics {
    @Bean
    MeterRegistry registry() {
      return new SimpleMeterRegistry();
    }
  }

  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    CassandraServer server = TestServers.shared();
    try (CqlSession admin = server.newSession()) {
      admin.execute("CREATE KEYSPACE IF NOT EXISTS notes"
          + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }
    registry.add("spring.cassandra.contact-points", () -> server.contactPoints().stream()
        .map(point -> point.getHostString() + ":" + point.getPort()).toList());
    registry.add("spring.cassandra.local-datacenter", server::localDatacenter);
  }

  @Autowired
  EntityTable<Note> notes;

  @Autowired
  CqlSession session;

  @Autowired
  MeterRegistry registry;

  @Test
  void theStarterSyncsInjectsValidatesAndTimesOnBoot4() {
    assertEquals(1, session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'notes' AND "
        + "table_name = 'note'").all().size(), "sync created the table at startup");
    notes.save(new Note("ada", 1, "engines"));
    assertEquals(Optional.of(new Note("ada", 1, "engines")), notes.get("ada", 1));
    EntityValidationException invalid = assertThrows(EntityValidationException.class,
        () -> notes.save(new Note("ada", 2, " ")));
    assertTrue(invalid.getMessage().contains("text"), invalid.getMessage());

    long deadline = System.nanoTime() + 5_000_000_000L; // meters are updated just after the caller has its answer
    while (registry.find("coodie4j.operations").tag("table", "note").tag("kind", "select").timer() == null
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(1, registry.get("coodie4j.operations").tag("table", "note").tag("kind", "insert")
        .tag("outcome", "success").timer().count());
    assertTrue(registry.get("coodie4j.statement.cache.size").gauge().value() >= 2);
  }
}
