package dev.coodie4j.internal.metadata;

import java.util.Map;

/** Boxing and default values of primitive types. */
public final class Primitives {
  private static final Map<Class<?>, Object> DEFAULTS = Map.of(
      int.class, 0, long.class, 0L, double.class, 0d, float.class, 0f,
      boolean.class, false, short.class, (short) 0, byte.class, (byte) 0, char.class, (char) 0);

  private Primitives() {}

  /** The wrapper of a primitive type, else the type; compares, so that per-call value checks hash nothing. */
  public static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    return type == char.class ? Character.class : Void.class;
  }

  /**
   * The value a property of this type has when nothing is stored: 0 / false for primitives, an empty immutable
   * collection for List, Set and Map (Cassandra does not tell an empty collection from a missing one), else null.
   */
  public static Object defaultValue(Class<?> type) {
    if (type == java.util.List.class) {
      return java.util.List.of();
    } else if (type == java.util.Set.class) {
      return java.util.Set.of();
    } else if (type == java.util.Map.class) {
      return java.util.Map.of();
    } else if (type == java.util.SortedSet.class) {
      return java.util.Collections.emptySortedSet();
    } else if (type == java.util.SortedMap.class) {
      return java.util.Collections.emptySortedMap();
    }
    return DEFAULTS.get(type);
  }
}
