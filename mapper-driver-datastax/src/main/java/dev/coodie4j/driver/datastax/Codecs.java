package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.coodie4j.CqlDuration;
import java.lang.reflect.Type;
import java.util.Map;

/** Finds the codec between a live CQL type and a property's Java type; runs when a statement is prepared. */
final class Codecs {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class,
      boolean.class, Boolean.class, short.class, Short.class, byte.class, Byte.class);
  private static final TypeCodec<CqlDuration> DURATION = new DurationCodec();

  private final CodecRegistry registry;

  Codecs(CodecRegistry registry) {
    this.registry = registry;
  }

  /** The codec, or null when the Java type cannot hold the CQL type. */
  @SuppressWarnings("unchecked")
  TypeCodec<Object> find(DataType cqlType, Type javaType) {
    Type boxed = javaType instanceof Class<?> c ? BOXES.getOrDefault(c, c) : javaType;
    TypeCodec<?> codec;
    if (boxed == byte[].class) {
      codec = cqlType.equals(DataTypes.BLOB) ? ExtraTypeCodecs.BLOB_TO_ARRAY : null;
    } else if (boxed == Object.class) {
      codec = registry.codecFor(cqlType);
    } else if (boxed == CqlDuration.class) {
      codec = cqlType.equals(DataTypes.DURATION) ? DURATION : null;
    } else {
      try {
        GenericType<?> generic = GenericType.of(boxed);
        codec = registry.codecFor(cqlType, generic);
      } catch (CodecNotFoundException e) {
        codec = null;
      }
    }
    return (TypeCodec<Object>) codec;
  }

  private static final class DurationCodec
      extends MappingCodec<com.datastax.oss.driver.api.core.data.CqlDuration, CqlDuration> {
    DurationCodec() {
      super(TypeCodecs.DURATION, GenericType.of(CqlDuration.class));
    }

    @Override
    protected CqlDuration innerToOuter(com.datastax.oss.driver.api.core.data.CqlDuration value) {
      return value == null ? null : new CqlDuration(value.getMonths(), value.getDays(), value.getNanoseconds());
    }

    @Override
    protected com.datastax.oss.driver.api.core.data.CqlDuration outerToInner(CqlDuration value) {
      return value == null ? null
          : com.datastax.oss.driver.api.core.data.CqlDuration.newInstance(value.months(), value.days(), value.nanoseconds());
    }
  }
}
