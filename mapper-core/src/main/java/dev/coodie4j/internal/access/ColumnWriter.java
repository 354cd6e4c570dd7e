package dev.coodie4j.internal.access;

import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.VectorType;
import dev.coodie4j.spi.Binding;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/** Reads one property and binds it by index, without boxing primitives. Built once per column. */
public abstract class ColumnWriter {
  /** Binds the property's value at {@code index}; false, binding nothing, when the value is null. */
  public abstract boolean write(Object entity, Binding binding, int index) throws Throwable;

  /** A writer over a getter of type {@code (Object)T}, T being the property's declared type. */
  public static ColumnWriter of(MethodHandle getter, ColumnModel column, Class<?> entityClass) {
    if (column.type() instanceof VectorType vector) {
      return new VectorWriter(getter.asType(MethodType.methodType(Object.class, Object.class)), vector.dimension(),
          entityClass.getSimpleName() + "." + column.property());
    }
    return of(getter, column.isMultiCell());
  }

  static ColumnWriter of(MethodHandle getter, boolean emptyIsNull) {
    Class<?> type = getter.type().returnType();
    if (type == int.class) {
      return new IntWriter(getter);
    } else if (type == long.class) {
      return new LongWriter(getter);
    } else if (type == double.class) {
      return new DoubleWriter(getter);
    } else if (type == float.class) {
      return new FloatWriter(getter);
    } else if (type == boolean.class) {
      return new BooleanWriter(getter);
    }
    MethodHandle boxed = getter.asType(MethodType.methodType(Object.class, Object.class));
    return emptyIsNull ? new CollectionWriter(boxed) : new ObjectWriter(boxed);
  }

  /** Writes a vector after checking its dimension. */
  private static final class VectorWriter extends ColumnWriter {
    private final MethodHandle getter;
    private final int dimension;
    private final String property;

    VectorWriter(MethodHandle getter, int dimension, String property) {
      this.getter = getter;
      this.dimension = dimension;
      this.property = property;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value == null) {
        return false;
      }
      checkDimension(value, dimension, property);
      binding.set(index, value);
      return true;
    }
  }

  /** Refuses a vector value of the wrong length. */
  public static void checkDimension(Object value, int dimension, String property) {
    int length = value instanceof float[] array ? array.length : ((java.util.List<?>) value).size();
    if (length != dimension) {
      throw new dev.coodie4j.CoodieException(property + " is a vector of " + dimension + " floats, got " + length
          + ": give exactly " + dimension + " values");
    }
  }

  /**
   * Writes a non-frozen collection, treating an empty one as null: Cassandra stores an empty multi-cell collection as
   * no collection, and writing it would only write a tombstone.
   */
  private static final class CollectionWriter extends ColumnWriter {
    private final MethodHandle getter;

    CollectionWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()
          || value instanceof java.util.Map<?, ?> m && m.isEmpty()) {
        return false;
      }
      binding.set(index, value);
      return true;
    }
  }

  private static final class ObjectWriter extends ColumnWriter {
    private final MethodHandle getter;

    ObjectWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value == null) {
        return false;
      }
      binding.set(index, value);
      return true;
    }
  }

  private static final class IntWriter extends ColumnWriter {
    private final MethodHandle getter;

    IntWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setInt(index, (int) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class LongWriter extends ColumnWriter {
    private final MethodHandle getter;

    LongWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setLong(index, (long) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class DoubleWriter extends ColumnWriter {
    private final MethodHandle getter;

    DoubleWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setDouble(index, (double) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class FloatWriter extends ColumnWriter {
    private final MethodHandle getter;

    FloatWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setFloat(index, (float) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class BooleanWriter extends ColumnWriter {
    private final MethodHandle getter;

    BooleanWriter(MethodHandle getter) {
      this.getter = getter;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setBoolean(index, (boolean) getter.invokeExact(entity));
      return true;
    }
  }
}
