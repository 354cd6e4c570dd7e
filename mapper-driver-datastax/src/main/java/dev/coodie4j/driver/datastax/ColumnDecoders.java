package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.coodie4j.CoodieException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * The codecs of a row's columns, resolved once per statement or column definitions, and the decoding of one column
 * with them: primitives without boxing where the codec allows. A column whose codec is one of the driver's own for a
 * common type is decoded by a direct call to that codec, which the JIT inlines, rather than through one call site
 * shared by every column's codec; {@code text} is decoded by {@link Utf8Text}. A stored value the codec cannot
 * convert fails with a CoodieException naming the column and the value.
 */
final class ColumnDecoders {
  static final ColumnDecoders NONE = new ColumnDecoders(newArray(0));

  private static final byte OTHER = 0;
  private static final byte TEXT = 1;
  private static final byte UUID = 2;
  private static final byte TIMEUUID = 3;
  private static final byte TIMESTAMP = 4;
  private static final byte DATE = 5;
  private static final byte BIGINT = 6;
  private static final byte INT = 7;
  private static final byte BOOLEAN = 8;
  private static final byte DOUBLE = 9;
  private static final byte FLOAT = 10;
  private static final byte DECIMAL = 11;
  private static final byte BLOB = 12;

  private final TypeCodec<Object>[] codecs;
  private final byte[] kinds;

  ColumnDecoders(TypeCodec<Object>[] codecs) {
    this.codecs = codecs;
    this.kinds = new byte[codecs.length];
    for (int i = 0; i < codecs.length; i++) {
      kinds[i] = kind(codecs[i]);
    }
  }

  private static final MethodHandle DECODE;
  private static final MethodHandle DECODE_TEXT; // (int,ProtocolVersion,Row)Object
  private static final MethodHandle BYTES; // (Row,int)ByteBuffer
  private static final MethodHandle FAIL; // (Row,int,TypeCodec,ProtocolVersion,RuntimeException)CoodieException
  /** By primitive type: {@code (PrimitiveXCodec,ByteBuffer,ProtocolVersion)x}, the codec's unboxed decoding. */
  private static final Map<Class<?>, MethodHandle> DECODE_PRIMITIVE;

  static {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      DECODE = lookup.findStatic(ColumnDecoders.class, "decode", MethodType.methodType(Object.class,
          TypeCodec.class, int.class, ProtocolVersion.class, Row.class));
      DECODE_TEXT = lookup.findStatic(ColumnDecoders.class, "decodeText", MethodType.methodType(Object.class,
          int.class, ProtocolVersion.class, Row.class));
      BYTES = lookup.findVirtual(Row.class, "getBytesUnsafe", MethodType.methodType(ByteBuffer.class, int.class));
      FAIL = lookup.findStatic(ColumnDecoders.class, "failure", MethodType.methodType(CoodieException.class,
          Row.class, int.class, TypeCodec.class, ProtocolVersion.class, RuntimeException.class));
      DECODE_PRIMITIVE = Map.of(
          int.class, decodePrimitive(lookup, PrimitiveIntCodec.class, int.class),
          long.class, decodePrimitive(lookup, PrimitiveLongCodec.class, long.class),
          double.class, decodePrimitive(lookup, PrimitiveDoubleCodec.class, double.class),
          float.class, decodePrimitive(lookup, PrimitiveFloatCodec.class, float.class),
          boolean.class, decodePrimitive(lookup, PrimitiveBooleanCodec.class, boolean.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static MethodHandle decodePrimitive(MethodHandles.Lookup lookup, Class<?> codec, Class<?> primitive)
      throws ReflectiveOperationException {
    return lookup.findVirtual(codec, "decodePrimitive",
        MethodType.methodType(primitive, ByteBuffer.class, ProtocolVersion.class));
  }

  @SuppressWarnings("unchecked")
  static TypeCodec<Object>[] newArray(int size) {
    return new TypeCodec[size];
  }

  private static byte kind(TypeCodec<?> codec) {
    if (codec == TypeCodecs.TEXT) {
      return TEXT;
    } else if (codec == TypeCodecs.UUID) {
      return UUID;
    } else if (codec == TypeCodecs.TIMEUUID) {
      return TIMEUUID;
    } else if (codec == TypeCodecs.TIMESTAMP) {
      return TIMESTAMP;
    } else if (codec == TypeCodecs.DATE) {
      return DATE;
    } else if (codec == TypeCodecs.BIGINT) {
      return BIGINT;
    } else if (codec == TypeCodecs.INT) {
      return INT;
    } else if (codec == TypeCodecs.BOOLEAN) {
      return BOOLEAN;
    } else if (codec == TypeCodecs.DOUBLE) {
      return DOUBLE;
    } else if (codec == TypeCodecs.FLOAT) {
      return FLOAT;
    } else if (codec == TypeCodecs.DECIMAL) {
      return DECIMAL;
    } else if (codec == TypeCodecs.BLOB) {
      return BLOB;
    }
    return OTHER;
  }

  /** Column {@code column} of the row, decoded with codec {@code codec}. */
  Object get(Row row, int column, int codec, ProtocolVersion protocol) {
    ByteBuffer bytes = row.getBytesUnsafe(column);
    try {
      return switch (kinds[codec]) {
        case TEXT -> Utf8Text.decode(bytes, protocol);
        case UUID -> TypeCodecs.UUID.decode(bytes, protocol);
        case TIMEUUID -> TypeCodecs.TIMEUUID.decode(bytes, protocol);
        case TIMESTAMP -> TypeCodecs.TIMESTAMP.decode(bytes, protocol);
        case DATE -> TypeCodecs.DATE.decode(bytes, protocol);
        case BIGINT -> TypeCodecs.BIGINT.decode(bytes, protocol);
        case INT -> TypeCodecs.INT.decode(bytes, protocol);
        case BOOLEAN -> TypeCodecs.BOOLEAN.decode(bytes, protocol);
        case DOUBLE -> TypeCodecs.DOUBLE.decode(bytes, protocol);
        case FLOAT -> TypeCodecs.FLOAT.decode(bytes, protocol);
        case DECIMAL -> TypeCodecs.DECIMAL.decode(bytes, protocol);
        case BLOB -> TypeCodecs.BLOB.decode(bytes, protocol);
        default -> codecs[codec].decode(bytes, protocol);
      };
    } catch (RuntimeException e) {
      throw failure(row, column, codecs[codec], protocol, e);
    }
  }

  /**
   * {@code (Row)Object}: column {@code column} of a row decoded with codec {@code codec}, which is bound in as a
   * constant, so that a reader compiled with this handle calls that codec directly.
   */
  MethodHandle decoder(int codec, int column, ProtocolVersion protocol) {
    return kinds[codec] == TEXT ? MethodHandles.insertArguments(DECODE_TEXT, 0, column, protocol)
        : MethodHandles.insertArguments(DECODE, 0, codecs[codec], column, protocol);
  }

  /**
   * As {@link #decoder}, but {@code (Row)type} without boxing when {@code type} is a primitive type and the codec
   * decodes it unboxed: that handle reads a null column as the type's zero, so call it only for non-null columns.
   * Otherwise the boxed {@link #decoder}.
   */
  MethodHandle decoder(int codec, int column, ProtocolVersion protocol, Class<?> type) {
    MethodHandle primitive = DECODE_PRIMITIVE.get(type);
    TypeCodec<Object> decoding = codecs[codec];
    if (primitive == null || !primitive.type().parameterType(0).isInstance(decoding)) {
      return decoder(codec, column, protocol);
    }
    // (ByteBuffer)type, then (Row)type: the codec and the protocol bound in as constants
    MethodHandle decode =
        MethodHandles.insertArguments(MethodHandles.insertArguments(primitive, 0, decoding), 1, protocol);
    MethodHandle read = MethodHandles.filterArguments(decode, 0, MethodHandles.insertArguments(BYTES, 1, column));
    MethodHandle failure = MethodHandles.permuteArguments( // (RuntimeException,Row)CoodieException
        MethodHandles.insertArguments(FAIL, 1, column, decoding, protocol),
        MethodType.methodType(CoodieException.class, RuntimeException.class, Row.class), 1, 0);
    MethodHandle fail = MethodHandles.collectArguments(MethodHandles.throwException(type, CoodieException.class), 0,
        failure);
    return MethodHandles.catchException(read, RuntimeException.class, fail);
  }

  private static Object decode(TypeCodec<Object> codec, int column, ProtocolVersion protocol, Row row) {
    ByteBuffer bytes = row.getBytesUnsafe(column);
    try {
      return codec.decode(bytes, protocol);
    } catch (RuntimeException e) {
      throw failure(row, column, codec, protocol, e);
    }
  }

  private static Object decodeText(int column, ProtocolVersion protocol, Row row) {
    ByteBuffer bytes = row.getBytesUnsafe(column);
    try {
      return Utf8Text.decode(bytes, protocol);
    } catch (RuntimeException e) {
      throw failure(row, column, TypeCodecs.TEXT, protocol, e);
    }
  }

  int getInt(Row row, int column, int codec, ProtocolVersion protocol) {
    return kinds[codec] == INT ? TypeCodecs.INT.decodePrimitive(row.getBytesUnsafe(column), protocol)
        : (Object) codecs[codec] instanceof PrimitiveIntCodec primitive
            ? primitive.decodePrimitive(row.getBytesUnsafe(column), protocol)
            : (Integer) get(row, column, codec, protocol);
  }

  long getLong(Row row, int column, int codec, ProtocolVersion protocol) {
    return kinds[codec] == BIGINT ? TypeCodecs.BIGINT.decodePrimitive(row.getBytesUnsafe(column), protocol)
        : (Object) codecs[codec] instanceof PrimitiveLongCodec primitive
            ? primitive.decodePrimitive(row.getBytesUnsafe(column), protocol)
            : (Long) get(row, column, codec, protocol);
  }

  double getDouble(Row row, int column, int codec, ProtocolVersion protocol) {
    return kinds[codec] == DOUBLE ? TypeCodecs.DOUBLE.decodePrimitive(row.getBytesUnsafe(column), protocol)
        : (Object) codecs[codec] instanceof PrimitiveDoubleCodec primitive
            ? primitive.decodePrimitive(row.getBytesUnsafe(column), protocol)
            : (Double) get(row, column, codec, protocol);
  }

  float getFloat(Row row, int column, int codec, ProtocolVersion protocol) {
    return kinds[codec] == FLOAT ? TypeCodecs.FLOAT.decodePrimitive(row.getBytesUnsafe(column), protocol)
        : (Object) codecs[codec] instanceof PrimitiveFloatCodec primitive
            ? primitive.decodePrimitive(row.getBytesUnsafe(column), protocol)
            : (Float) get(row, column, codec, protocol);
  }

  boolean getBoolean(Row row, int column, int codec, ProtocolVersion protocol) {
    return kinds[codec] == BOOLEAN ? TypeCodecs.BOOLEAN.decodePrimitive(row.getBytesUnsafe(column), protocol)
        : (Object) codecs[codec] instanceof PrimitiveBooleanCodec primitive
            ? primitive.decodePrimitive(row.getBytesUnsafe(column), protocol)
            : (Boolean) get(row, column, codec, protocol);
  }

  /** Why the stored value of a column does not convert: the column, the value as stored, and what to do. */
  private static CoodieException failure(Row row, int index, TypeCodec<?> codec, ProtocolVersion protocol,
      RuntimeException cause) {
    ColumnDefinition definition = row.getColumnDefinitions().get(index);
    String column = "column \"" + definition.getName().asInternal() + "\" of " + definition.getKeyspace().asInternal()
        + "." + definition.getTable().asInternal();
    String stored = stored(row.getBytesUnsafe(index), definition, protocol);
    Class<?> javaType = codec.getJavaType().getRawType();
    if (javaType.isEnum()) {
      return new CoodieException(column + " holds " + stored + ", which is not a constant of enum "
          + javaType.getSimpleName() + " " + Arrays.toString(javaType.getEnumConstants()) + ": add the constant to "
          + javaType.getSimpleName() + ", or update the stored value to one of its names", cause);
    }
    return new CoodieException(column + " holds " + stored + ", which cannot be read as " + javaType.getName() + ": "
        + cause.getMessage() + "; correct the stored value, or change the property's type to match", cause);
  }

  private static String stored(ByteBuffer bytes, ColumnDefinition definition, ProtocolVersion protocol) {
    try {
      return ValueText.show(CodecRegistry.DEFAULT.codecFor(definition.getType()).decode(bytes, protocol));
    } catch (RuntimeException undecodable) {
      return bytes == null ? "null" : bytes.remaining() + " bytes";
    }
  }
}
