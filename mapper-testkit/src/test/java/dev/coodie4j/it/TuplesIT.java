package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@CassandraTest
class TuplesIT {
  @CqlTuple
  record Point(double lat, double lon) {}

  @CqlTuple
  record Stamp(Instant at, Point where, List<String> notes) {}

  @CqlTuple
  static final class NotARecord {}

  @Table
  record Trip(@PartitionKey UUID id, Point start, Stamp last, List<Point> path, Map<String, Point> stops) {}

  @Table
  record BadTuple(@PartitionKey UUID id, NotARecord value) {}

  @Test
  void tuplesRoundTripNestedAndInCollections(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    EntityTable<Trip> trips = mapper.table(Trip.class);
    trips.sync();
    Map<String, String> types = session.execute("SELECT column_name, type FROM system_schema.columns "
            + "WHERE keyspace_name = ? AND table_name = 'trip'", keyspace.name()).all().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("frozen<tuple<double, double>>", types.get("start"));
    assertEquals("frozen<tuple<timestamp, frozen<tuple<double, double>>, frozen<list<text>>>>", types.get("last"));
    assertEquals("list<frozen<tuple<double, double>>>", types.get("path"));
    assertTrue(trips.syncDryRun().unchanged());

    Trip trip = new Trip(UUID.randomUUID(), new Point(45.76, 4.83),
        new Stamp(Instant.parse("2026-11-24T12:00:00Z"), new Point(48.85, 2.35), List.of("arrived")),
        List.of(new Point(1, 2), new Point(3, 4)), Map.of("lunch", new Point(46.2, 5.2)));
    trips.save(trip);
    assertEquals(trip, trips.get(trip.id()).orElseThrow());
    trips.update(trip.id()).append(Trip::path, List.of(new Point(5, 6))).set(Trip::start, new Point(0, 0)).execute();
    Trip loaded = trips.get(trip.id()).orElseThrow();
    assertEquals(3, loaded.path().size());
    assertEquals(new Point(0, 0), loaded.start());
    assertEquals(List.of(loaded), trips.query().where(Trip::id).eq(trip.id()).where(Trip::start).eq(new Point(0, 0))
        .allowFiltering().list());
  }

  @Test
  void aTupleAnnotationOnSomethingElseThanARecordIsRefused(Mapper mapper) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(BadTuple.class));
    assertTrue(e.getMessage().contains("annotated @CqlTuple but not a record"), e.getMessage());
  }
}
