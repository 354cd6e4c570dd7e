package dev.coodie4j.driver.datastax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the binding puts on the wire: idempotence, unset versus null, codec checks at prepare time. */
@CassandraTest
class DataStaxBindingIT {
  private static DataStaxDriver driver;
  private static String table;

  @BeforeAll
  static void createTable(CqlSession session, TestKeyspace keyspace) {
    driver = DataStaxDriver.of(session);
    table = "\"" + keyspace.name() + "\".\"kv\"";
    session.execute("CREATE TABLE " + table + " (k text PRIMARY KEY, v int)");
  }

  private static DataStaxBinding bind(String cql, List<java.lang.reflect.Type> variables, boolean idempotent) {
    PreparedCql prepared;
    try {
      prepared = driver.prepare(new StatementSpec(cql, variables, List.of(), idempotent)).toCompletableFuture().join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
    return (DataStaxBinding) prepared.bind();
  }

  @Test
  void idempotenceOfTheSpecIsSetOnEveryStatement() {
    String insert = "INSERT INTO " + table + " (k, v) VALUES (?, ?)";
    assertTrue(bind(insert, List.of(String.class, Integer.class), true).boundStatement().isIdempotent());
    assertFalse(bind(insert, List.of(String.class, Integer.class), false).boundStatement().isIdempotent());
  }

  @Test
  void unsetVariablesStayUnsetAndNullsAreExplicit() {
    DataStaxBinding binding = bind("INSERT INTO " + table + " (k, v) VALUES (?, ?)", List.of(String.class, int.class), true);
    binding.set(0, "a");
    BoundStatement unset = binding.boundStatement();
    assertFalse(unset.isSet(1), "a variable never set is sent as unset: no tombstone");
    binding.setNull(1);
    assertTrue(binding.boundStatement().isSet(1));
    assertTrue(binding.boundStatement().isNull(1));
    binding.setInt(1, 5);
    assertEquals(5, binding.boundStatement().getInt(1));
  }

  @Test
  void executionOptionsAreSetOnTheStatement() {
    DataStaxBinding binding = bind("DELETE FROM " + table + " WHERE k = ?", List.of(String.class), true);
    binding.apply(new ExecutionOptions(Consistency.LOCAL_QUORUM, Consistency.LOCAL_SERIAL, Duration.ofMillis(1234), 33,
        new byte[] {1, 2}));
    BoundStatement statement = binding.boundStatement();
    assertEquals(DefaultConsistencyLevel.LOCAL_QUORUM, statement.getConsistencyLevel());
    assertEquals(DefaultConsistencyLevel.LOCAL_SERIAL, statement.getSerialConsistencyLevel());
    assertEquals(Duration.ofMillis(1234), statement.getTimeout());
    assertEquals(33, statement.getPageSize());
    assertEquals(ByteBuffer.wrap(new byte[] {1, 2}), statement.getPagingState());
  }

  @Test
  void aJavaTypeThatCannotHoldTheLiveColumnFailsAtPrepareNamingTheColumn() {
    CoodieException e = assertThrows(CoodieException.class, () -> bind(
        "INSERT INTO " + table + " (k, v) VALUES (?, ?)", List.of(String.class, String.class), true));
    assertTrue(e.getMessage().contains("column \"v\"") && e.getMessage().contains("is int in the database")
        && e.getMessage().contains("java.lang.String"), e.getMessage());
  }
}
