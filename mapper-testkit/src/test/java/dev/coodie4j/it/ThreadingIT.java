package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sync calls inside callbacks of the async face run on a driver I/O thread, where the mapper refuses to block. */
@CassandraTest
class ThreadingIT {
  @Table
  record Entry(@PartitionKey String log, @ClusteringKey int n, String text) {}

  private static final String REFUSAL = "was made on driver I/O thread";
  private static EntityTable<Entry> entries;
  private static ExecutorService workers;

  @BeforeAll
  static void fill(Mapper mapper) {
    entries = mapper.table(Entry.class);
    entries.sync();
    for (int n = 0; n < 5; n++) {
      entries.save(new Entry("paged", n, "line " + n));
    }
    workers = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void syncGetInsideAnAsyncCallbackFailsWithTheRemedy() {
    CompletionStage<Optional<Entry>> nested = inCallback(first -> entries.get("paged", 1));
    CoodieException refused = failureOf(nested);
    assertTrue(refused.getMessage().contains("a synchronous mapper call (EntityTable.get) " + REFUSAL),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("thenCompose"), refused.getMessage());
    assertTrue(refused.getMessage().contains("thenApplyAsync(fn, executor)"), refused.getMessage());
  }

  @Test
  void syncQueryInsideAnAsyncCallbackFails() {
    CompletionStage<List<Entry>> nested = inCallback(first -> entries.query().where(Entry::log).eq("paged").list());
    assertTrue(failureOf(nested).getMessage().contains("(Query.list) " + REFUSAL));
  }

  @Test
  void iteratingIntoTheNextPageInsideAnAsyncCallbackFails() {
    Iterator<Entry> rows = entries.query().where(Entry::log).eq("paged").fetchSize(2).iterator();
    List<Entry> seen = new ArrayList<>();
    CompletionStage<List<Entry>> nested = inCallback(first -> {
      rows.forEachRemaining(seen::add);
      return seen;
    });
    CoodieException refused = failureOf(nested);
    assertTrue(refused.getMessage().contains("(Query.iterator()/stream() fetching the next page) " + REFUSAL),
        refused.getMessage());
    assertEquals(2, seen.size(), "the first page is read, the second is refused");
  }

  @Test
  void streamingIntoTheNextPageInsideAnAsyncCallbackFails() {
    Stream<Entry> rows = entries.query().where(Entry::log).eq("paged").fetchSize(2).stream();
    CompletionStage<Long> nested = inCallback(first -> rows.count());
    assertTrue(failureOf(nested).getMessage().contains(REFUSAL));
  }

  @Test
  void syncCallsMovedToAnExecutorWork() throws Exception {
    Optional<Entry> second = entries.async().get("paged", 0)
        .thenApplyAsync(first -> entries.get("paged", 1), workers)
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals("line 1", second.orElseThrow().text());
    List<Entry> all = entries.async().get("paged", 0)
        .thenApplyAsync(first -> entries.query().where(Entry::log).eq("paged").fetchSize(2).stream().toList(), workers)
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(5, all.size());
  }

  @Test
  void asyncCallsComposedInACallbackWork() throws Exception {
    Optional<Entry> second = entries.async().get("paged", 0)
        .thenCompose(first -> entries.async().get("paged", first.orElseThrow().n() + 1))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals("line 1", second.orElseThrow().text());
  }

  /**
   * Runs {@code body} in a callback of an async read, attached before the read is sent: the callback then runs on
   * the driver I/O thread that completes the read, never on this thread (as it would if the read had already
   * completed when the callback was attached).
   */
  private static <R> CompletionStage<R> inCallback(java.util.function.Function<Optional<Entry>, R> body) {
    java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
    CompletionStage<R> nested = gate.thenCompose(ignored -> entries.async().get("paged", 0)).thenApply(body);
    gate.complete(null);
    return nested;
  }

  /** The CoodieException the stage fails with, well before the request timeout would end a blocked call. */
  private static CoodieException failureOf(CompletionStage<?> stage) {
    ExecutionException failure = assertThrows(ExecutionException.class,
        () -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS));
    return assertInstanceOf(CoodieException.class, failure.getCause());
  }
}
