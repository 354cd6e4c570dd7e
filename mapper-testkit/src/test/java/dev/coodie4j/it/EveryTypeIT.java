package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.uuid.Uuids;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.types.CqlDuration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One entity using every kind of type the mapper supports, created by sync and round-tripped intact. */
@CassandraTest
class EveryTypeIT {
  enum Level { LOW, HIGH }

  @CqlTuple
  record Pair(int left, String right) {}

  @UserType
  record Inner(String label, Set<Integer> marks) {}

  @UserType
  record Outer(String name, Inner inner, Pair pair) {}

  record Meta(String source, List<Integer> versions) {}

  @Table
  record Everything(
      @PartitionKey(0) UUID id, @PartitionKey(1) @ColumnType(ScalarType.ASCII) String shard,
      @ClusteringKey @ColumnType(ScalarType.TIMEUUID) UUID at,
      @Static String owner,
      String text, int i, long l, short s, byte b, BigInteger vi, float f, double d, BigDecimal dec, boolean flag,
      Instant ts, LocalDate date, LocalTime time, CqlDuration dur, ByteBuffer blob, InetAddress inet,
      Level level, @ColumnType(ScalarType.INT) Level levelOrdinal,
      List<String> list, Set<UUID> set, Map<String, Double> map, SortedSet<Integer> sortedSet,
      SortedMap<String, Integer> sortedMap, @Frozen List<Integer> frozen, List<Map<String, Set<Integer>>> nested,
      Pair pair, List<Pair> pairs, Outer outer, @Frozen Outer frozenOuter, Map<String, Outer> outers,
      @Vector(3) float[] vector, @Json Meta meta, ConvertersIT.Money money, List<ConvertersIT.Money> monies) {}

  @Test
  void everyTypeRoundTrips(Mapper mapper) throws Exception {
    EntityTable<Everything> table = mapper.table(Everything.class);
    table.sync();
    assertTrue(table.syncDryRun().unchanged(), "the live types read back as the entity declares them");
    Outer outer = new Outer("o", new Inner("in", Set.of(1, 2)), new Pair(7, "seven"));
    Everything row = new Everything(UUID.randomUUID(), "shard-1", Uuids.timeBased(), "ada", "text ✓", 1, 2L,
        (short) 3, (byte) 4, BigInteger.TEN.pow(30), 1.5f, 2.5, new BigDecimal("3.14159"), true,
        Instant.parse("2026-11-24T10:00:00.123Z"), LocalDate.of(2026, 11, 24), LocalTime.of(10, 11, 12, 13),
        new CqlDuration(1, 2, 3), ByteBuffer.wrap(new byte[] {1, 2}), InetAddress.getByName("10.0.0.1"),
        Level.HIGH, Level.LOW, List.of("a", "b"), Set.of(UUID.randomUUID()), Map.of("pi", 3.14),
        new TreeSet<>(Set.of(3, 1, 2)), new TreeMap<>(Map.of("b", 2, "a", 1)), List.of(9, 8),
        List.of(Map.of("k", Set.of(1))), new Pair(1, "one"), List.of(new Pair(2, "two")), outer,
        new Outer("frozen", new Inner(null, Set.of()), null), Map.of("x", outer), new float[] {0.1f, 0.2f, 0.3f},
        new Meta("import", List.of(1, 2)), new ConvertersIT.Money(12_345), List.of(new ConvertersIT.Money(1)));
    table.save(row);
    Everything loaded = table.get(row.id(), row.shard(), row.at()).orElseThrow();
    assertArrayEquals(row.vector(), loaded.vector());
    Everything sameVector = new Everything(loaded.id(), loaded.shard(), loaded.at(), loaded.owner(), loaded.text(),
        loaded.i(), loaded.l(), loaded.s(), loaded.b(), loaded.vi(), loaded.f(), loaded.d(), loaded.dec(),
        loaded.flag(), loaded.ts(), loaded.date(), loaded.time(), loaded.dur(), loaded.blob(), loaded.inet(),
        loaded.level(), loaded.levelOrdinal(), loaded.list(), loaded.set(), loaded.map(), loaded.sortedSet(),
        loaded.sortedMap(), loaded.frozen(), loaded.nested(), loaded.pair(), loaded.pairs(), loaded.outer(),
        loaded.frozenOuter(), loaded.outers(), row.vector(), loaded.meta(), loaded.money(), loaded.monies());
    assertEquals(row, sameVector);
  }
}
