package dev.coodie4j.internal.access;

import dev.coodie4j.spi.ColumnValues;

/** Builds an entity from the current row, whose columns are the entity's columns in model order. */
public interface Instantiator<T> {
  T read(ColumnValues row);

  /**
   * An instantiator for rows that select only some columns: row column {@code i} is model column
   * {@code modelColumns[i]}; the properties of other columns get their Java default (a partial entity).
   */
  Instantiator<T> forColumns(int[] modelColumns);

  /**
   * As {@link #forColumns(int[])}, with row column {@code i} read by {@code columnReaders[i]}, a
   * {@code (ColumnValues)Object} handle giving the same value as {@link ColumnValues#get} (or, for a primitive
   * property, a handle of its type called only when the column is not null), rather than through {@code get}:
   * handles with the column's codec bound in compile into direct calls. An instantiator that cannot
   * use them reads through {@code get}, with the same result.
   */
  default Instantiator<T> forColumns(int[] modelColumns, java.lang.invoke.MethodHandle[] columnReaders) {
    return forColumns(modelColumns);
  }
}
