package dev.coodie4j.internal.access;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;

/**
 * Reads a row into a record through its canonical constructor; unmapped components get their Java default. The
 * constructor is combined, once, with one reader per component into a single handle taking the row, so a read
 * allocates no argument array and boxes no primitive; {@link ConstantHandles} has the JVM compile that handle into
 * straight-line code.
 */
public final class RecordInstantiator<T> implements Instantiator<T> {
  private static final MethodHandle IS_NULL;
  private static final MethodHandle GET;
  private static final MethodHandle OR_DEFAULT;
  private static final Map<Class<?>, MethodHandle> PRIMITIVE_GETTERS;

  static {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      IS_NULL = lookup.findVirtual(ColumnValues.class, "isNull", MethodType.methodType(boolean.class, int.class));
      GET = lookup.findVirtual(ColumnValues.class, "get", MethodType.methodType(Object.class, int.class));
      OR_DEFAULT = lookup.findStatic(RecordInstantiator.class, "orDefault",
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

  private final Class<T> type;
  private final MethodHandle constructor; // (P0, ..., Pn)Object, the canonical constructor
  private final Class<?>[] componentTypes;
  private final Object[] nullValues; // what each component reads as when its column is null or absent
  private final int[] componentOfColumn;
  private final RowFunction reader;

  private RecordInstantiator(Class<T> type, MethodHandle constructor, Class<?>[] componentTypes, Object[] nullValues,
      int[] componentOfColumn, MethodHandle[] columnReaders) {
    this.type = type;
    this.constructor = constructor;
    this.componentTypes = componentTypes;
    this.nullValues = nullValues;
    this.componentOfColumn = componentOfColumn;
    this.reader = ConstantHandles.reader(reader(constructor, componentTypes, nullValues, componentOfColumn, columnReaders));
  }

  private static MethodHandle getter(MethodHandles.Lookup lookup, String name, Class<?> primitive)
      throws ReflectiveOperationException {
    return lookup.findVirtual(ColumnValues.class, name, MethodType.methodType(primitive, int.class));
  }

  public static <T> RecordInstantiator<T> create(Class<T> type, MethodHandles.Lookup lookup, List<Property> components,
      List<Property> columns) {
    Class<?>[] parameterTypes = components.stream().map(Property::type).toArray(Class<?>[]::new);
    MethodHandle constructor;
    try {
      constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
          .asType(MethodType.methodType(Object.class, parameterTypes));
    } catch (ReflectiveOperationException e) {
      throw new EntityDefinitionException(type, "its canonical constructor is not accessible", e);
    }
    int[] componentOfColumn = columns.stream().mapToInt(components::indexOf).toArray();
    return new RecordInstantiator<>(type, constructor, parameterTypes,
        components.stream().map(Property::nullValue).toArray(), componentOfColumn, null);
  }

  /**
   * (ColumnValues)Object: each component read from its column (or its default), then the constructor. Columns are
   * read by {@code columnReaders[column]} where given, else through {@link ColumnValues}.
   */
  private static MethodHandle reader(MethodHandle constructor, Class<?>[] componentTypes, Object[] nullValues,
      int[] componentOfColumn, MethodHandle[] columnReaders) {
    MethodHandle[] readers = new MethodHandle[componentTypes.length];
    for (int column = 0; column < componentOfColumn.length; column++) {
      int component = componentOfColumn[column];
      if (component < 0) { // a column without a component, such as a discriminator
        continue;
      }
      readers[component] = columnReaders == null
          ? columnReader(componentTypes[component], nullValues[component], column)
          : givenReader(componentTypes[component], nullValues[component], columnReaders[column]);
    }
    for (int component = 0; component < readers.length; component++) {
      if (readers[component] == null) {
        Object value = nullValues[component];
        MethodHandle constant = value == null ? MethodHandles.zero(componentTypes[component])
            : MethodHandles.constant(componentTypes[component], value);
        readers[component] = MethodHandles.dropArguments(constant, 0, ColumnValues.class);
      }
    }
    MethodHandle spread = MethodHandles.filterArguments(constructor, 0, readers);
    return MethodHandles.permuteArguments(spread, MethodType.methodType(Object.class, ColumnValues.class),
        new int[readers.length]);
  }

  /** (ColumnValues)type: the column's value, or {@code fallback} when the column is null. */
  private static MethodHandle columnReader(Class<?> type, Object fallback, int column) {
    MethodHandle boxed = column(column);
    if (!type.isPrimitive()) {
      return givenReader(type, fallback, boxed);
    }
    MethodHandle getter = PRIMITIVE_GETTERS.get(type);
    MethodHandle read = getter != null ? MethodHandles.insertArguments(getter, 1, column)
        : boxed.asType(MethodType.methodType(type, ColumnValues.class));
    MethodHandle orDefault = MethodHandles.dropArguments(MethodHandles.constant(type, fallback), 0,
        ColumnValues.class);
    return MethodHandles.guardWithTest(MethodHandles.insertArguments(IS_NULL, 1, column), orDefault, read);
  }

  /** (ColumnValues)type: the given {@code (ColumnValues)Object} reader's value, or {@code fallback} when null. */
  private static MethodHandle givenReader(Class<?> type, Object fallback, MethodHandle read) {
    return orDefault(read, fallback).asType(MethodType.methodType(type, ColumnValues.class));
  }

  /** {@code (ColumnValues)Object}: column {@code column} of the row, through {@link ColumnValues#get}. */
  static MethodHandle column(int column) {
    return MethodHandles.insertArguments(GET, 1, column);
  }

  /** {@code read}'s value, or {@code fallback} when it is null; {@code read} itself when there is no fallback. */
  static MethodHandle orDefault(MethodHandle read, Object fallback) {
    return fallback == null ? read
        : MethodHandles.filterReturnValue(read, MethodHandles.insertArguments(OR_DEFAULT, 1, fallback));
  }

  private static Object orDefault(Object value, Object fallback) {
    return value != null ? value : fallback;
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns) {
    return forColumns(modelColumns, null);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns, MethodHandle[] columnReaders) {
    int[] components = new int[modelColumns.length];
    for (int i = 0; i < modelColumns.length; i++) {
      components[i] = componentOfColumn[modelColumns[i]];
    }
    return new RecordInstantiator<>(type, constructor, componentTypes, nullValues, components, columnReaders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(ColumnValues row) {
    try {
      return (T) reader.apply(row);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw ReadFailures.of(type, e);
    }
  }
}
