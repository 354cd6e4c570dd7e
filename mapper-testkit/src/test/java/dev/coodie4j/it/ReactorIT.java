package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityValidationException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.reactor.ReactorTable;
import dev.coodie4j.table.SaveResult;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The Reactor face on the real server: lazy Monos, paged Flux with backpressure, bulk saves with per-row results. */
@CassandraTest
class ReactorIT {
  @Table
  record Tick(@PartitionKey String symbol, @ClusteringKey int seq, @NotBlank String venue) {}

  private final AtomicInteger selects = new AtomicInteger();
  private final AtomicInteger inserts = new AtomicInteger();
  private ReactorTable<Tick> ticks;

  @BeforeEach
  void table(CqlSession session, TestKeyspace keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).listener(event -> {
      if (event.kind() == OperationKind.SELECT) {
        selects.incrementAndGet();
      } else if (event.kind() == OperationKind.INSERT) {
        inserts.incrementAndGet();
      }
    }).build();
    ticks = ReactorTable.of(mapper.table(Tick.class));
    ticks.table().sync();
  }

  @Test
  void aMonoSendsNothingUntilSubscribedAndAgainOnEachSubscription() {
    Mono<Void> save = ticks.save(new Tick("ACME", 1, "X"));
    assertEquals(0, inserts.get());
    StepVerifier.create(save).verifyComplete();
    StepVerifier.create(save).verifyComplete();
    assertEquals(2, inserts.get());
    StepVerifier.create(ticks.get("ACME", 1)).expectNext(new Tick("ACME", 1, "X")).verifyComplete();
    StepVerifier.create(ticks.get("ACME", 2)).verifyComplete(); // absent: empty, not null and not an error
  }

  @Test
  void conditionalWritesReturnTheirOutcome() {
    StepVerifier.create(ticks.insertIfNotExists(new Tick("LWT", 1, "A")))
        .assertNext(result -> assertTrue(result.applied())).verifyComplete();
    StepVerifier.create(ticks.insertIfNotExists(new Tick("LWT", 1, "B")))
        .assertNext(result -> {
          assertFalse(result.applied());
          assertEquals("A", result.current().orElseThrow().venue());
        }).verifyComplete();
    StepVerifier.create(ticks.deleteIfExists("LWT", 1)).assertNext(r -> assertTrue(r.applied())).verifyComplete();
  }

  @Test
  void aFluxReadsAPageOnlyWhenDownstreamAsksForMoreRows() {
    Flux.range(0, 30).flatMap(i -> ticks.save(new Tick("PAGED", i, "X")), 8).blockLast(Duration.ofSeconds(30));
    selects.set(0);
    Flux<Tick> rows = ticks.flux(ticks.table().query().where(Tick::symbol).eq("PAGED"), 10);
    StepVerifier.create(rows, 0)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(200))
        .then(() -> assertEquals(0, selects.get(), "no page before the first request"))
        .thenRequest(5)
        .expectNextCount(5)
        .then(() -> assertEquals(1, selects.get()))
        .thenRequest(5)
        .expectNextCount(5)
        .then(() -> assertEquals(1, selects.get(), "the rest of the first page came from memory"))
        .thenRequest(11)
        .expectNextCount(11)
        .then(() -> assertEquals(3, selects.get()))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
    StepVerifier.create(rows.count()).expectNext(30L).verifyComplete();
  }

  @Test
  void bulkSavesReportEveryRowAndAnInvalidOneFailsAloneNamingItsField() {
    Flux<Tick> input = Flux.range(0, 500).map(i -> new Tick("BULK", i, i == 250 ? " " : "X"));
    var results = ticks.saveAll(input, 32).collectList().block(Duration.ofSeconds(60));
    assertEquals(500, results.size());
    var failed = results.stream().filter(r -> !r.saved()).toList();
    assertEquals(1, failed.size());
    assertEquals(250, failed.get(0).entity().seq());
    var error = failed.get(0).failure().orElseThrow();
    assertTrue(error instanceof EntityValidationException && error.getMessage().contains("venue"),
        error.getMessage());
    assertEquals(499L, ticks.flux(ticks.table().query().where(Tick::symbol).eq("BULK"), 100).count().block());
    assertEquals(499, results.stream().filter(SaveResult::saved).count());
  }

  @Test
  void theLastOfSeveralEntitiesWithOnePrimaryKeyWinsAsIfSavedInOrder() {
    // 20 rounds of versions Z, M, A of 5 rows: the last in the order given must win, not the greatest
    Flux<Tick> versions = Flux.range(0, 20).concatMap(round -> Flux.just("Z", "M", "A")
        .concatMap(venue -> Flux.range(0, 5).map(seq -> new Tick("AGAIN" + round, seq, venue))));
    var results = ticks.saveAll(versions, 64).collectList().block(Duration.ofSeconds(60));
    assertEquals(300, results.size());
    assertTrue(results.stream().allMatch(SaveResult::saved));
    var venues = ticks.flux(ticks.table().query().where(Tick::symbol).in(
        java.util.stream.IntStream.range(0, 20).mapToObj(round -> "AGAIN" + round).toList()), 100)
        .map(Tick::venue).collectList().block(Duration.ofSeconds(30));
    assertEquals(java.util.Collections.nCopies(100, "A"), venues);
  }

  @Test
  void badArgumentsAreAnErrorOfTheResultsAndNoEntityIsTaken() {
    AtomicInteger taken = new AtomicInteger();
    Flux<Tick> input = Flux.range(0, 3).map(i -> new Tick("BAD", i, "X")).doOnNext(t -> taken.incrementAndGet());
    var results = ticks.saveAll(input, 0); // the call itself does not throw
    StepVerifier.create(results)
        .expectErrorSatisfies(e -> assertTrue(e instanceof CoodieException
            && e.getMessage().startsWith("Tick.saveAll with at most 0 writes in flight: use at least 1"),
            e.toString()))
        .verify(Duration.ofSeconds(30));
    assertEquals(0, taken.get());
    assertEquals(0L, ticks.flux(ticks.table().query().where(Tick::symbol).eq("BAD"), 10).count().block());
  }

  @Test
  void anUpstreamErrorEndsTheResultsAfterTheRowsAlreadyTaken() {
    Flux<Tick> failing = Flux.range(0, 3).map(i -> new Tick("ERR", i, "X"))
        .concatWith(Flux.error(new IllegalStateException("source broke")));
    StepVerifier.create(ticks.saveAll(failing, 4))
        .expectNextCount(3)
        .expectErrorMessage("source broke")
        .verify(Duration.ofSeconds(30));
    assertEquals(3L, ticks.flux(ticks.table().query().where(Tick::symbol).eq("ERR"), 10).count().block());
  }
}
