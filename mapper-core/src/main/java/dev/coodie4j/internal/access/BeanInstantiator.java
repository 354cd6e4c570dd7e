package dev.coodie4j.internal.access;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/** Reads a row into a class through its no-arg constructor and setters (or fields). */
public final class BeanInstantiator<T> implements Instantiator<T> {
  private final Class<T> type;
  private final MethodHandle constructor; // ()Object
  private final MethodHandle[] setters; // (Object,Object)void
  private final Object[] nullValueOfColumn;

  private BeanInstantiator(Class<T> type, MethodHandle constructor, MethodHandle[] setters, Object[] nullValueOfColumn) {
    this.type = type;
    this.constructor = constructor;
    this.setters = setters;
    this.nullValueOfColumn = nullValueOfColumn;
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
    return new BeanInstantiator<>(type, constructor, setters, nullValueOfColumn);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns) {
    MethodHandle[] subset = new MethodHandle[modelColumns.length];
    Object[] nullValues = new Object[modelColumns.length];
    for (int i = 0; i < modelColumns.length; i++) {
      subset[i] = setters[modelColumns[i]];
      nullValues[i] = nullValueOfColumn[modelColumns[i]];
    }
    return new BeanInstantiator<>(type, constructor, subset, nullValues);
  }

  @Override
  public T read(ColumnValues row) {
    try {
      Object entity = constructor.invokeExact();
      for (int column = 0; column < setters.length; column++) {
        Object value = row.get(column);
        setters[column].invokeExact(entity, value != null ? value : nullValueOfColumn[column]);
      }
      return type.cast(entity);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw ReadFailures.of(type, e);
    }
  }
}
