package dev.coodie4j.spi;

import org.jspecify.annotations.Nullable;

/** The columns of the current row, read by index in select order. */
public interface ColumnValues {
  /** Whether the column is null in the current row. */
  boolean isNull(int index);

  /** The value converted to the spec's Java type (boxed for primitives), or null. */
  @Nullable Object get(int index);

  int getInt(int index);

  long getLong(int index);

  double getDouble(int index);

  float getFloat(int index);

  boolean getBoolean(int index);
}
