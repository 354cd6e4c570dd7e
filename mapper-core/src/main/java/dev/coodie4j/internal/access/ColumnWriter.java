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
          entityClass.getSimpleName() + "." + column.property(), cosineIndexed(column));
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
    private final boolean cosine;

    VectorWriter(MethodHandle getter, int dimension, String property, boolean cosine) {
      this.getter = getter;
      this.dimension = dimension;
      this.property = property;
      this.cosine = cosine;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value == null) {
        return false;
      }
      checkDimension(value, dimension, property);
      if (cosine) {
        checkNotZero(value, property);
      }
      binding.set(index, value);
      return true;
    }
  }

  /** Whether the vector column has an SAI index with COSINE similarity (SAI's default), under which zero is invalid. */
  public static boolean cosineIndexed(ColumnModel column) {
    return column.index().filter(index -> index.using() != null
            && (index.using().equalsIgnoreCase("sai") || index.using().endsWith("StorageAttachedIndex")))
        .map(index -> index.options().getOrDefault("similarity_function", "COSINE").equalsIgnoreCase("COSINE"))
        .orElse(false);
  }

  /** Refuses an all-zero vector, which has no direction: the server fails such a write or search with no reason. */
  public static void checkNotZero(Object value, String property) {
    if (value instanceof float[] array) {
      for (float f : array) {
        if (f != 0f) {
          return;
        }
      }
    } else {
      for (Object element : (java.util.List<?>) value) {
        if (element instanceof Number n && n.floatValue() != 0f) {
          return;
        }
      }
    }
    throw new dev.coodie4j.CoodieException(property + " is all zeros, which has no direction for its COSINE index: "
        + "Cassandra fails such a write or search; give a non-zero vector, or index it with "
        + "similarity_function=DOT_PRODUCT or EUCLIDEAN");
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
