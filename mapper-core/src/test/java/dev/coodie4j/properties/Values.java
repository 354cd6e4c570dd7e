package dev.coodie4j.properties;

import dev.coodie4j.annotation.Vector;
import dev.coodie4j.types.CqlDuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of the entities' Java types, read from the record components' generic types. */
final class Values {
  private Values() {}

  private static final Map<RecordComponent, Arbitrary<Object>> BY_COMPONENT =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<Type, Arbitrary<Object>> BY_TYPE = new java.util.concurrent.ConcurrentHashMap<>();

  /** A value for a record component: of its type, null now and then for reference types. Built once. */
  static Arbitrary<Object> forComponent(RecordComponent component) {
    Arbitrary<Object> cached = BY_COMPONENT.get(component);
    if (cached == null) {
      cached = buildForComponent(component);
      BY_COMPONENT.put(component, cached);
    }
    return cached;
  }

  private static Arbitrary<Object> buildForComponent(RecordComponent component) {
    Vector vector = component.getAnnotation(Vector.class);
    Arbitrary<Object> values = vector != null ? vector(vector.value()) : forType(component.getGenericType());
    return component.getType().isPrimitive() ? values : values.injectNull(0.1);
  }

  /** Mostly vectors of the declared length, sometimes one float too many or too few. */
  static Arbitrary<Object> vector(int dimension) {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.just(dimension)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(dimension - 1)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(dimension + 1)))
        .flatMap(n -> Arbitraries.floats().list().ofSize(n).map(list -> {
          float[] array = new float[list.size()];
          for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
          }
          return (Object) array;
        }));
  }

  /** Arbitrary values of a Java type, built once per type. */
  static Arbitrary<Object> forType(Type type) {
    Arbitrary<Object> cached = BY_TYPE.get(type);
    if (cached == null) {
      cached = buildForType(type);
      BY_TYPE.put(type, cached);
    }
    return cached;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Arbitrary<Object> buildForType(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return forType(args[0]).list().ofMaxSize(3).map(l -> (Object) l);
      } else if (raw == Set.class) {
        return forType(args[0]).set().ofMaxSize(3).map(s -> (Object) new LinkedHashSet<>(s));
      } else if (raw == SortedSet.class) {
        return forType(args[0]).set().ofMaxSize(3).map(s -> (Object) new TreeSet<>((Set) s));
      } else if (raw == Map.class || raw == SortedMap.class) {
        Arbitrary<Object> keys = forType(args[0]);
        Arbitrary<Object> vals = forType(args[1]);
        return Arbitraries.maps(keys, vals).ofMaxSize(3)
            .map(m -> raw == SortedMap.class ? (Object) new TreeMap<>((Map) m) : (Object) new LinkedHashMap<>(m));
      }
      throw new IllegalArgumentException("no generator for " + type);
    }
    Class<?> c = (Class<?>) type;
    Arbitrary<?> a;
    if (c == String.class) {
      a = Arbitraries.strings().ascii().ofMaxLength(6);
    } else if (c == int.class || c == Integer.class) {
      a = Arbitraries.integers();
    } else if (c == long.class || c == Long.class) {
      a = Arbitraries.longs();
    } else if (c == short.class || c == Short.class) {
      a = Arbitraries.shorts();
    } else if (c == byte.class || c == Byte.class) {
      a = Arbitraries.bytes();
    } else if (c == float.class || c == Float.class) {
      a = Arbitraries.oneOf(Arbitraries.floats(), Arbitraries.of(Float.NaN, Float.POSITIVE_INFINITY, -0f));
    } else if (c == double.class || c == Double.class) {
      a = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY));
    } else if (c == boolean.class || c == Boolean.class) {
      a = Arbitraries.of(true, false);
    } else if (c == BigInteger.class) {
      a = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
    } else if (c == BigDecimal.class) {
      a = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1e9), BigDecimal.valueOf(1e9)).ofScale(3);
    } else if (c == UUID.class) {
      a = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    } else if (c == Instant.class) {
      a = Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L).map(Instant::ofEpochMilli);
    } else if (c == LocalDate.class) {
      a = Arbitraries.longs().between(-1_000_000, 1_000_000).map(LocalDate::ofEpochDay);
    } else if (c == LocalTime.class) {
      a = Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay);
    } else if (c == CqlDuration.class) {
      a = Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
          Arbitraries.longs().between(0, Long.MAX_VALUE / 2)).as(CqlDuration::new);
    } else if (c == ByteBuffer.class) {
      a = Arbitraries.bytes().array(byte[].class).ofMaxSize(4).map(ByteBuffer::wrap);
    } else if (c == byte[].class) {
      a = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
    } else if (c == InetAddress.class) {
      a = Arbitraries.bytes().array(byte[].class).ofSize(4).map(Values::inet);
    } else if (c.isEnum()) {
      a = Arbitraries.of((Class<Enum>) c);
    } else if (c.isRecord()) {
      a = record(c, false);
    } else {
      throw new IllegalArgumentException("no generator for " + type);
    }
    return (Arbitrary<Object>) a;
  }

  private static InetAddress inet(byte[] address) {
    try {
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record built from arbitrary component values (nulls for reference components when {@code nulls}). */
  static Arbitrary<Object> record(Class<?> type, boolean nulls) {
    RecordComponent[] components = type.getRecordComponents();
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (RecordComponent component : components) {
      Arbitrary<Object> part = component.getAnnotation(Vector.class) != null
          ? vector(component.getAnnotation(Vector.class).value()) : forType(component.getGenericType());
      parts.add(nulls && !component.getType().isPrimitive() ? part.injectNull(0.1) : part);
    }
    return Combinators.combine(parts).as(values -> construct(type, values.toArray()));
  }

  static Object construct(Class<?> type, Object[] values) {
    try {
      Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type + " from " + java.util.Arrays.toString(values), e);
    }
  }

  /** The component values of a record, in order. */
  static Object[] components(Object record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        var accessor = components[i].getAccessor();
        accessor.setAccessible(true);
        values[i] = accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }

  /** A value of some Java type or other, often not the one a column wants: for the refusal paths. */
  static Arbitrary<Object> anything() {
    return ANYTHING;
  }

  private static final Arbitrary<Object> ANYTHING = buildAnything();

  private static Arbitrary<Object> buildAnything() {
    return Arbitraries.oneOf(forType(String.class), forType(Integer.class), forType(Long.class),
        forType(Double.class), forType(UUID.class), forType(Entities.Plan.class), forType(Entities.Money.class),
        forType(Entities.GeoPoint.class), forType(LocalDate.class), forType(Instant.class),
        Arbitraries.strings().ofMaxLength(3).list().ofMaxSize(2).map(l -> (Object) l),
        Arbitraries.just(new Object()));
  }

}
