package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.codec.registry.MutableCodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.spi.TupleRecord;
import dev.coodie4j.spi.UdtRecord;
import dev.coodie4j.types.CqlDuration;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Finds the codec between a live CQL type and a property's Java type; runs when a statement is prepared. */
final class Codecs {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class,
      boolean.class, Boolean.class, short.class, Short.class, byte.class, Byte.class);
  private static final TypeCodec<CqlDuration> DURATION = new DurationCodec();

  private final CodecRegistry registry;
  private final Set<Class<?>> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
    } else if (boxed instanceof UdtRecord udt) {
      codec = cqlType instanceof com.datastax.oss.driver.api.core.type.UserDefinedType userType
          ? udtCodec(userType, udt) : null;
    } else if (boxed instanceof TupleRecord tuple) {
      codec = cqlType instanceof com.datastax.oss.driver.api.core.type.TupleType tupleType
          ? tupleCodec(tupleType, tuple) : null;
    } else if (boxed instanceof ConvertedType converted) {
      codec = convertedCodec(cqlType, converted);
    } else if (boxed instanceof ParameterizedType parameterized && holdsConverted(parameterized)) {
      codec = collectionCodec(cqlType, parameterized);
    } else if (cqlType instanceof com.datastax.oss.driver.api.core.type.VectorType vector) {
      codec = vectorCodec(vector, boxed);
    } else if (boxed instanceof Class<?> c && c.isEnum()) {
      codec = enumCodec(cqlType, c);
    } else if (boxed instanceof ParameterizedType sorted && (sorted.getRawType() == SortedSet.class
        || sorted.getRawType() == SortedMap.class)) {
      codec = sortedCodec(cqlType, sorted);
    } else if (boxed == Object.class) {
      codec = registry.codecFor(cqlType);
    } else if (boxed == CqlDuration.class) {
      codec = cqlType.equals(DataTypes.DURATION) ? DURATION : null;
    } else {
      registerEnumElements(boxed);
      try {
        GenericType<?> generic = GenericType.of(boxed);
        codec = registry.codecFor(cqlType, generic);
      } catch (CodecNotFoundException e) {
        codec = null;
      }
    }
    return (TypeCodec<Object>) codec;
  }

  /** Binds and reads the stored type, converting to and from the property's type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> convertedCodec(DataType cqlType, ConvertedType converted) {
    TypeCodec<Object> inner = find(cqlType, converted.columnType());
    if (inner == null) {
      return null;
    }
    Type javaType = converted.javaType();
    Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
    return new MappingCodec<Object, Object>(inner, (GenericType) GenericType.of(raw)) {
      @Override
      protected Object innerToOuter(Object value) {
        return value == null ? null : converted.fromColumn().apply(value);
      }

      @Override
      protected Object outerToInner(Object value) {
        return value == null ? null : converted.toColumn().apply(value);
      }
    };
  }

  private static boolean holdsConverted(ParameterizedType type) {
    for (Type argument : type.getActualTypeArguments()) {
      if (argument instanceof ConvertedType || argument instanceof TupleRecord || argument instanceof UdtRecord
          || argument instanceof ParameterizedType nested && holdsConverted(nested)) {
        return true;
      }
    }
    return false;
  }

  /** A record read from and written to a tuple, component by component with their own codecs. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> tupleCodec(com.datastax.oss.driver.api.core.type.TupleType cqlType, TupleRecord tuple) {
    List<DataType> componentTypes = cqlType.getComponentTypes();
    if (componentTypes.size() != tuple.components().size()) {
      return null;
    }
    TypeCodec<Object>[] components = new TypeCodec[componentTypes.size()];
    for (int i = 0; i < components.length; i++) {
      components[i] = find(componentTypes.get(i), tuple.components().get(i));
      if (components[i] == null) {
        return null;
      }
    }
    TypeCodec<TupleValue> inner = TypeCodecs.tupleOf(cqlType);
    return new MappingCodec<TupleValue, Object>(inner, (GenericType) GenericType.of(tuple.record())) {
      @Override
      protected Object innerToOuter(TupleValue value) {
        if (value == null) {
          return null;
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = value.get(i, components[i]);
        }
        return tuple.create().apply(values);
      }

      @Override
      protected TupleValue outerToInner(Object value) {
        if (value == null) {
          return null;
        }
        Object[] values = tuple.values().apply(value);
        TupleValue result = cqlType.newValue();
        for (int i = 0; i < values.length; i++) {
          result = values[i] == null ? result.setToNull(i) : result.set(i, values[i], components[i]);
        }
        return result;
      }
    };
  }

  /** A record read from and written to a user type value, field by field, by name. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> udtCodec(com.datastax.oss.driver.api.core.type.UserDefinedType cqlType, UdtRecord udt) {
    int[] positions = new int[udt.fieldNames().size()];
    TypeCodec<Object>[] fields = new TypeCodec[positions.length];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = cqlType.firstIndexOf(CqlIdentifier.fromInternal(udt.fieldNames().get(i)));
      if (positions[i] < 0) {
        throw new dev.coodie4j.CoodieException("user type " + cqlType.getName().asInternal() + " has no field \""
            + udt.fieldNames().get(i) + "\" that " + udt.record().getName() + " maps: run sync to add it");
      }
      fields[i] = find(cqlType.getFieldTypes().get(positions[i]), udt.fieldTypes().get(i));
      if (fields[i] == null) {
        return null;
      }
    }
    MethodHandle[] writers = new MethodHandle[positions.length]; // (Object record, UdtValue)UdtValue
    for (int i = 0; i < writers.length; i++) {
      writers[i] = MethodHandles.insertArguments(SET_FIELD, 0, udt.accessors().get(i), fields[i], positions[i],
          "field \"" + udt.fieldNames().get(i) + "\" of user type " + cqlType.getKeyspace().asInternal() + "."
              + cqlType.getName().asInternal());
    }
    MethodHandle read = reader(udt.constructor(), fields, positions); // (UdtValue)Object
    TypeCodec<UdtValue> inner = TypeCodecs.udtOf(cqlType);
    return new MappingCodec<UdtValue, Object>(inner, (GenericType) GenericType.of(udt.record())) {
      @Override
      protected Object innerToOuter(UdtValue value) {
        if (value == null) {
          return null;
        }
        try {
          return (Object) read.invokeExact(value);
        } catch (dev.coodie4j.CoodieException e) {
          throw e;
        } catch (Throwable e) {
          throw new dev.coodie4j.CoodieException("the canonical constructor of " + udt.record().getName() + " threw "
              + e + " for the values read from user type " + cqlType.getName().asInternal() + "; make it accept "
              + "every value stored", e);
        }
      }

      @Override
      protected UdtValue outerToInner(Object value) {
        if (value == null) {
          return null;
        }
        UdtValue result = cqlType.newValue();
        try {
          for (MethodHandle writer : writers) {
            result = (UdtValue) writer.invokeExact(value, result);
          }
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new dev.coodie4j.CoodieException(udt.record().getName() + ": an accessor threw " + e + " while it was "
              + "written as user type " + cqlType.getName().asInternal() + "; make its accessors return without "
              + "throwing", e);
        }
        return result;
      }
    };
  }

  /**
   * Sets one field of a user type value from one record component. Composed per field with the component's accessor
   * and the field's codec bound in, it is compiled for that pair alone, where one loop would call every accessor and
   * every codec from the same sites. A value the codec refuses fails naming {@code field} (which field of which user
   * type), the codec's exception as the cause.
   */
  private static UdtValue setField(MethodHandle accessor, TypeCodec<Object> codec, int position, String field,
      Object record, UdtValue value) throws Throwable {
    Object fieldValue = (Object) accessor.invokeExact(record);
    if (fieldValue == null) {
      return value.setToNull(position);
    }
    ByteBuffer bytes;
    try {
      bytes = Utf8Text.encode(codec, fieldValue, value.protocolVersion());
    } catch (RuntimeException e) {
      throw new dev.coodie4j.CoodieException(DataStaxPrepared.cannotHold(field, codec.getCqlType(), fieldValue, e), e);
    }
    return value.setBytesUnsafe(position, bytes);
  }

  /**
   * One handle that reads each field of a user type value with its codec and calls the record's canonical
   * constructor with them, a null field of a primitive component giving its Java default: no array, and no call site
   * shared between fields or user types.
   */
  private static MethodHandle reader(MethodHandle constructor, TypeCodec<Object>[] fields, int[] positions) {
    MethodHandle[] filters = new MethodHandle[positions.length];
    for (int i = 0; i < filters.length; i++) {
      Class<?> parameter = constructor.type().parameterType(i);
      MethodHandle field = MethodHandles.insertArguments(GET_FIELD, 0, fields[i], positions[i]);
      if (parameter.isPrimitive()) {
        Object zero = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(parameter, 1), 0);
        field = MethodHandles.filterReturnValue(field, MethodHandles.insertArguments(OR_DEFAULT, 1, zero));
      }
      filters[i] = field.asType(MethodType.methodType(parameter, UdtValue.class));
    }
    return MethodHandles.permuteArguments(MethodHandles.filterArguments(constructor, 0, filters),
        MethodType.methodType(Object.class, UdtValue.class), new int[positions.length]);
  }

  private static Object orDefault(Object value, Object zero) {
    return value != null ? value : zero;
  }

  /** Reads one field of a user type value; composed per field with its codec, like {@link #setField}. */
  private static Object getField(TypeCodec<Object> codec, int position, UdtValue value) {
    return Utf8Text.decode(codec, value.getBytesUnsafe(position), value.protocolVersion());
  }

  private static final MethodHandle SET_FIELD;
  private static final MethodHandle GET_FIELD;
  private static final MethodHandle OR_DEFAULT;

  static {
    try {
      OR_DEFAULT = MethodHandles.lookup().findStatic(Codecs.class, "orDefault", MethodType.methodType(Object.class,
          Object.class, Object.class));
      GET_FIELD = MethodHandles.lookup().findStatic(Codecs.class, "getField", MethodType.methodType(Object.class,
          TypeCodec.class, int.class, UdtValue.class));
      SET_FIELD = MethodHandles.lookup().findStatic(Codecs.class, "setField", MethodType.methodType(UdtValue.class,
          MethodHandle.class, TypeCodec.class, int.class, String.class, Object.class, UdtValue.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A list, set or map whose elements are converted: built from the element codecs. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> collectionCodec(DataType cqlType, ParameterizedType type) {
    Type[] arguments = type.getActualTypeArguments();
    if (cqlType instanceof com.datastax.oss.driver.api.core.type.ListType list && type.getRawType() == java.util.List.class) {
      TypeCodec<Object> element = find(list.getElementType(), arguments[0]);
      return element == null ? null : TypeCodecs.listOf(element);
    }
    if (cqlType instanceof com.datastax.oss.driver.api.core.type.SetType set && type.getRawType() == Set.class) {
      TypeCodec<Object> element = find(set.getElementType(), arguments[0]);
      return element == null ? null : TypeCodecs.setOf(element);
    }
    if (cqlType instanceof com.datastax.oss.driver.api.core.type.MapType map && type.getRawType() == java.util.Map.class) {
      TypeCodec<Object> key = find(map.getKeyType(), arguments[0]);
      TypeCodec<Object> value = find(map.getValueType(), arguments[1]);
      return key == null || value == null ? null : TypeCodecs.mapOf(key, value);
    }
    return null;
  }

  /** float[] or List<Float> for vector<float, n>. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeCodec<?> vectorCodec(com.datastax.oss.driver.api.core.type.VectorType vector, Type javaType) {
    if (!vector.getElementType().equals(DataTypes.FLOAT)) {
      return null;
    }
    if (javaType == float[].class) {
      return new EmptyCellAsNull<>(ExtraTypeCodecs.floatVectorToArray(vector.getDimensions()));
    }
    if (!(javaType instanceof ParameterizedType list) || list.getRawType() != java.util.List.class
        || list.getActualTypeArguments()[0] != Float.class) {
      return null;
    }
    TypeCodec<CqlVector<Float>> inner = TypeCodecs.vectorOf(vector.getDimensions(), TypeCodecs.FLOAT);
    return new MappingCodec<CqlVector<Float>, java.util.List<Float>>(inner, (GenericType) GenericType.of(javaType)) {
      @Override
      protected java.util.List<Float> innerToOuter(CqlVector<Float> value) {
        return value == null ? null : value.stream().toList();
      }

      @Override
      protected CqlVector<Float> outerToInner(java.util.List<Float> value) {
        return value == null ? null : CqlVector.newInstance(value);
      }

      @Override
      public java.util.List<Float> decode(java.nio.ByteBuffer bytes, ProtocolVersion protocol) {
        return bytes == null ? null : super.decode(bytes, protocol);
      }
    };
  }

  /**
   * A vector codec that reads an empty cell as null: the driver's vector codecs throw on one, and a row without the
   * vector is ordinary. Doing it here keeps the check off every other column's decoding.
   */
  private record EmptyCellAsNull<T>(TypeCodec<T> vector) implements TypeCodec<T> {
    @Override
    public GenericType<T> getJavaType() {
      return vector.getJavaType();
    }

    @Override
    public DataType getCqlType() {
      return vector.getCqlType();
    }

    @Override
    public java.nio.ByteBuffer encode(T value, ProtocolVersion protocol) {
      return vector.encode(value, protocol);
    }

    @Override
    public T decode(java.nio.ByteBuffer bytes, ProtocolVersion protocol) {
      return bytes == null ? null : vector.decode(bytes, protocol);
    }

    @Override
    public String format(T value) {
      return vector.format(value);
    }

    @Override
    public T parse(String value) {
      return vector.parse(value);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeCodec<?> enumCodec(DataType cqlType, Class<?> type) {
    Class<Enum> enumType = (Class<Enum>) type;
    if (cqlType.equals(DataTypes.TEXT) || cqlType.equals(DataTypes.ASCII)) {
      return ExtraTypeCodecs.enumNamesOf(enumType);
    }
    return cqlType.equals(DataTypes.INT) ? ExtraTypeCodecs.enumOrdinalsOf(enumType) : null;
  }

  /**
   * Enums inside collections are stored by name: the session's registry learns the enum's name codec once, so that
   * it can build the collection codec. The application's own lookups for that enum then find it too.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void registerEnumElements(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (argument instanceof Class<?> c && c.isEnum() && registered.add(c)
            && registry instanceof MutableCodecRegistry mutable) {
          try {
            registry.codecFor(DataTypes.TEXT, GenericType.of(c));
          } catch (CodecNotFoundException unknown) {
            mutable.register(ExtraTypeCodecs.enumNamesOf((Class<Enum>) c));
          }
        }
        registerEnumElements(argument);
      }
    }
  }

  /** SortedSet and SortedMap: the driver's Set or Map codec, read into a TreeSet or TreeMap. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> sortedCodec(DataType cqlType, ParameterizedType sorted) {
    Type[] arguments = sorted.getActualTypeArguments();
    try {
      if (sorted.getRawType() == SortedSet.class) {
        TypeCodec<Set<Object>> inner = (TypeCodec) registry.codecFor(cqlType,
            GenericType.setOf(GenericType.of(arguments[0])));
        return new MappingCodec<Set<Object>, SortedSet<Object>>(inner, (GenericType) GenericType.of(sorted)) {
          @Override
          protected SortedSet<Object> innerToOuter(Set<Object> value) {
            return value == null ? null : new TreeSet<>(value);
          }

          @Override
          protected Set<Object> outerToInner(SortedSet<Object> value) {
            return value;
          }
        };
      }
      TypeCodec<Map<Object, Object>> inner = (TypeCodec) registry.codecFor(cqlType,
          GenericType.mapOf(GenericType.of(arguments[0]), GenericType.of(arguments[1])));
      return new MappingCodec<Map<Object, Object>, SortedMap<Object, Object>>(inner, (GenericType) GenericType.of(sorted)) {
        @Override
        protected SortedMap<Object, Object> innerToOuter(Map<Object, Object> value) {
          return value == null ? null : new TreeMap<>(value);
        }

        @Override
        protected Map<Object, Object> outerToInner(SortedMap<Object, Object> value) {
          return value;
        }
      };
    } catch (CodecNotFoundException e) {
      return null;
    }
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
