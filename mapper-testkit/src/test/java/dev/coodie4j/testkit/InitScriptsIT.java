package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

@CassandraTest(scripts = {"testkit/init.cql", "/testkit/more.cql"})
class InitScriptsIT {

  @Test
  void scriptsCreateTablesAndRowsInTheClassKeyspaceInOrder(CqlSession session, TestKeyspace keyspace) {
    Map<Integer, String> labels = new TreeMap<>();
    for (Row row : session.execute("SELECT id, label FROM " + keyspace.name() + ".item")) {
      labels.put(row.getInt("id"), row.getString("label"));
    }
    assertEquals(Map.of(1, "semi; colon", 2, "it's -- not a comment /* nor this */", 3, "in a batch;",
        4, "from the second script, run after the first"), labels);
    assertEquals("seven", session.execute("SELECT \"odd;column\" FROM " + keyspace.name() + ".\"MixedCase\" WHERE id = 7")
        .one().getString(0));
  }

  @Test
  void aFailingStatementFailsTheClassNamingScriptNumberAndStatement() {
    String message = classFailure(BadScript.class);
    assertTrue(message.contains("CQL script 'testkit/bad.cql'"), message);
    assertTrue(message.contains("statement 2 of 3 (line 3) failed"), message);
    assertTrue(message.contains("statement: INSERT INTO missing_table (id) VALUES (1)"), message);
    assertTrue(message.contains(BadScript.class.getName()), message);
  }

  @Test
  void aMissingScriptFailsTheClassSayingWhereToPutIt() {
    String message = classFailure(MissingScript.class);
    assertTrue(message.contains("CQL script 'testkit/nowhere.cql'"), message);
    assertTrue(message.contains("is not on the test classpath: put it under src/test/resources/testkit/nowhere.cql"),
        message);
  }

  /** Runs a class in its own engine and returns the message of the failure that stopped it. */
  static String classFailure(Class<?> testClass) {
    List<Event> failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .allEvents().failed().list();
    assertEquals(1, failures.size(), "expected the class to fail once, got " + failures);
    Event failure = failures.get(0);
    assertEquals(EventType.FINISHED, failure.getType());
    return failure.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow().getMessage();
  }

  /** Runs a class in its own engine and checks that everything in it passed. */
  static void classSucceeds(Class<?> testClass) {
    List<Event> failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .allEvents().failed().list();
    assertEquals(List.of(), failures);
  }

  @CassandraTest(scripts = "testkit/bad.cql")
  static class BadScript {
    @Test
    void neverRuns() {
      throw new AssertionError("the class should have failed before its first test");
    }
  }

  @CassandraTest(scripts = "testkit/nowhere.cql")
  static class MissingScript {
    @Test
    void neverRuns() {
      throw new AssertionError("the class should have failed before its first test");
    }
  }
}
