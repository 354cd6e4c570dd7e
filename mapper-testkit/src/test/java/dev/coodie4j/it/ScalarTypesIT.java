package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import dev.coodie4j.types.CqlDuration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every CQL scalar, boxed and primitive, through a real server and back, at its edges. */
@CassandraTest
class ScalarTypesIT {
  @Table
  record Boxed(
      @PartitionKey String id,
      String text,
      @ColumnType(ScalarType.ASCII) String ascii,
      Integer intValue,
      Long bigintValue,
      Short smallintValue,
      Byte tinyintValue,
      BigInteger varintValue,
      Float floatValue,
      Double doubleValue,
      BigDecimal decimalValue,
      Boolean booleanValue,
      UUID uuidValue,
      @ColumnType(ScalarType.TIMEUUID) UUID timeuuidValue,
      Instant timestampValue,
      LocalDate dateValue,
      LocalTime timeValue,
      CqlDuration durationValue,
      ByteBuffer blobValue,
      InetAddress inetValue) {}

  @Table
  record Primitives(
      @PartitionKey String id,
      int intValue,
      long bigintValue,
      short smallintValue,
      byte tinyintValue,
      float floatValue,
      double doubleValue,
      boolean booleanValue,
      byte[] bytes) {}

  private static EntityTable<Boxed> boxed;
  private static EntityTable<Primitives> primitives;

  @BeforeAll
  static void sync(Mapper mapper) {
    boxed = mapper.table(Boxed.class);
    primitives = mapper.table(Primitives.class);
    boxed.sync();
    primitives.sync();
  }

  @Test
  void columnTypesAreTheDeclaredCqlTypes(CqlSession session, TestKeyspace keyspace) {
    var columns = session.execute("SELECT column_name, type FROM system_schema.columns WHERE keyspace_name = ? AND table_name = 'boxed'",
        keyspace.name()).all().stream().collect(java.util.stream.Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("ascii", columns.get("ascii"));
    assertEquals("timeuuid", columns.get("timeuuid_value"));
    assertEquals("varint", columns.get("varint_value"));
    assertEquals("duration", columns.get("duration_value"));
    assertEquals("inet", columns.get("inet_value"));
    assertEquals(20, columns.size());
  }

  @Test
  void minimumsAndEmptyValues() throws Exception {
    roundTrip(new Boxed("min", "", "", Integer.MIN_VALUE, Long.MIN_VALUE, Short.MIN_VALUE, Byte.MIN_VALUE,
        new BigInteger("-123456789012345678901234567890"), -Float.MAX_VALUE, -Double.MAX_VALUE,
        new BigDecimal("-1E-300"), false, new UUID(0, 0), Uuids.startOf(0), Instant.EPOCH,
        LocalDate.of(1, 1, 1), LocalTime.MIN, new CqlDuration(-1, -2, -3), ByteBuffer.allocate(0),
        InetAddress.getByName("0.0.0.0")));
  }

  @Test
  void maximumsAndNonAsciiText() throws Exception {
    roundTrip(new Boxed("max", "Zürich — 東京 🚀", "~plain ascii~", Integer.MAX_VALUE, Long.MAX_VALUE, Short.MAX_VALUE,
        Byte.MAX_VALUE, BigInteger.TWO.pow(200), Float.MAX_VALUE, Double.MAX_VALUE,
        new BigDecimal("12345678901234567890.123456789"), true, UUID.randomUUID(), Uuids.timeBased(),
        Instant.parse("9999-12-31T23:59:59.999Z"), LocalDate.of(9999, 12, 31), LocalTime.MAX,
        new CqlDuration(14, 30, 86_399_999_999_999L), ByteBuffer.wrap("payload".getBytes(StandardCharsets.UTF_8)),
        InetAddress.getByName("2001:db8::ff00:42:8329")));
  }

  /**
   * Text that the JDK's own conversions would alter (a '?', a U+FFFD, a surrogate pair) reads and writes exactly, by
   * entity, by raw CQL and by the driver; a lone surrogate, which UTF-8 cannot hold, is refused before sending.
   */
  @Test
  void textTheJdkWouldReplaceIsStoredExactlyAndALoneSurrogateIsRefused(CqlSession session, TestKeyspace keyspace,
      Mapper mapper) {
    List<String> texts = List.of("what?", "?", "\uFFFD", "a\uFFFDb", "\uD83D\uDE00", "caf\u00E9", "", "plain ascii");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      roundTrip(new Boxed("text-" + i, text, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null));
      assertEquals(text, session.execute("SELECT text FROM \"" + keyspace.name() + "\".\"boxed\" WHERE id = ?",
          "text-" + i).one().getString(0), "the driver reads what coodie4j wrote");
      assertEquals(text, mapper.cql("SELECT text FROM \"" + keyspace.name() + "\".\"boxed\" WHERE id = ?",
          "text-" + i).maps().get(0).get("text"), "raw CQL reads it too");
    }
    Boxed lone = new Boxed("lone", "a\uD800b", null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
    CoodieException refused = assertThrows(CoodieException.class, () -> boxed.save(lone));
    assertTrue(refused.getMessage().startsWith("column \"text\" of " + keyspace.name() + ".boxed is text and cannot "
        + "hold 'a\\uD800b': its character \\uD800 at index 1 is half of a surrogate pair, which UTF-8 cannot "
        + "encode; pair it or remove it"), refused.getMessage());
    assertTrue(boxed.get("lone").isEmpty(), "nothing was sent");
  }

  @Test
  void notANumberInfinitiesAndTinyFractions() throws Exception {
    roundTrip(new Boxed("nan", "x", "x", 0, 0L, (short) 0, (byte) 0, BigInteger.ZERO, Float.NaN, Double.NaN,
        BigDecimal.ZERO, false, UUID.randomUUID(), Uuids.timeBased(), Instant.ofEpochMilli(-1), LocalDate.EPOCH,
        LocalTime.NOON, new CqlDuration(0, 0, 0), ByteBuffer.wrap(new byte[] {0, (byte) 255}),
        InetAddress.getByName("127.0.0.1")));
    roundTrip(new Boxed("inf", "y", "y", 1, 1L, (short) 1, (byte) 1, BigInteger.ONE, Float.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, new BigDecimal("0.000000000000000000001"), true, UUID.randomUUID(),
        Uuids.timeBased(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), LocalDate.now(),
        LocalTime.of(23, 59, 59, 999_999_999), new CqlDuration(0, 0, 1), ByteBuffer.allocate(0),
        InetAddress.getByName("::1")));
    roundTrip(new Boxed("tiny", "z", "z", -1, -1L, (short) -1, (byte) -1, BigInteger.ONE.negate(), Float.MIN_VALUE,
        Double.MIN_VALUE, new BigDecimal("1E+300"), false, UUID.randomUUID(), Uuids.timeBased(),
        Instant.ofEpochMilli(Long.MIN_VALUE / 2), LocalDate.of(-5000, 1, 1), LocalTime.of(0, 0, 0, 1),
        new CqlDuration(0, 1, 0), ByteBuffer.wrap(new byte[1024]), InetAddress.getByName("255.255.255.255")));
  }

  @Test
  void nullsReadBackAsNull() {
    roundTrip(new Boxed("nulls", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null));
  }

  @Test
  void primitivesAtTheirEdges() {
    for (Primitives row : List.of(
        new Primitives("p-min", Integer.MIN_VALUE, Long.MIN_VALUE, Short.MIN_VALUE, Byte.MIN_VALUE, Float.NEGATIVE_INFINITY,
            -Double.MAX_VALUE, false, new byte[0]),
        new Primitives("p-max", Integer.MAX_VALUE, Long.MAX_VALUE, Short.MAX_VALUE, Byte.MAX_VALUE, Float.NaN,
            Double.POSITIVE_INFINITY, true, new byte[] {1, 2, 3}))) {
      primitives.save(row);
      Primitives loaded = primitives.get(row.id()).orElseThrow();
      assertArrayEquals(row.bytes(), loaded.bytes());
      assertEquals(row, new Primitives(loaded.id(), loaded.intValue(), loaded.bigintValue(), loaded.smallintValue(),
          loaded.tinyintValue(), loaded.floatValue(), loaded.doubleValue(), loaded.booleanValue(), row.bytes()));
    }
  }

  @Test
  void missingValuesReadIntoPrimitivesAsJavaDefaults(CqlSession session, TestKeyspace keyspace) {
    session.execute("INSERT INTO \"" + keyspace.name() + "\".\"primitives\" (\"id\") VALUES ('only-key')");
    Primitives loaded = primitives.get("only-key").orElseThrow();
    assertEquals(0, loaded.intValue());
    assertEquals(0L, loaded.bigintValue());
    assertEquals(0f, loaded.floatValue());
    assertEquals(false, loaded.booleanValue());
    assertEquals(null, loaded.bytes());
  }

  private static void roundTrip(Boxed row) {
    boxed.save(row);
    assertEquals(row, boxed.get(row.id()).orElseThrow());
    assertEquals(row, boxed.async().get(row.id()).toCompletableFuture().join().orElseThrow());
  }
}
