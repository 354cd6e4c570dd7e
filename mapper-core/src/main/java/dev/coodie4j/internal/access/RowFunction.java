package dev.coodie4j.internal.access;

/** Builds a value from a row (a {@code ColumnValues}, or a driver's own row): an instantiator's whole read, as one call. */
interface RowFunction {
  Object apply(Object row) throws Throwable;
}
