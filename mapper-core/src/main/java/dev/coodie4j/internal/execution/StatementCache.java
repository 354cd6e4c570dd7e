package dev.coodie4j.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.coodie4j.CoodieException;
import dev.coodie4j.StatementCacheStats;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Prepared statements keyed by shape, never by values: bounded, strongly held, prepared once even under concurrent
 * first use. A failed prepare is not cached and not logged: the failure goes to the caller, who names the table.
 */
public final class StatementCache {
  // futures in a plain cache rather than Caffeine's async cache, which logs every failed load as a warning
  private final Cache<StatementSpec, CompletableFuture<PreparedCql>> cache;
  private final CqlDriver driver;
  private final long maximumSize;
  /** Evictions so far: a compiled statement's remembered prepare is trusted only while this has not moved. */
  private final AtomicLong evictions = new AtomicLong();
  /** Executions served by a compiled statement's remembered prepare: hits that did not look the cache up. */
  private final LongAdder rememberedHits = new LongAdder();

  public StatementCache(CqlDriver driver, long maximumSize) {
    this.driver = driver;
    this.maximumSize = maximumSize;
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).recordStats()
        .evictionListener((spec, prepared, cause) -> evictions.incrementAndGet())
        .build();
  }

  /** The driver the statements are prepared on. */
  public CqlDriver driver() {
    return driver;
  }

  /** The statement, prepared or being prepared; fails with the driver's exception, and a later call tries again. */
  public CompletableFuture<PreparedCql> get(StatementSpec spec) {
    CompletableFuture<PreparedCql> prepared = cache.get(spec, this::prepare);
    if (!prepared.isDone() || prepared.isCompletedExceptionally()) {
      prepared.whenComplete((statement, failure) -> {
        if (failure != null) {
          cache.asMap().remove(spec, prepared);
        }
      });
    }
    return prepared;
  }

  /**
   * {@link #get(StatementSpec)}, a failure of the driver turned into the caller's CoodieException (which keeps it as
   * cause); the mapper's own exceptions, such as a type that does not fit a column, stay as they are.
   */
  public CompletableFuture<PreparedCql> get(StatementSpec spec,
      java.util.function.Function<Throwable, CoodieException> refused) {
    CompletableFuture<PreparedCql> prepared = get(spec);
    if (prepared.isDone() && !prepared.isCompletedExceptionally()) {
      return prepared;
    }
    return prepared.handle((statement, failure) -> {
      if (failure == null) {
        return statement;
      }
      Throwable cause = Futures.cause(failure).orElse(failure);
      throw cause instanceof CoodieException own ? own : refused.apply(cause);
    });
  }

  /**
   * {@link #get(StatementSpec, java.util.function.Function)} for a compiled statement: its remembered prepare when the
   * cache has evicted nothing since it was remembered (no lookup), else a lookup whose success it then remembers.
   * {@code refused} names the statement's table; it is built once per table, so a hit allocates nothing.
   */
  public CompletableFuture<PreparedCql> get(CompiledStatement statement,
      java.util.function.BiFunction<CompiledStatement, Throwable, CoodieException> refused) {
    long evicted = evictions.get();
    CompletableFuture<PreparedCql> remembered = statement.remembered(evicted);
    if (remembered != null) {
      rememberedHits.increment();
      return remembered;
    }
    CompletableFuture<PreparedCql> prepared = get(statement.spec(), cause -> refused.apply(statement, cause));
    if (prepared.isDone()) {
      if (!prepared.isCompletedExceptionally()) {
        statement.remember(prepared, evicted);
      }
    } else {
      prepared.thenRun(() -> statement.remember(prepared, evicted));
    }
    return prepared;
  }

  private CompletableFuture<PreparedCql> prepare(StatementSpec spec) {
    try {
      return driver.prepare(spec).toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Size, bound, hits, misses and evictions so far. */
  public StatementCacheStats stats() {
    cache.cleanUp();
    CacheStats stats = cache.stats();
    return new StatementCacheStats(cache.estimatedSize(), maximumSize, stats.hitCount() + rememberedHits.sum(),
        stats.missCount(),
        stats.evictionCount());
  }

  /** The number of shapes currently prepared. */
  public long size() {
    return cache.estimatedSize();
  }
}
