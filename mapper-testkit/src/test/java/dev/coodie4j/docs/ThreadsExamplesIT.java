package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The examples of docs/threads.md. */
@CassandraTest
class ThreadsExamplesIT {
  @Table
  public record Account(@PartitionKey String id, String referrerId, String name) {}

  @Test
  void callbacksComposeOrMoveOffTheDriverThread(Mapper mapper) throws Exception {
    EntityTable<Account> accounts = mapper.table(Account.class);
    accounts.sync();
    accounts.save(new Account("ada", null, "Ada"));
    accounts.save(new Account("bob", "ada", "Bob"));
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      // tag::refused[]
      CompletionStage<Optional<Account>> referrer = accounts.async().get("bob")
          .thenApply(bob -> accounts.get(bob.orElseThrow().referrerId()));   // sync call on the I/O thread
      // fails at once with a CoodieException: "a synchronous mapper call (EntityTable.get) was made on driver I/O ..."
      // end::refused[]
      try {
        // the read had completed before thenApply was attached: the callback ran on this thread, which may block
        assertEquals("Ada", referrer.toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow().name());
      } catch (ExecutionException refused) {
        // the usual case: the driver's I/O thread ran the callback and the sync call was refused (ThreadingIT
        // makes sure of that thread and proves the refusal every time)
        assertInstanceOf(CoodieException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("was made on driver I/O thread"));
      }
      // tag::compose[]
      CompletionStage<Optional<Account>> composed = accounts.async().get("bob")
          .thenCompose(bob -> accounts.async().get(bob.orElseThrow().referrerId()));
      // end::compose[]
      assertEquals("Ada", composed.toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow().name());
      // tag::executor[]
      CompletionStage<Optional<Account>> offloaded = accounts.async().get("bob")
          .thenApplyAsync(bob -> accounts.get(bob.orElseThrow().referrerId()), executor);
      // end::executor[]
      assertEquals("Ada", offloaded.toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow().name());
    } finally {
      executor.shutdownNow();
    }
  }
}
