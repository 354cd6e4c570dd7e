package dev.coodie4j.spi;

import dev.coodie4j.Consistency;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Per-execution settings that are not part of the CQL text. Null fields and a page size of 0 mean the session's
 * defaults.
 *
 * @param consistency the consistency level
 * @param serialConsistency the serial consistency level of a conditional statement
 * @param timeout the request timeout
 * @param pageSize rows per page
 * @param pagingState where to resume, as returned by an earlier page of the same statement
 */
public record ExecutionOptions(
    @Nullable Consistency consistency, @Nullable Consistency serialConsistency, @Nullable Duration timeout, int pageSize,
    byte @Nullable [] pagingState) {
  /** The session's defaults. */
  public static final ExecutionOptions DEFAULTS = new ExecutionOptions(null, null, null, 0, null);

  /** The options of a write that go with the request rather than into the CQL. */
  public static ExecutionOptions of(dev.coodie4j.WriteOptions options) {
    if (options.consistency().isEmpty() && options.serialConsistency().isEmpty() && options.timeout().isEmpty()) {
      return DEFAULTS;
    }
    return new ExecutionOptions(options.consistency().orElse(null), options.serialConsistency().orElse(null),
        options.timeout().orElse(null), 0, null);
  }
}
