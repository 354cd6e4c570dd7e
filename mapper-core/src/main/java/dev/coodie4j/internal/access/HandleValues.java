package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;

/**
 * A driver's row seen through its column readers as {@link ColumnValues}, for the reads that need one: the base of a
 * type hierarchy, which picks its record per row. Each call goes through a handle; the records' own reads do not.
 */
public record HandleValues(Object row, MethodHandle[] readers, MethodHandle[] nullTests) implements ColumnValues {
  @Override
  public boolean isNull(int index) {
    try {
      return (boolean) nullTests[index].invoke(row);
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  @Override
  public Object get(int index) {
    if (readers[index].type().returnType().isPrimitive() && isNull(index)) {
      return null; // a primitive reader is called only for a value
    }
    try {
      return readers[index].invoke(row);
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  @Override
  public int getInt(int index) {
    return get(index) instanceof Number n ? n.intValue() : 0;
  }

  @Override
  public long getLong(int index) {
    return get(index) instanceof Number n ? n.longValue() : 0;
  }

  @Override
  public double getDouble(int index) {
    return get(index) instanceof Number n ? n.doubleValue() : 0;
  }

  @Override
  public float getFloat(int index) {
    return get(index) instanceof Number n ? n.floatValue() : 0;
  }

  @Override
  public boolean getBoolean(int index) {
    return get(index) instanceof Boolean b && b;
  }

  private static RuntimeException failure(Throwable e) {
    if (e instanceof RuntimeException unchecked) {
      return unchecked;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new CoodieException("a driver's column reader threw " + e + ": it must throw unchecked exceptions only", e);
  }
}
