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
  private static dev.coodie4j.spi.CqlDriver driver;
  private static ExecutorService workers;

  @BeforeAll
  static void fill(Mapper mapper) {
    entries = mapper.table(Entry.class);
    driver = mapper.driver();
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
  void aSyncWriteRefusedOnTheDriverThreadSendsNothing() {
    entries.save(new Entry("refused", 1, "before"));
    assertTrue(failureOf(inCallback(first -> {
      entries.save(new Entry("refused", 2, "saved on the I/O thread"));
      return null;
    })).getMessage().contains("(EntityTable.save) " + REFUSAL));
    String update = failureOf(inCallback(first -> entries.update("refused", 1).set(Entry::text, "updated").execute()))
        .getMessage();
    assertTrue(update.contains("(Update.execute) " + REFUSAL), update);
    assertTrue(failureOf(inCallback(first -> {
      entries.deleteByKey("refused", 1);
      return null;
    })).getMessage().contains("(EntityTable.deleteByKey) " + REFUSAL));
    assertEquals(List.of(new Entry("refused", 1, "before")), entries.findByPartition("refused"),
        "a refused save, update or delete must not have reached the server");
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
  /**
   * Runs {@code body} in a callback of the async face on the driver I/O thread. The callback is attached before the
   * read is sent; if the response still wins the race (the stage completes on this thread, where blocking is
   * allowed), the body is not run and the read is tried again, so the test proves what it names every time.
   */
  private static <R> CompletionStage<R> inCallback(java.util.function.Function<Optional<Entry>, R> body) {
    Object notOnDriverThread = new Object();
    for (int attempt = 0; attempt < 50; attempt++) {
      java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
      java.util.concurrent.CompletableFuture<Object> nested = gate.thenCompose(ignored -> entries.async().get("paged", 0))
          .<Object>thenApply(first -> driver.isDriverThread() ? body.apply(first) : notOnDriverThread)
          .toCompletableFuture();
      gate.complete(null);
      try {
        if (nested.get(10, TimeUnit.SECONDS) == notOnDriverThread) {
          continue;
        }
      } catch (ExecutionException expected) {
        // the body failed on the driver thread: what the tests look at
      } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("the callback did not finish", e);
      }
      @SuppressWarnings("unchecked")
      CompletionStage<R> result = (CompletionStage<R>) (CompletionStage<?>) nested;
      return result;
    }
    throw new AssertionError("in 50 tries the read's callback never ran on a driver I/O thread");
  }

  /** The CoodieException the stage fails with, well before the request timeout would end a blocked call. */
  private static CoodieException failureOf(CompletionStage<?> stage) {
    ExecutionException failure = assertThrows(ExecutionException.class,
        () -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS));
    return assertInstanceOf(CoodieException.class, failure.getCause());
  }
}
