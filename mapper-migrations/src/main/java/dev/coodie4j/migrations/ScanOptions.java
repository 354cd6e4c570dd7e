package dev.coodie4j.migrations;

import dev.coodie4j.Consistency;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link MigrationContext#scan} reads: rows per page, how many slices of the token ring (and how many are read
 * at once), a pause after each page, the read consistency, and a progress listener called after each page.
 *
 * @param pageSize rows per page, at least 1
 * @param ranges slices of the ring, at least 1
 * @param parallelism slices read at the same time, 1 to {@code ranges}
 * @param throttle pause of a reader after each page, zero for none
 */
public record ScanOptions(int pageSize, int ranges, int parallelism, Duration throttle,
    @Nullable Consistency consistency, @Nullable Consumer<ScanProgress> progress) {
  public ScanOptions {
    if (pageSize < 1 || ranges < 1 || parallelism < 1 || parallelism > ranges || throttle.isNegative()) {
      throw new dev.coodie4j.CoodieException("scan options out of range: pageSize " + pageSize + ", ranges " + ranges
          + ", parallelism " + parallelism + ", throttle " + throttle
          + " (page size and ranges at least 1, parallelism 1 to ranges, throttle not negative)");
    }
  }

  /** 1,000 rows a page, 64 ranges read one at a time, no pause, the driver's consistency, no listener. */
  public static ScanOptions defaults() {
    return new ScanOptions(1000, 64, 1, Duration.ZERO, null, null);
  }

  public ScanOptions withPageSize(int rows) {
    return new ScanOptions(rows, ranges, parallelism, throttle, consistency, progress);
  }

  public ScanOptions withRanges(int count, int atOnce) {
    return new ScanOptions(pageSize, count, atOnce, throttle, consistency, progress);
  }

  public ScanOptions withThrottle(Duration pause) {
    return new ScanOptions(pageSize, ranges, parallelism, pause, consistency, progress);
  }

  public ScanOptions withConsistency(Consistency level) {
    return new ScanOptions(pageSize, ranges, parallelism, throttle, level, progress);
  }

  public ScanOptions withProgress(Consumer<ScanProgress> listener) {
    return new ScanOptions(pageSize, ranges, parallelism, throttle, consistency, listener);
  }

  /** Where a scan is: rows handed over by this run, and ranges finished (by any run) of all ranges. */
  public record ScanProgress(String scan, long rows, int rangesDone, int ranges) {}
}
