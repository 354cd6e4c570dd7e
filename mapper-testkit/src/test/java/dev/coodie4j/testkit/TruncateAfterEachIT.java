package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.datastax.oss.driver.api.core.CqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Each test starts from empty tables, counters and a materialized view included; the schema stays. */
@CassandraTest(cleanup = Cleanup.TRUNCATE_AFTER_EACH)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TruncateAfterEachIT {

  @BeforeAll
  static void schema(CqlSession session, TestKeyspace keyspace) {
    String ks = keyspace.name();
    session.execute("CREATE TABLE " + ks + ".person (id int PRIMARY KEY, city text)");
    session.execute("CREATE TABLE " + ks + ".hits (page text PRIMARY KEY, count counter)");
    session.execute("CREATE MATERIALIZED VIEW " + ks + ".person_by_city AS SELECT id, city FROM " + ks + ".person"
        + " WHERE city IS NOT NULL AND id IS NOT NULL PRIMARY KEY (city, id)");
  }

  @Test
  @Order(1)
  void firstTestWritesRowsAndCounters(CqlSession session, TestKeyspace keyspace) {
    String ks = keyspace.name();
    session.execute("INSERT INTO " + ks + ".person (id, city) VALUES (1, 'Oslo')");
    session.execute("UPDATE " + ks + ".hits SET count = count + 5 WHERE page = 'home'");
    assertEquals(5L, session.execute("SELECT count FROM " + ks + ".hits WHERE page = 'home'").one().getLong(0));
  }

  @Test
  @Order(2)
  void nextTestSeesEmptyTablesAndCountersFromZero(CqlSession session, TestKeyspace keyspace) {
    String ks = keyspace.name();
    assertNull(session.execute("SELECT id FROM " + ks + ".person").one());
    assertNull(session.execute("SELECT id FROM " + ks + ".person_by_city WHERE city = 'Oslo'").one());
    assertNull(session.execute("SELECT count FROM " + ks + ".hits WHERE page = 'home'").one());
    session.execute("UPDATE " + ks + ".hits SET count = count + 1 WHERE page = 'home'");
    assertEquals(1L, session.execute("SELECT count FROM " + ks + ".hits WHERE page = 'home'").one().getLong(0));
  }

  @Test
  @Order(3)
  void theSchemaSurvives(CqlSession session, TestKeyspace keyspace) {
    assertEquals(0L, session.execute("SELECT count(*) FROM " + keyspace.name() + ".hits").one().getLong(0));
  }
}
