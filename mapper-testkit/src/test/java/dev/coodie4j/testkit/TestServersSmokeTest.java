package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the shared server takes DDL and DML, including the features the mapper's tests rely on. */
class TestServersSmokeTest {

  private static final String KEYSPACE = "coodie4j_smoke";

  private static CqlSession session;
  private static boolean scylla;

  @BeforeAll
  static void createSchema() {
    CassandraServer server = TestServers.shared();
    session = server.newSession();
    scylla = session.getMetadata().getKeyspace("system").flatMap(ks -> ks.getTable("scylla_local")).isPresent();
    session.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
    // ScyllaDB keeps materialized views off tablet keyspaces, so the smoke keyspace uses vnodes there
    session.execute("CREATE KEYSPACE " + KEYSPACE
        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}"
        + (scylla ? " AND tablets = {'enabled': false}" : ""));
    session.execute("CREATE TABLE " + KEYSPACE + ".person (id int PRIMARY KEY, name text, city text)");
  }

  @AfterAll
  static void dropSchema() {
    if (session != null) {
      session.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
      session.close();
    }
  }

  @Test
  void sharedServerIsResolvedOnce() {
    assertSame(TestServers.shared(), TestServers.shared());
  }

  @Test
  void insertsAndSelectsARow() {
    try (CqlSession keyspaceSession = TestServers.shared().newSession(KEYSPACE)) {
      keyspaceSession.execute("INSERT INTO person (id, name, city) VALUES (?, ?, ?)", 1, "Ada", "London");
      Row row = keyspaceSession.execute("SELECT name, city FROM person WHERE id = ?", 1).one();
      assertNotNull(row);
      assertEquals("Ada", row.getString("name"));
      assertEquals("London", row.getString("city"));
    }
  }

  @Test
  void createsAMaterializedView() {
    session.execute("CREATE MATERIALIZED VIEW " + KEYSPACE + ".person_by_city AS SELECT id, name, city FROM "
        + KEYSPACE + ".person WHERE city IS NOT NULL AND id IS NOT NULL PRIMARY KEY (city, id)");
    assertEquals(true, session.getMetadata().getKeyspace(KEYSPACE)
        .flatMap(ks -> ks.getView("person_by_city")).isPresent());
  }

  @Test
  void createsAStorageAttachedIndex() {
    Assumptions.assumeFalse(scylla, "ScyllaDB has no storage-attached indexes");
    session.execute("CREATE INDEX person_name_sai ON " + KEYSPACE + ".person (name) USING 'sai'");
    session.execute("INSERT INTO " + KEYSPACE + ".person (id, name, city) VALUES (2, 'Grace', 'Arlington')");
    Row row = session.execute("SELECT id FROM " + KEYSPACE + ".person WHERE name = 'Grace'").one();
    assertNotNull(row);
    assertEquals(2, row.getInt("id"));
  }
}
