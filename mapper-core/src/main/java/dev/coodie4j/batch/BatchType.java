package dev.coodie4j.batch;

/** The kinds of CQL batch. */
public enum BatchType {
  /** Atomic across partitions, through the batch log: costs an extra write; the default. */
  LOGGED,
  /** No batch log: for writes to one partition, where it is atomic anyway, or when atomicity is not needed. */
  UNLOGGED,
  /** Counter updates only. */
  COUNTER
}
