package dev.coodie4j.internal.metadata;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;

/** Parameterized types built at run time, equal to the JDK's own for the same type. */
public final class Types {
  private Types() {}

  /** {@code raw<arguments>}, equal to the JDK's parameterized type of the same form. */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    return new Parameterized(raw, arguments);
  }

  /** {@code Set<element>}. */
  public static ParameterizedType setOf(Class<?> element) {
    return new Parameterized(java.util.Set.class, new Type[] {Primitives.box(element)});
  }

  private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p && raw.equals(p.getRawType()) && p.getOwnerType() == null
          && Arrays.equals(getActualTypeArguments(), p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(getActualTypeArguments()) ^ raw.hashCode();
    }

    @Override
    public String getTypeName() {
      return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName)
          .collect(java.util.stream.Collectors.joining(", ", "<", ">"));
    }

    @Override
    public String toString() {
      return getTypeName();
    }
  }
}
