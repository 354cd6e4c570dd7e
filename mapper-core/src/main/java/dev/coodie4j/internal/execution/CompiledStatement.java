package dev.coodie4j.internal.execution;

import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import java.util.concurrent.CompletableFuture;

/**
 * A statement shape as the mapper holds it once compiled: its spec, and its prepared statement once prepared. An
 * execution of a compiled shape reuses the prepared statement through this handle instead of hashing the spec again
 * in the {@link StatementCache}; the handle is trusted only while the cache has evicted nothing since, so the cache's
 * bound still holds.
 */
public final class CompiledStatement {
  /** A successful prepare and the cache's eviction count when it was remembered. */
  private record Remembered(CompletableFuture<PreparedCql> prepared, long evictions) {}

  private final StatementSpec spec;
  private volatile Remembered remembered;

  public CompiledStatement(StatementSpec spec) {
    this.spec = spec;
  }

  public StatementSpec spec() {
    return spec;
  }

  public String cql() {
    return spec.cql();
  }

  public boolean idempotent() {
    return spec.idempotent();
  }

  /** The remembered statement, or null if there is none or the cache has evicted since it was remembered. */
  CompletableFuture<PreparedCql> remembered(long evictions) {
    Remembered r = remembered;
    return r != null && r.evictions() == evictions ? r.prepared() : null;
  }

  void remember(CompletableFuture<PreparedCql> prepared, long evictions) {
    remembered = new Remembered(prepared, evictions);
  }
}
