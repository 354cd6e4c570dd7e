package dev.coodie4j.internal.metadata;

import java.util.Map;

/** Boxing and default values of primitive types. */
public final class Primitives {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class,
      boolean.class, Boolean.class, short.class, Short.class, byte.class, Byte.class, char.class, Character.class);
  private static final Map<Class<?>, Object> DEFAULTS = Map.of(
      int.class, 0, long.class, 0L, double.class, 0d, float.class, 0f,
      boolean.class, false, short.class, (short) 0, byte.class, (byte) 0, char.class, (char) 0);

  private Primitives() {}

  public static Class<?> box(Class<?> type) {
    return type.isPrimitive() ? BOXES.get(type) : type;
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
