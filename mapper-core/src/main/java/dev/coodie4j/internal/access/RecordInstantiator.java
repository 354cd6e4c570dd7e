package dev.coodie4j.internal.access;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Reads a row into a record through its canonical constructor; unmapped components get their Java default. The
 * constructor is combined, once, with one reader per component into a single handle taking the row, so a read
 * allocates no argument array and boxes no primitive; {@link ConstantHandles} has the JVM compile that handle into
 * straight-line code.
 */
public final class RecordInstantiator<T> implements Instantiator<T> {
  private final Class<T> type;
  private final MethodHandle constructor; // (P0, ..., Pn)Object, the canonical constructor
  private final Class<?>[] componentTypes;
  private final Object[] nullValues; // what each component reads as when its column is null or absent
  private final int[] componentOfColumn;
  private final RowFunction reader;

  private RecordInstantiator(Class<T> type, MethodHandle constructor, Class<?>[] componentTypes, Object[] nullValues,
      int[] componentOfColumn, MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    this.type = type;
    this.constructor = constructor;
    this.componentTypes = componentTypes;
    this.nullValues = nullValues;
    this.componentOfColumn = componentOfColumn;
    this.reader = ConstantHandles.reader(reader(constructor, componentTypes, nullValues, componentOfColumn, columnReaders,
        nullTests));
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
        components.stream().map(Property::nullValue).toArray(), componentOfColumn, null, null);
  }

  /**
   * (R)Object: each component read from its column (or its default), then the constructor. Columns are read by
   * {@code columnReaders[column]}, taking rows of type R, where given, else through {@link ColumnValues}; see
   * {@link ColumnReaders}.
   */
  private static MethodHandle reader(MethodHandle constructor, Class<?>[] componentTypes, Object[] nullValues,
      int[] componentOfColumn, MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    Class<?> row = ColumnReaders.rowType(columnReaders);
    MethodHandle[] readers = new MethodHandle[componentTypes.length];
    for (int column = 0; column < componentOfColumn.length; column++) {
      int component = componentOfColumn[column];
      if (component >= 0) { // else a column without a component, such as a discriminator
        readers[component] = ColumnReaders.of(componentTypes[component], nullValues[component], column,
            columnReaders == null ? null : columnReaders[column], nullTests == null ? null : nullTests[column]);
      }
    }
    for (int component = 0; component < readers.length; component++) {
      if (readers[component] == null) {
        readers[component] = ColumnReaders.constant(componentTypes[component], nullValues[component], row);
      }
    }
    MethodHandle spread = MethodHandles.filterArguments(constructor, 0, readers);
    return MethodHandles.permuteArguments(spread, MethodType.methodType(Object.class, row), new int[readers.length]);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns) {
    return forColumns(modelColumns, null, null);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns, MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    int[] components = new int[modelColumns.length];
    for (int i = 0; i < modelColumns.length; i++) {
      components[i] = componentOfColumn[modelColumns[i]];
    }
    return new RecordInstantiator<>(type, constructor, componentTypes, nullValues, components, columnReaders,
        nullTests);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(Object row) {
    try {
      return (T) reader.apply(row);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw ReadFailures.of(type, e);
    }
  }
}
