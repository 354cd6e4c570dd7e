package dev.coodie4j.schema;

/** What a secondary index on a column indexes. */
public enum IndexTarget {
  /** The column's value; for a collection that is not frozen, its values (lists, sets) or map values. */
  COLUMN,
  /** The keys of a map that is not frozen: for {@code containsKey}. */
  KEYS,
  /** The values of a collection that is not frozen, explicitly. */
  VALUES,
  /** The entries of a map that is not frozen: for {@code m[key] = value} restrictions. */
  ENTRIES,
  /** A frozen collection as a whole. */
  FULL
}
