package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicasUnavailableException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Failures of the driver and of stored data reach the caller as CoodieExceptions naming the table and column. */
@CassandraTest
class FailureReportingIT {
  enum Mood { CALM, BUSY }

  @Table
  record Person(@PartitionKey UUID id, Mood mood) {}

  @Table
  record Label(@PartitionKey UUID id, @ColumnType(ScalarType.ASCII) String code) {}

  @Table
  record Event(@PartitionKey UUID id, @ColumnType(ScalarType.TIMEUUID) UUID at) {}

  @Table
  record NeverSynced(@PartitionKey UUID id, String note) {}

  @Table
  record Percent(@PartitionKey UUID id, int value) {
    Percent {
      if (value > 100) {
        throw new IllegalArgumentException("a percentage is at most 100, got " + value);
      }
    }
  }

  @Test
  void tooFewReplicasFailWithTheConsistencyAndTheRequiredAndAliveCounts(CqlSession session, TestKeyspace keyspace) {
    // replication factor 3 on a one-node server: QUORUM needs 2 replicas and 1 is alive
    String replicated = keyspace.name().substring(0, Math.min(keyspace.name().length(), 44)) + "_rf3";
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(replicated).build();
    mapper.createKeyspace(KeyspaceDefinition.named(replicated).simpleStrategy(3));
    try {
      EntityTable<Person> people = mapper.table(Person.class);
      people.sync();
      Person ada = new Person(UUID.randomUUID(), Mood.CALM);
      ReplicasUnavailableException write = assertThrows(ReplicasUnavailableException.class,
          () -> people.save(ada, WriteOptions.defaults().withConsistency(Consistency.QUORUM)));
      assertEquals(Consistency.QUORUM, write.consistency());
      assertEquals(2, write.required());
      assertEquals(1, write.alive());
      assertTrue(write.getMessage().contains("consistency QUORUM: 2 required, 1 alive"), write.getMessage());
      // the driver's exception as cause: its retry policy tried the coordinator once more, so it holds each answer
      assertInstanceOf(DriverException.class, write.getCause());
      ReplicasUnavailableException read = assertThrows(ReplicasUnavailableException.class,
          () -> people.query().where(Person::id).eq(ada.id()).consistency(Consistency.ALL).list());
      assertEquals(Consistency.ALL, read.consistency());
      assertEquals(3, read.required());
      people.save(ada, WriteOptions.defaults().withConsistency(Consistency.ONE)); // one replica is enough for ONE
    } finally {
      mapper.dropKeyspace(replicated);
    }
  }

  @Test
  void anEnumNameTheEnumLacksNamesEntityTableColumnAndValue(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    EntityTable<Person> people = mapper.table(Person.class);
    people.sync();
    UUID id = UUID.randomUUID();
    session.execute("INSERT INTO \"" + keyspace.name() + "\".person (id, mood) VALUES (?, 'SLEEPY')", id);
    CoodieException e = assertThrows(CoodieException.class, () -> people.get(id));
    assertTrue(e.getMessage().startsWith("Person: cannot read a row: column \"mood\" of " + keyspace.name()
        + ".person holds 'SLEEPY', which is not a constant of enum Mood [CALM, BUSY]: add the constant to Mood"),
        e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause(), "the driver's codec failure is the cause");
  }

  @Test
  void nonAsciiTextForAnAsciiColumnFailsBeforeSending(Mapper mapper, TestKeyspace keyspace) {
    EntityTable<Label> labels = mapper.table(Label.class);
    labels.sync();
    UUID id = UUID.randomUUID();
    CoodieException e = assertThrows(CoodieException.class, () -> labels.save(new Label(id, "Zürich")));
    assertTrue(e.getMessage().startsWith("column \"code\" of " + keyspace.name()
        + ".label is ascii and cannot hold 'Zürich', which has non-ASCII characters"), e.getMessage());
    assertTrue(labels.get(id).isEmpty(), "nothing was written");
  }

  @Test
  void aRandomUuidForATimeuuidColumnAsksForATimeBasedOne(Mapper mapper, TestKeyspace keyspace) {
    EntityTable<Event> events = mapper.table(Event.class);
    events.sync();
    UUID random = UUID.randomUUID();
    CoodieException e = assertThrows(CoodieException.class, () -> events.save(new Event(UUID.randomUUID(), random)));
    assertTrue(e.getMessage().startsWith("column \"at\" of " + keyspace.name() + ".event is timeuuid and needs a "
        + "time-based (version 1) UUID, but " + random + " is version 4"), e.getMessage());
    Event timed = new Event(UUID.randomUUID(), Uuids.timeBased());
    events.save(timed);
    assertEquals(timed, events.get(timed.id()).orElseThrow());
  }

  @Test
  void aBatchOnATableNeverSyncedNamesItAndLogsNothing(Mapper mapper) {
    List<LogRecord> warnings = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      CoodieException e = assertThrows(CoodieException.class, () -> mapper.batch(BatchType.LOGGED)
          .save(new NeverSynced(UUID.randomUUID(), "lost"))
          .execute());
      assertTrue(e.getMessage().startsWith("NeverSynced: Cassandra refused to prepare a statement on table "),
          e.getMessage());
      assertTrue(e.getMessage().contains("never_synced"), e.getMessage());
      assertTrue(e.getMessage().contains("create it with mapper.table(NeverSynced.class).sync()"), e.getMessage());
      assertInstanceOf(InvalidQueryException.class, e.getCause());
      assertEquals(List.of(), warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
          "the failure goes to the caller only");
    } finally {
      root.removeHandler(capture);
    }
  }

  @Test
  void aServerRefusalOfARequestIsACoodieExceptionWithTheDriversCause(Mapper mapper) {
    EntityTable<Label> labels = mapper.table(Label.class);
    labels.sync();
    CoodieException e = assertThrows(CoodieException.class, () -> labels.save(new Label(UUID.randomUUID(), "a"),
        WriteOptions.defaults().withConsistency(Consistency.THREE)));
    assertTrue(e.getMessage().startsWith("running 'INSERT INTO"), e.getMessage());
    assertTrue(e.getMessage().contains("consistency THREE"), e.getMessage());
    assertInstanceOf(DriverException.class, e.getCause());
  }

  @Test
  void aConstructorRefusingAStoredValueNamesTheEntity(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    EntityTable<Percent> percents = mapper.table(Percent.class);
    percents.sync();
    UUID id = UUID.randomUUID();
    session.execute("INSERT INTO \"" + keyspace.name() + "\".percent (id, value) VALUES (?, 150)", id);
    CoodieException e = assertThrows(CoodieException.class, () -> percents.get(id));
    assertTrue(e.getMessage().startsWith("Percent: its constructor or a setter threw java.lang.IllegalArgumentException:"
        + " a percentage is at most 100, got 150 while reading a row"), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }
}
