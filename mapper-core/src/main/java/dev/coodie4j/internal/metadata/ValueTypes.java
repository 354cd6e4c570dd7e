package dev.coodie4j.internal.metadata;

import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.UserType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/** The Java type a hand-written statement's value is bound as, from the value alone. */
public final class ValueTypes {
  private ValueTypes() {}

  /**
   * The value's class, except: an implementation of a type drivers have codecs for (a heap ByteBuffer, an
   * Inet4Address, an enum constant with a body) binds as that type, which codec lookups by exact class find; a
   * {@code @UserType}, {@code @CqlTuple} or {@code @ConvertedBy} record binds as the mapper stores it; collections
   * and nulls leave the choice to the driver.
   */
  public static Type of(Object value) {
    if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return Object.class;
    } else if (value instanceof java.nio.ByteBuffer) {
      return java.nio.ByteBuffer.class;
    } else if (value instanceof java.net.InetAddress) {
      return java.net.InetAddress.class;
    } else if (value instanceof Enum<?> constant) {
      return constant.getDeclaringClass();
    }
    Class<?> type = value.getClass();
    if (type.isAnnotationPresent(UserType.class) || type.isAnnotationPresent(CqlTuple.class)
        || type.isAnnotationPresent(ConvertedBy.class)) {
      return Converters.bindingType(type, "a value of a raw statement", type);
    }
    return type;
  }
}
