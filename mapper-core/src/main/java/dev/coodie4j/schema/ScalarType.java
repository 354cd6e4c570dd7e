package dev.coodie4j.schema;

import dev.coodie4j.types.CqlDuration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The CQL scalar types and the Java types each one maps to (primitives map like their boxes). */
public enum ScalarType implements DataType {
  ASCII("ascii", String.class),
  BIGINT("bigint", Long.class),
  BLOB("blob", ByteBuffer.class, byte[].class),
  BOOLEAN("boolean", Boolean.class),
  /** A counter: only incremented and decremented, in tables whose other non-key columns are all counters. */
  COUNTER("counter", Long.class),
  DATE("date", LocalDate.class),
  DECIMAL("decimal", BigDecimal.class),
  DOUBLE("double", Double.class),
  DURATION("duration", CqlDuration.class),
  FLOAT("float", Float.class),
  INET("inet", InetAddress.class),
  INT("int", Integer.class),
  SMALLINT("smallint", Short.class),
  TEXT("text", String.class),
  TIME("time", LocalTime.class),
  TIMESTAMP("timestamp", Instant.class),
  TIMEUUID("timeuuid", UUID.class),
  TINYINT("tinyint", Byte.class),
  UUID("uuid", java.util.UUID.class),
  VARINT("varint", BigInteger.class);

  private final String cql;
  private final List<Class<?>> javaTypes;

  ScalarType(String cql, Class<?>... javaTypes) {
    this.cql = cql;
    this.javaTypes = List.of(javaTypes);
  }

  @Override
  public String cql() {
    return cql;
  }

  /** The Java types (boxed) a property of this CQL type may have. */
  public List<Class<?>> javaTypes() {
    return javaTypes;
  }

  /** Whether a property of the given Java type (boxed) can be stored as this CQL type. */
  public boolean accepts(Class<?> boxedJavaType) {
    return javaTypes.contains(boxedJavaType);
  }

  @Override
  public String toString() {
    return cql;
  }
}
