package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.GettableByIndex;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;

/** Decodes one column of a row with a codec resolved beforehand; primitives without boxing where the codec allows. */
final class RowDecoding {
  private RowDecoding() {}

  static Object get(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    java.nio.ByteBuffer bytes = row.getBytesUnsafe(index);
    // the driver's vector-to-array codec throws on an empty cell instead of decoding it to null
    if (bytes == null && codec.getCqlType() instanceof com.datastax.oss.driver.api.core.type.VectorType) {
      return null;
    }
    return codec.decode(bytes, protocol);
  }

  static int getInt(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveIntCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Integer) get(row, index, codec, protocol);
  }

  static long getLong(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveLongCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Long) get(row, index, codec, protocol);
  }

  static double getDouble(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveDoubleCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Double) get(row, index, codec, protocol);
  }

  static float getFloat(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveFloatCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Float) get(row, index, codec, protocol);
  }

  static boolean getBoolean(GettableByIndex row, int index, TypeCodec<Object> codec, ProtocolVersion protocol) {
    return (Object) codec instanceof PrimitiveBooleanCodec primitive
        ? primitive.decodePrimitive(row.getBytesUnsafe(index), protocol)
        : (Boolean) get(row, index, codec, protocol);
  }
}
