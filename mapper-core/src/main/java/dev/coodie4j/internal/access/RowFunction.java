package dev.coodie4j.internal.access;

import dev.coodie4j.spi.ColumnValues;

/** Builds a value from the current row: an instantiator's whole read, as one call. */
interface RowFunction {
  Object apply(ColumnValues row) throws Throwable;
}
