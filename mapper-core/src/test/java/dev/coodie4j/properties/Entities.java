package dev.coodie4j.properties;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Convert;
import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.types.ColumnConverter;
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
import java.util.UUID;

/**
 * A fixed set of entities that together hold every kind of column the mapper supports; the properties generate
 * their values and pick the column and the operation.
 */
final class Entities {
  private Entities() {}

  enum Plan { FREE, PRO, ENTERPRISE }

  /** Every CQL scalar, boxed and primitive, with a composite partition key and two clustering columns. */
  @Table(keyspace = "ks")
  record Scalars(
      @PartitionKey(0) String id,
      @PartitionKey(1) int bucket,
      @ClusteringKey(0) long seq,
      @ClusteringKey(1) UUID clusterId,
      String text,
      @ColumnType(ScalarType.ASCII) String ascii,
      int intPrimitive,
      Integer intBoxed,
      long longPrimitive,
      Long longBoxed,
      short shortPrimitive,
      Short shortBoxed,
      byte bytePrimitive,
      Byte byteBoxed,
      BigInteger varint,
      float floatPrimitive,
      Float floatBoxed,
      double doublePrimitive,
      Double doubleBoxed,
      BigDecimal decimal,
      boolean boolPrimitive,
      Boolean boolBoxed,
      UUID uuid,
      @ColumnType(ScalarType.TIMEUUID) UUID timeuuid,
      Instant timestamp,
      LocalDate date,
      LocalTime time,
      CqlDuration duration,
      ByteBuffer blobBuffer,
      byte[] blobArray,
      InetAddress inet) {}

  /** Collections: plain, frozen, nested, sorted, of enums and of tuples. */
  @Table(keyspace = "ks")
  record Collections(
      @PartitionKey String id,
      List<String> names,
      Set<Integer> numbers,
      Map<String, Long> totals,
      @Frozen List<Integer> frozenList,
      List<Set<String>> nested,
      Map<String, List<Integer>> mapOfLists,
      SortedSet<String> sortedSet,
      SortedMap<Integer, String> sortedMap,
      Set<Plan> plans,
      List<GeoPoint> points) {}

  @UserType
  record Address(String street, int number, List<String> lines) {}

  @CqlTuple
  record GeoPoint(double lat, double lon) {}

  /** Stored as a decimal through its converter, wherever it appears. */
  @ConvertedBy(MoneyConverter.class)
  record Money(BigDecimal amount) {}

  public static final class MoneyConverter implements ColumnConverter<Money, BigDecimal> {
    @Override
    public Class<BigDecimal> columnType() {
      return BigDecimal.class;
    }

    @Override
    public BigDecimal toColumn(Money money) {
      return money.amount();
    }

    @Override
    public Money fromColumn(BigDecimal amount) {
      return new Money(amount);
    }
  }

  /** Stores an Instant as epoch milliseconds, on one property only. */
  public static final class EpochMillis implements ColumnConverter<Instant, Long> {
    @Override
    public Class<Long> columnType() {
      return Long.class;
    }

    @Override
    public Long toColumn(Instant value) {
      return value.toEpochMilli();
    }

    @Override
    public Instant fromColumn(Long value) {
      return Instant.ofEpochMilli(value);
    }
  }

  record Dimensions(double width, double height, String unit) {}

  /** Enums, user types, tuples, converters, JSON, a vector and a static column. */
  @Table(keyspace = "ks")
  record Kinds(
      @PartitionKey String id,
      @ClusteringKey int seq,
      @Static String region,
      Plan planByName,
      @ColumnType(ScalarType.ASCII) Plan planAscii,
      @ColumnType(ScalarType.INT) Plan planByOrdinal,
      Address address,
      @Frozen Address frozenAddress,
      GeoPoint location,
      Money price,
      Map<String, Money> prices,
      @Convert(EpochMillis.class) Instant seenAt,
      @Json Dimensions size,
      @Json List<Map<String, Integer>> attributes,
      @Vector(3) float[] embedding) {}

  /** A counter table. */
  @Table(keyspace = "ks")
  record Counters(
      @PartitionKey String page,
      @ClusteringKey String day,
      @ColumnType(ScalarType.COUNTER) long views,
      @ColumnType(ScalarType.COUNTER) Long visitors) {}

  static final List<Class<?>> ALL = List.of(Scalars.class, Collections.class, Kinds.class, Counters.class);
}
