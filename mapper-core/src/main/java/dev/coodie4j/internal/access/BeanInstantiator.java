package dev.coodie4j.internal.access;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Reads a row into a class through its no-arg constructor and setters (or fields). The constructor and one setter
 * per column are combined, once, into a single handle taking the row, which {@link ConstantHandles} has the JVM
 * compile into straight-line code.
 */
public final class BeanInstantiator<T> implements Instantiator<T> {
  private final Class<T> type;
  private final MethodHandle constructor; // ()Object
  private final MethodHandle[] setters; // (Object,P)void, P the property's type
  private final Object[] nullValueOfColumn;
  private final RowFunction reader;

  private BeanInstantiator(Class<T> type, MethodHandle constructor, MethodHandle[] setters, Object[] nullValueOfColumn,
      MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    this.type = type;
    this.constructor = constructor;
    this.setters = setters;
    this.nullValueOfColumn = nullValueOfColumn;
    this.reader = ConstantHandles.reader(reader(constructor, setters, nullValueOfColumn, columnReaders, nullTests));
  }

  public static <T> BeanInstantiator<T> create(Class<T> type, MethodHandles.Lookup lookup, List<Property> columns) {
    MethodHandle constructor;
    try {
      constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
          .asType(MethodType.methodType(Object.class));
    } catch (NoSuchMethodException e) {
      throw new EntityDefinitionException(type, "has no no-arg constructor: add one (any visibility) or make it a record");
    } catch (IllegalAccessException e) {
      throw new EntityDefinitionException(type, "its no-arg constructor is not accessible", e);
    }
    MethodHandle[] setters = columns.stream().map(Property::setter).toArray(MethodHandle[]::new);
    Object[] nullValueOfColumn = columns.stream().map(Property::nullValue).toArray();
    return new BeanInstantiator<>(type, constructor, setters, nullValueOfColumn, null, null);
  }

  /**
   * (R)Object: the new entity, then, column by column, {@code setter(entity, value or null value)}, each step
   * returning the entity to the next. Columns are read by {@code columnReaders[column]}, taking rows of type R, where
   * given, else through {@link ColumnValues}; see {@link ColumnReaders}.
   */
  private static MethodHandle reader(MethodHandle constructor, MethodHandle[] setters, Object[] nullValues,
      MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    Class<?> row = ColumnReaders.rowType(columnReaders);
    MethodHandle entity = MethodHandles.dropArguments(constructor, 0, row);
    MethodHandle returnEntity = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1, row);
    for (int column = 0; column < setters.length; column++) {
      MethodHandle value = ColumnReaders.of(setters[column].type().parameterType(1), nullValues[column], column,
          columnReaders == null ? null : columnReaders[column], nullTests == null ? null : nullTests[column]);
      MethodHandle set = MethodHandles.filterArguments(setters[column], 1, value); // (Object,R)void
      MethodHandle step = MethodHandles.foldArguments(returnEntity, set); // (Object,R)Object
      entity = MethodHandles.foldArguments(step, entity); // (R)Object
    }
    return entity;
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns) {
    return forColumns(modelColumns, null, null);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns, MethodHandle[] columnReaders, MethodHandle[] nullTests) {
    MethodHandle[] subset = new MethodHandle[modelColumns.length];
    Object[] nullValues = new Object[modelColumns.length];
    for (int i = 0; i < modelColumns.length; i++) {
      subset[i] = setters[modelColumns[i]];
      nullValues[i] = nullValueOfColumn[modelColumns[i]];
    }
    return new BeanInstantiator<>(type, constructor, subset, nullValues, columnReaders, nullTests);
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
