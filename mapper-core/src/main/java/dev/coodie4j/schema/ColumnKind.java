package dev.coodie4j.schema;

/** The role of a column in its table. */
public enum ColumnKind {
  PARTITION_KEY,
  CLUSTERING,
  STATIC,
  REGULAR;

  /** Whether the column is part of the primary key. */
  public boolean isPrimaryKey() {
    return this == PARTITION_KEY || this == CLUSTERING;
  }
}
