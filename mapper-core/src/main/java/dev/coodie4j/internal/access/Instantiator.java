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
}
