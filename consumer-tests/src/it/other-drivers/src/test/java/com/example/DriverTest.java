package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapper's main operations on this project's driver instead of com.datastax.oss:java-driver-core. */
@CassandraTest
class DriverTest {
  public enum Unit { CELSIUS, FAHRENHEIT }

  @Table
  public record Reading(
      @PartitionKey String sensor,
      @ClusteringKey Instant at,
      double value,
      Unit unit,
      Set<String> tags,
      @Json Map<String, Object> raw) {}

  @Test
  void theDriverOnTheClasspathIsThisProjectsOne() {
    String jar = CqlSession.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(jar.contains(System.getProperty("expected.driver.jar")), jar + " is not the profile's driver");
  }

  @Test
  void savesReadsQueriesUpdatesAndDeletes(Mapper mapper) throws Exception {
    EntityTable<Reading> readings = mapper.table(Reading.class);
    readings.sync();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Reading first = new Reading("s1", now, 21.5, Unit.CELSIUS, Set.of("lab"), Map.of("adc", 812));
    Reading second = new Reading("s1", now.plusSeconds(60), 22.0, Unit.CELSIUS, Set.of(), Map.of());
    readings.save(first);
    readings.async().save(second).toCompletableFuture().get();

    assertEquals(Optional.of(first), readings.get("s1", now));
    assertEquals(List.of(first, second), readings.findByPartition("s1"));
    assertEquals(List.of(second), readings.query().where(Reading::sensor).eq("s1")
        .where(Reading::at).gt(now).list());

    readings.update("s1", now).set(Reading::value, 23.0).add(Reading::tags, Set.of("checked")).execute();
    Reading updated = readings.get("s1", now).orElseThrow();
    assertEquals(23.0, updated.value());
    assertEquals(Set.of("lab", "checked"), updated.tags());

    readings.deleteByKey("s1", now);
    assertEquals(Optional.empty(), readings.get("s1", now));
  }

  @Test
  void lightweightTransactionsReportTheirOutcome(Mapper mapper) {
    EntityTable<Reading> readings = mapper.table(Reading.class);
    readings.sync();
    Reading reading = new Reading("s2", Instant.EPOCH, 1, Unit.FAHRENHEIT, Set.of(), Map.of()); // empty: left unset
    assertTrue(readings.insertIfNotExists(reading).applied());
    LwtResult<Reading> again = readings.insertIfNotExists(new Reading("s2", Instant.EPOCH, 2, null, null, null));
    assertFalse(again.applied());
    assertEquals(Optional.of(reading), again.current());
  }
}
