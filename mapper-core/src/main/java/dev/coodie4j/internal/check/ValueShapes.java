package dev.coodie4j.internal.check;

import dev.coodie4j.internal.metadata.Primitives;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.spi.TupleRecord;
import dev.coodie4j.spi.UdtRecord;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Whether a value fits a binding type all the way down: a {@code Set<String>} element of a {@code List<Set<String>>}
 * must hold strings, not only be a set. Collections hold no nulls, as CQL collections cannot.
 */
public final class ValueShapes {
  private ValueShapes() {}

  static boolean fits(Object value, Type type) {
    if (value == null) {
      return false;
    }
    if (type instanceof Class<?> c) {
      return Primitives.box(c).isInstance(value);
    }
    if (type instanceof ConvertedType converted) {
      return fits(value, converted.javaType());
    }
    if (type instanceof UdtRecord udt) {
      return udt.record().isInstance(value);
    }
    if (type instanceof TupleRecord tuple) {
      return tuple.record().isInstance(value);
    }
    if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
      if (!raw.isInstance(value)) {
        return false;
      }
      Type[] arguments = parameterized.getActualTypeArguments();
      if (value instanceof Collection<?> elements && arguments.length == 1) {
        for (Object element : elements) {
          if (!fits(element, arguments[0])) {
            return false;
          }
        }
      } else if (value instanceof Map<?, ?> entries && arguments.length == 2) {
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
          if (!fits(entry.getKey(), arguments[0]) || !fits(entry.getValue(), arguments[1])) {
            return false;
          }
        }
      }
      return true;
    }
    return true;
  }

  /** The type as a user wrote it, for messages: {@code java.util.Set<java.lang.String>}, {@code Money}. */
  static String describe(Type type) {
    if (type instanceof ConvertedType converted) {
      return describe(converted.javaType());
    }
    if (type instanceof UdtRecord udt) {
      return udt.record().getName();
    }
    if (type instanceof TupleRecord tuple) {
      return tuple.record().getName();
    }
    if (type instanceof ParameterizedType p) {
      StringBuilder text = new StringBuilder(((Class<?>) p.getRawType()).getName()).append('<');
      Type[] arguments = p.getActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        text.append(i == 0 ? "" : ", ").append(describe(arguments[i]));
      }
      return text.append('>').toString();
    }
    return type instanceof Class<?> c ? Primitives.box(c).getName() : type.getTypeName();
  }
}
