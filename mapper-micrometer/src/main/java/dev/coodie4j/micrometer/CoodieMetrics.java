package dev.coodie4j.micrometer;

import dev.coodie4j.Mapper;
import dev.coodie4j.StatementCacheStats;
import dev.coodie4j.observe.OperationEvent;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.observe.OperationListener;
import dev.coodie4j.observe.OperationOutcome;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * An {@link OperationListener} that records each operation in the timer {@code coodie4j.operations} (tags
 * {@code table}, {@code kind}, {@code outcome}) and logs, at WARNING on logger {@code dev.coodie4j.slow}, every
 * operation slower than the threshold (table, kind, shape and latency; never values).
 *
 * <pre>{@code
 * CoodieMetrics metrics = CoodieMetrics.builder(registry).slowThreshold(Duration.ofMillis(200)).build();
 * Mapper mapper = Mapper.builder(driver).listener(metrics).build();
 * metrics.bindStatementCache(mapper);   // gauges of the mapper's statement cache
 * }</pre>
 */
public final class CoodieMetrics implements OperationListener {
  /** The timer's name. */
  public static final String OPERATIONS = "coodie4j.operations";
  private static final System.Logger SLOW = System.getLogger("dev.coodie4j.slow");

  private final MeterRegistry registry;
  private final long slowNanos;
  private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

  private record TimerKey(String table, OperationKind kind, OperationOutcome outcome) {}

  private CoodieMetrics(MeterRegistry registry, Duration slowThreshold) {
    this.registry = registry;
    this.slowNanos = slowThreshold.isZero() ? Long.MAX_VALUE : slowThreshold.toNanos();
  }

  /** Metrics in this registry. */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(registry);
  }

  @Override
  public void onOperation(OperationEvent event) {
    timers.computeIfAbsent(new TimerKey(event.table(), event.kind(), event.outcome()), key -> Timer.builder(OPERATIONS)
        .description("coodie4j operations: one statement sent, from the call to the server's answer")
        .tag("table", key.table()).tag("kind", key.kind().name().toLowerCase(java.util.Locale.ROOT))
        .tag("outcome", key.outcome().name().toLowerCase(java.util.Locale.ROOT))
        .register(registry)).record(event.latencyNanos(), TimeUnit.NANOSECONDS);
    if (event.latencyNanos() >= slowNanos) {
      SLOW.log(System.Logger.Level.WARNING, "slow coodie4j operation: {0} on {1} (shape {2}) took {3} ms, {4}{5}",
          event.kind(), event.table(), Integer.toHexString(event.shape()), event.latencyNanos() / 1_000_000,
          event.outcome(), event.failure() == null ? "" : " " + event.failure());
    }
  }

  /**
   * Gauges and counters of a mapper's statement cache: {@code coodie4j.statement.cache.size} and {@code .max}, and
   * {@code .hits}, {@code .misses} (each one a prepare sent), {@code .evictions}.
   */
  public CoodieMetrics bindStatementCache(Mapper mapper) {
    gauge("coodie4j.statement.cache.size", mapper, m -> m.statementCacheStats().size(), "statements cached");
    gauge("coodie4j.statement.cache.max", mapper, m -> m.statementCacheStats().maximumSize(), "the cache's bound");
    counter("coodie4j.statement.cache.hits", mapper, StatementCacheStats::hits, "lookups that found the statement");
    counter("coodie4j.statement.cache.misses", mapper, StatementCacheStats::misses, "prepares sent");
    counter("coodie4j.statement.cache.evictions", mapper, StatementCacheStats::evictions, "statements evicted");
    return this;
  }

  private void gauge(String name, Mapper mapper, ToDoubleFunction<Mapper> value, String description) {
    Gauge.builder(name, mapper, value).description(description).register(registry);
  }

  private void counter(String name, Mapper mapper, java.util.function.ToLongFunction<StatementCacheStats> value,
      String description) {
    FunctionCounter.builder(name, mapper, m -> value.applyAsLong(m.statementCacheStats())).description(description)
        .register(registry);
  }

  /** Configures {@link CoodieMetrics}. */
  public static final class Builder {
    private final MeterRegistry registry;
    private Duration slowThreshold = Duration.ZERO;

    private Builder(MeterRegistry registry) {
      this.registry = registry;
    }

    /** Log operations at least this slow (zero, the default: log none). */
    public Builder slowThreshold(Duration threshold) {
      this.slowThreshold = threshold;
      return this;
    }

    public CoodieMetrics build() {
      return new CoodieMetrics(registry, slowThreshold);
    }
  }
}
