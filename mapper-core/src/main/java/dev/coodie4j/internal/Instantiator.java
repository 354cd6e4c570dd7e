package dev.coodie4j.internal;

import dev.coodie4j.spi.ColumnValues;

/** Builds an entity from the current row, whose columns are the entity's columns in model order. */
interface Instantiator<T> {
  T read(ColumnValues row);
}
