package dev.coodie4j.table;

/**
 * How {@code saveAll} puts rows together into unlogged batches. A batch's rows share its outcome: when it fails or
 * times out, each of its rows is reported failed with that exception.
 */
public enum BulkGrouping {
  /**
   * Rows of one partition go together, up to 32 per batch, so that one replica set applies them as one write; every
   * other row is a single write sent to its replicas. The default.
   */
  PARTITION,

  /**
   * As {@link #PARTITION}, and rows of different partitions whose replicas are the same nodes also go together, up to
   * 10 partitions, 32 rows and about 4 KiB per batch (under Cassandra's default warning thresholds for unlogged
   * batches), sent to one of those replicas. Fewer requests for the same rows: use it to load many small rows when the
   * cluster's CPU is the limit. Replicas come from the driver's token map; when it has none (token metadata off),
   * rows are grouped by partition.
   */
  REPLICA_SET
}
