package dev.coodie4j.internal.access;

import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * The handles that read one column of a row as its property's type, for the instantiators to combine. A primitive
 * property is read through a primitive-typed handle behind a null check, so that reading it boxes nothing whether or
 * not the JIT's escape analysis would have removed a box.
 */
final class ColumnReaders {
  private static final MethodHandle IS_NULL;
  private static final MethodHandle GET;
  private static final MethodHandle OR_DEFAULT;
  private static final Map<Class<?>, MethodHandle> PRIMITIVE_GETTERS;

  static {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      IS_NULL = lookup.findVirtual(ColumnValues.class, "isNull", MethodType.methodType(boolean.class, int.class));
      GET = lookup.findVirtual(ColumnValues.class, "get", MethodType.methodType(Object.class, int.class));
      OR_DEFAULT = lookup.findStatic(ColumnReaders.class, "orDefault",
          MethodType.methodType(Object.class, Object.class, Object.class));
      PRIMITIVE_GETTERS = Map.of(
          int.class, getter(lookup, "getInt", int.class),
          long.class, getter(lookup, "getLong", long.class),
          double.class, getter(lookup, "getDouble", double.class),
          float.class, getter(lookup, "getFloat", float.class),
          boolean.class, getter(lookup, "getBoolean", boolean.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ColumnReaders() {}

  private static MethodHandle getter(MethodHandles.Lookup lookup, String name, Class<?> primitive)
      throws ReflectiveOperationException {
    return lookup.findVirtual(ColumnValues.class, name, MethodType.methodType(primitive, int.class));
  }

  /**
   * {@code (R)type}: row column {@code column} as a property of type {@code type}, or {@code fallback} when the
   * column is null; {@code R} is {@link ColumnValues}, or the row type the given handles take.
   *
   * @param given the driver's reader of the column, {@code (R)Object}, or, for a primitive {@code type},
   *     {@code (R)type}, called only when the column is not null; null to read through {@link ColumnValues}
   * @param givenIsNull {@code (R)boolean}, whether the column is null, for a primitive {@code given}; null to ask
   *     {@link ColumnValues#isNull}
   */
  static MethodHandle of(Class<?> type, Object fallback, int column, MethodHandle given, MethodHandle givenIsNull) {
    MethodHandle read = given;
    if (read == null) {
      MethodHandle getter = PRIMITIVE_GETTERS.get(type); // char, short and byte have no getter of their own
      read = MethodHandles.insertArguments(getter != null ? getter : GET, 1, column);
    }
    Class<?> row = read.type().parameterType(0);
    if (read.type().returnType().isPrimitive()) {
      MethodHandle isNull = givenIsNull != null ? givenIsNull : MethodHandles.insertArguments(IS_NULL, 1, column);
      return MethodHandles.guardWithTest(isNull, constant(type, fallback, row), read);
    }
    // a boxed value: null (a null column, or an empty value the codec reads as null) gives the fallback
    MethodHandle value = fallback == null ? read
        : MethodHandles.filterReturnValue(read, MethodHandles.insertArguments(OR_DEFAULT, 1, fallback));
    return value.asType(MethodType.methodType(type, row));
  }

  /** {@code (row)type}: {@code value} whatever the row, for a property without a column in it. */
  static MethodHandle constant(Class<?> type, Object value, Class<?> row) {
    MethodHandle constant = value == null ? MethodHandles.zero(type) : MethodHandles.constant(type, value);
    return MethodHandles.dropArguments(constant, 0, row);
  }

  /** The type of row the given column readers take: {@link ColumnValues} when there are none. */
  static Class<?> rowType(MethodHandle[] columnReaders) {
    return columnReaders == null || columnReaders.length == 0 ? ColumnValues.class
        : columnReaders[0].type().parameterType(0);
  }

  private static Object orDefault(Object value, Object fallback) {
    return value != null ? value : fallback;
  }
}
