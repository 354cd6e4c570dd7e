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
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.coodie4j.CoodieException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Decodes one column of a row with a codec resolved beforehand; primitives without boxing where the codec allows. A
 * stored value the codec cannot convert fails with a CoodieException naming the column and the value.
 */
final class RowDecoding {
  private RowDecoding() {}

  static Object get(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    ByteBuffer bytes = row.getBytesUnsafe(index);
    // the driver's vector-to-array codec throws on an empty cell instead of decoding it to null
    if (bytes == null && codec.getCqlType() instanceof com.datastax.oss.driver.api.core.type.VectorType) {
      return null;
    }
    try {
      return codec.decode(bytes, protocol);
    } catch (RuntimeException e) {
      throw failure(row, index, codec, protocol, e);
    }
  }

  static int getInt(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveIntCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Integer) get(row, index, codec, protocol);
  }

  static long getLong(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveLongCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Long) get(row, index, codec, protocol);
  }

  static double getDouble(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveDoubleCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Double) get(row, index, codec, protocol);
  }

  static float getFloat(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveFloatCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Float) get(row, index, codec, protocol);
  }

  static boolean getBoolean(Row row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveBooleanCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Boolean) get(row, index, codec, protocol);
  }

  /** Why the stored value of a column does not convert: the column, the value as stored, and what to do. */
  static CoodieException failure(Row row, int index, TypeCodec<?> codec, ProtocolVersion protocol,
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
