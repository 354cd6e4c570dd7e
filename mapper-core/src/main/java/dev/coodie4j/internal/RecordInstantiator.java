package dev.coodie4j.internal;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/** Reads a row into a record through its canonical constructor; unmapped components get their Java default. */
final class RecordInstantiator<T> implements Instantiator<T> {
  private final Class<T> type;
  private final MethodHandle constructor; // (Object[])Object
  private final int componentCount;
  private final int[] componentOfColumn;
  private final Object[] nullValueOfColumn;
  private final Object[] defaults;

  private RecordInstantiator(Class<T> type, MethodHandle constructor, int[] componentOfColumn,
      Object[] nullValueOfColumn, Object[] defaults) {
    this.type = type;
    this.constructor = constructor;
    this.componentCount = defaults.length;
    this.componentOfColumn = componentOfColumn;
    this.nullValueOfColumn = nullValueOfColumn;
    this.defaults = defaults;
  }

  static <T> RecordInstantiator<T> create(Class<T> type, MethodHandles.Lookup lookup, List<Property> components,
      List<Property> columns) {
    Class<?>[] parameterTypes = components.stream().map(Property::type).toArray(Class<?>[]::new);
    MethodHandle constructor;
    try {
      constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
          .asSpreader(Object[].class, parameterTypes.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new EntityDefinitionException(type, "its canonical constructor is not accessible", e);
    }
    Object[] defaults = components.stream().map(p -> Primitives.defaultValue(p.type())).toArray();
    int[] componentOfColumn = columns.stream().mapToInt(components::indexOf).toArray();
    Object[] nullValueOfColumn = columns.stream().map(p -> Primitives.defaultValue(p.type())).toArray();
    return new RecordInstantiator<>(type, constructor, componentOfColumn, nullValueOfColumn, defaults);
  }

  @Override
  public Instantiator<T> forColumns(int[] modelColumns) {
    int[] components = new int[modelColumns.length];
    Object[] nullValues = new Object[modelColumns.length];
    for (int i = 0; i < modelColumns.length; i++) {
      components[i] = componentOfColumn[modelColumns[i]];
      nullValues[i] = nullValueOfColumn[modelColumns[i]];
    }
    return new RecordInstantiator<>(type, constructor, components, nullValues, defaults);
  }

  @Override
  public T read(ColumnValues row) {
    Object[] args = defaults.clone();
    for (int column = 0; column < componentOfColumn.length; column++) {
      int component = componentOfColumn[column];
      if (component >= 0) { // -1: a column without a component, such as a discriminator
        Object value = row.get(column);
        args[component] = value != null ? value : nullValueOfColumn[column];
      }
    }
    try {
      return type.cast(constructor.invokeExact(args));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
    }
  }
}
