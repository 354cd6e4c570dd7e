package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class LwtIT {
  private static EntityTable<Product> products;
  private static EntityTable<Reading> readings;

  @BeforeAll
  static void sync(Mapper mapper) {
    products = mapper.table(Product.class);
    readings = mapper.table(Reading.class);
    products.sync();
    readings.sync();
  }

  @Test
  void insertIfNotExistsAppliesOnceThenReturnsTheCurrentRow() {
    Product first = Product.sample();
    assertEquals(LwtResult.wasApplied(), products.insertIfNotExists(first));
    LwtResult<Product> second = products.insertIfNotExists(first.withDescription("second"));
    assertFalse(second.applied());
    assertEquals(Optional.of(first), second.current());
    assertEquals(Optional.of(first), products.get(first.id()), "the losing write changed nothing");
  }

  @Test
  void notAppliedRowIsMappedByNameWithCompositeKeysAndStatics() {
    Reading reading = new Reading("lwt", LocalDate.of(2026, 3, 3), Instant.parse("2026-03-03T03:03:03Z"), 3.5, "bar");
    assertTrue(readings.insertIfNotExists(reading).applied());
    LwtResult<Reading> again = readings.insertIfNotExists(
        new Reading("lwt", reading.day(), reading.at(), 9, "psi"));
    assertEquals(Optional.of(reading), again.current());
  }

  @Test
  void concurrentInsertsOfOneKeyApplyExactlyOnceAndTheLoserSeesTheWinner() {
    for (int round = 0; round < 10; round++) {
      UUID id = UUID.randomUUID();
      Product a = new Product(id, "from A", "A", 1f, 1, null);
      Product b = new Product(id, "from B", "B", 2f, 2, null);
      CompletableFuture<LwtResult<Product>> ra = products.async().insertIfNotExists(a).toCompletableFuture();
      CompletableFuture<LwtResult<Product>> rb = products.async().insertIfNotExists(b).toCompletableFuture();
      LwtResult<Product> resultA = ra.join();
      LwtResult<Product> resultB = rb.join();
      assertNotEquals(resultA.applied(), resultB.applied(), "exactly one writer wins round " + round);
      Product winner = resultA.applied() ? a : b;
      LwtResult<Product> loser = resultA.applied() ? resultB : resultA;
      assertEquals(Optional.of(winner), loser.current());
      assertEquals(Optional.of(winner), products.get(id));
    }
  }

  @Test
  void deleteIfExistsReportsWhetherThereWasARow() {
    Product lamp = Product.sample();
    products.save(lamp);
    assertEquals(LwtResult.wasApplied(), products.deleteIfExists(lamp.id()));
    LwtResult<Product> again = products.deleteIfExists(lamp.id());
    assertFalse(again.applied());
    assertEquals(Optional.empty(), again.current());
    assertEquals(Optional.empty(), products.get(lamp.id()));
  }

  @Test
  void serialConsistencyAndAsyncFace() {
    Product lamp = Product.sample();
    WriteOptions local = WriteOptions.defaults().withSerialConsistency(Consistency.LOCAL_SERIAL)
        .withConsistency(Consistency.LOCAL_QUORUM);
    assertTrue(products.async().insertIfNotExists(lamp, local).toCompletableFuture().join().applied());
    assertTrue(products.async().deleteFrom(lamp.id()).ifExists().options(local).executeAsync().toCompletableFuture().join()
        .applied());
  }
}
