package dev.coodie4j.schema;

/** Choices for {@code sync} beyond its safe default of only adding what is missing. */
public enum SyncOption {
  /** Also drop the table's secondary indexes that the entity does not declare (any index, whoever created it). */
  DROP_UNDECLARED_INDEXES
}
