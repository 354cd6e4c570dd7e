package dev.coodie4j.internal.access;

import dev.coodie4j.spi.ColumnValues;

/** Builds an entity from the current row, whose columns are the entity's columns in model order. */
public interface Instantiator<T> {
  /** The entity of a row: a {@link ColumnValues}, or the row type the column readers it was built with take. */
  T read(Object row);

  /**
   * An instantiator for rows that select only some columns: row column {@code i} is model column
   * {@code modelColumns[i]}; the properties of other columns get their Java default (a partial entity).
   */
  Instantiator<T> forColumns(int[] modelColumns);

  /**
   * As {@link #forColumns(int[])}, for rows of a driver's own type R, with row column {@code i} read by
   * {@code columnReaders[i]}, an {@code (R)Object} handle giving the same value as {@link ColumnValues#get} (or, for a
   * primitive property, an {@code (R)}-primitive handle called only when {@code nullTests[i]}, {@code (R)boolean},
   * gives false): handles with the column's codec bound in compile into direct calls, and reading a row wraps it in
   * nothing.
   */
  Instantiator<T> forColumns(int[] modelColumns, java.lang.invoke.MethodHandle[] columnReaders,
      java.lang.invoke.MethodHandle[] nullTests);
}
