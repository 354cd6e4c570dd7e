package dev.coodie4j.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.testing.FakeDriver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class StatementCacheTest {
  private static final BiFunction<CompiledStatement, Throwable, CoodieException> REFUSED =
      (statement, cause) -> new CoodieException("refused", cause);

  private static CompiledStatement statement(int n) {
    return new CompiledStatement(new StatementSpec("SELECT v FROM ks.t" + n + " WHERE k = ?", List.of(Integer.class),
        List.of(String.class), true));
  }

  @Test
  void aCompiledStatementIsPreparedOnceAndThenServedWithoutALookupButCountedAsAHit() {
    FakeDriver driver = new FakeDriver();
    StatementCache cache = new StatementCache(driver, 10);
    CompiledStatement statement = statement(1);

    CompletableFuture<PreparedCql> first = cache.get(statement, REFUSED);
    CompletableFuture<PreparedCql> second = cache.get(statement, REFUSED);
    CompletableFuture<PreparedCql> third = cache.get(statement, REFUSED);

    assertSame(first, second);
    assertSame(first, third);
    assertEquals(1, driver.prepared().size());
    assertEquals(1, cache.stats().misses());
    assertEquals(2, cache.stats().hits());
  }

  @Test
  void anEvictionStopsTheRememberedStatementFromBeingTrustedSoTheBoundStillHolds() {
    FakeDriver driver = new FakeDriver();
    StatementCache cache = new StatementCache(driver, 2);
    CompiledStatement kept = statement(1);
    cache.get(kept, REFUSED);
    assertNotNull(kept.remembered(cache.stats().evictions()));
    for (int n = 2; n <= 6; n++) {
      cache.get(statement(n), REFUSED); // more shapes than a cache of two holds
    }
    long evictions = cache.stats().evictions();
    assertTrue(evictions > 0);

    assertNull(kept.remembered(evictions), "not trusted after an eviction: the next call looks the cache up");
    cache.get(kept, REFUSED);
    assertNotNull(kept.remembered(cache.stats().evictions()), "remembered again after that lookup");
    assertEquals(2, cache.stats().size(), "the cache keeps its bound");
  }

  @Test
  void equalShapesMadeByDifferentCallsAreOneKey() {
    ShapeKey a = new ShapeKey(new int[] {1, 2, 3}, String.class);
    ShapeKey b = new ShapeKey(new int[] {1, 2, 3}, String.class);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(false, a.equals(new ShapeKey(new int[] {1, 2, 3}, Integer.class)));
    assertEquals(false, a.equals(new ShapeKey(new int[] {1, 2, 4}, String.class)));
  }
}
