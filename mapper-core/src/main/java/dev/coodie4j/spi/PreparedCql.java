package dev.coodie4j.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** A prepared statement with its converters resolved. Thread-safe; {@link #bind()} starts one execution. */
public interface PreparedCql {
  StatementSpec spec();

  /** A new binding with every variable unset. */
  Binding bind();

  /**
   * A handle of type {@code (Binding, valueType)void} that sets variable {@code index} of a binding of this statement
   * to a non-null value, as {@link Binding#set} (or {@code setInt}, ... for a primitive {@code valueType}) does. The
   * mapper composes it once per statement with the properties' getters ({@link EntityAccess#writer}), so a driver that
   * binds its codec for the variable into the handle spares each execution the call site shared by every codec. The
   * default calls the binding's setter.
   *
   * @param valueType {@code Object.class}, or one of {@code int}, {@code long}, {@code double}, {@code float} and
   *     {@code boolean}
   */
  default MethodHandle setter(int index, Class<?> valueType) {
    String name = valueType == Object.class ? "set"
        : "set" + Character.toUpperCase(valueType.getName().charAt(0)) + valueType.getName().substring(1);
    try {
      MethodHandle set = MethodHandles.publicLookup()
          .findVirtual(Binding.class, name, MethodType.methodType(void.class, int.class, valueType));
      return MethodHandles.insertArguments(set, 1, index);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no Binding setter for " + valueType, e);
    }
  }
}
