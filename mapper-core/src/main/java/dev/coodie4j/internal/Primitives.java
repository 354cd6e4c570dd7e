package dev.coodie4j.internal;

import java.util.Map;

/** Boxing and default values of primitive types. */
final class Primitives {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class,
      boolean.class, Boolean.class, short.class, Short.class, byte.class, Byte.class, char.class, Character.class);
  private static final Map<Class<?>, Object> DEFAULTS = Map.of(
      int.class, 0, long.class, 0L, double.class, 0d, float.class, 0f,
      boolean.class, false, short.class, (short) 0, byte.class, (byte) 0, char.class, (char) 0);

  private Primitives() {}

  static Class<?> box(Class<?> type) {
    return type.isPrimitive() ? BOXES.get(type) : type;
  }

  /** The value a property of this type has when nothing is stored: null, or 0 / false for primitives. */
  static Object defaultValue(Class<?> type) {
    return DEFAULTS.get(type);
  }
}
