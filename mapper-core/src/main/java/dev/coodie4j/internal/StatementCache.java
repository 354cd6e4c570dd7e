package dev.coodie4j.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Prepared statements keyed by shape, never by values: bounded, strongly held, prepared once even under concurrent
 * first use. A failed prepare is not cached.
 */
public final class StatementCache {
  private final AsyncCache<StatementSpec, PreparedCql> cache;
  private final BiFunction<StatementSpec, Executor, CompletableFuture<PreparedCql>> prepare;

  public StatementCache(CqlDriver driver, long maximumSize) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).buildAsync();
    this.prepare = (spec, executor) -> driver.prepare(spec).toCompletableFuture();
  }

  public CompletableFuture<PreparedCql> get(StatementSpec spec) {
    return cache.get(spec, prepare);
  }

  /** The number of shapes currently prepared. */
  public long size() {
    return cache.synchronous().estimatedSize();
  }
}
