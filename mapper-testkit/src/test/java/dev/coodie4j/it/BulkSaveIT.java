package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityValidationException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.observe.OperationEvent;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.table.BulkGrouping;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** saveAll: every row written or reported, rows of one partition batched, bounded concurrency, on the server. */
@CassandraTest
class BulkSaveIT {
  @Table
  record Reading(@PartitionKey String sensor, @ClusteringKey int seq, @NotBlank String unit, Double value) {}

  @Table
  record Repeated(@PartitionKey String sensor, @ClusteringKey int seq, String unit) {}

  @Table
  record Sample(@PartitionKey String sensor, @ClusteringKey Integer seq, Double value) {}

  /** An amount whose converter refuses negative values: it runs only as a row is bound. */
  @dev.coodie4j.annotation.ConvertedBy(StrictAmountConverter.class)
  record StrictAmount(long cents) {}

  public static final class StrictAmountConverter
      implements dev.coodie4j.types.ColumnConverter<StrictAmount, java.math.BigDecimal> {
    @Override
    public Class<java.math.BigDecimal> columnType() {
      return java.math.BigDecimal.class;
    }

    @Override
    public java.math.BigDecimal toColumn(StrictAmount value) {
      if (value.cents() < 0) {
        throw new IllegalArgumentException("negative amount " + value.cents());
      }
      return java.math.BigDecimal.valueOf(value.cents(), 2);
    }

    @Override
    public StrictAmount fromColumn(java.math.BigDecimal value) {
      return new StrictAmount(value.movePointRight(2).longValueExact());
    }
  }

  @Table
  record Invoice(@PartitionKey String account, @ClusteringKey int number, StrictAmount total) {}

  private final List<OperationEvent> events = new CopyOnWriteArrayList<>();
  private EntityTable<Reading> readings;
  private Mapper mapper;
  private CqlSession session;
  private String keyspace;

  @BeforeEach
  void table(CqlSession session, TestKeyspace keyspace) {
    this.session = session;
    this.keyspace = keyspace.name();
    mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).listener(events::add).build();
    readings = mapper.table(Reading.class);
    readings.sync();
    events.clear();
  }

  private List<OperationEvent> settledEvents(int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L; // listeners run just after the caller has its answer
    while (events.size() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return List.copyOf(events);
  }

  @Test
  void rowsOfOnePartitionGoInUnloggedBatchesAndOthersAsSingleWrites() throws Exception {
    // 3 sensors x 40 readings, interleaved, plus 10 sensors with one reading each
    List<Reading> many = IntStream.range(0, 120).mapToObj(i -> new Reading("s" + i % 3, i / 3, "C", (double) i))
        .toList();
    List<Reading> lone = IntStream.range(0, 10).mapToObj(i -> new Reading("lone" + i, 0, "C", null)).toList();
    BulkSaveResult<Reading> result = readings.saveAll(java.util.stream.Stream.concat(many.stream(), lone.stream())
        .toList());
    assertTrue(result.allSaved(), result.failures().toString());
    assertEquals(130, result.saved());
    for (int s = 0; s < 3; s++) {
      assertEquals(40, readings.query().where(Reading::sensor).eq("s" + s).count());
    }
    assertEquals(new Reading("lone3", 0, "C", null), readings.get("lone3", 0).orElseThrow());
    List<OperationEvent> sent = settledEvents(16);
    // 40 rows of a partition: batches of at most 32, so 2 per sensor; and one insert per lone sensor
    assertEquals(6, sent.stream().filter(e -> e.kind() == OperationKind.BATCH).count(), sent.toString());
    assertEquals(10, sent.stream().filter(e -> e.kind() == OperationKind.INSERT).count(), sent.toString());
  }

  @Test
  void replicaSetGroupingPacksPartitionsWithTheSameReplicasIntoBatchesOfAtMostTenPartitionsAndThirtyTwoRows()
      throws Exception {
    readings.save(new Reading("warm", 0, "C", null)); // prepares the INSERT: until then rows group by partition
    events.clear();
    // one sensor with 40 readings, then 100 sensors with one each, and one invalid row: on one node, every
    // partition has the same replicas
    List<Reading> rows = new java.util.ArrayList<>();
    IntStream.range(0, 40).forEach(i -> rows.add(new Reading("busy", i, "C", (double) i)));
    IntStream.range(0, 100).forEach(i -> rows.add(new Reading("one" + i, 0, "C", (double) i)));
    rows.add(new Reading("bad", 0, " ", 1.0));
    BulkSaveResult<Reading> result = readings.saveAll(rows, WriteOptions.defaults(), 64, BulkGrouping.REPLICA_SET);
    assertEquals(140, result.saved(), result.failures().toString());
    assertEquals(1, result.failures().size());
    assertEquals("bad", result.failures().get(0).entity().sensor());
    assertEquals(40, readings.query().where(Reading::sensor).eq("busy").count());
    for (int i = 0; i < 100; i += 11) {
      assertEquals(new Reading("one" + i, 0, "C", (double) i), readings.get("one" + i, 0).orElseThrow());
    }
    List<OperationEvent> sent = settledEvents(12);
    // busy 0-31 (32 rows); busy 32-39 with one0-one8 (10 partitions); one9-one98 in 9 batches of 10; one99 alone
    assertEquals(11, sent.stream().filter(e -> e.kind() == OperationKind.BATCH).count(), sent.toString());
    assertEquals(1, sent.stream().filter(e -> e.kind() == OperationKind.INSERT).count(), sent.toString());
    assertTrue(sent.stream().allMatch(e -> e.outcome() == dev.coodie4j.observe.OperationOutcome.SUCCESS),
        sent.toString());
  }

  @Test
  void replicaSetGroupingKeepsEachBatchUnderFourKibibytesAsCassandraCountsThem() throws Exception {
    readings.save(new Reading("warm", 0, "C", null));
    events.clear();
    String kilobyte = "k".repeat(1000);
    List<Reading> rows = IntStream.range(0, 10).mapToObj(i -> new Reading("big" + i, 0, kilobyte, null)).toList();
    BulkSaveResult<Reading> result = readings.saveAll(rows, WriteOptions.defaults(), 64, BulkGrouping.REPLICA_SET);
    assertTrue(result.allSaved(), result.failures().toString());
    assertEquals(kilobyte, readings.get("big9", 0).orElseThrow().unit());
    List<OperationEvent> sent = settledEvents(4);
    // 1,008 bytes of values and 4 columns of 16 bytes a row: three rows a batch, and the tenth alone
    assertEquals(3, sent.stream().filter(e -> e.kind() == OperationKind.BATCH).count(), sent.toString());
    assertEquals(1, sent.stream().filter(e -> e.kind() == OperationKind.INSERT).count(), sent.toString());
  }

  @Test
  void replicaSetGroupingOnAFreshMapperPreparesItsInsertFirstAndWritesEveryRow() {
    List<Reading> rows = IntStream.range(0, 600).mapToObj(i -> new Reading("f" + i % 300, i / 300, "C", 1.0))
        .toList();
    BulkSaveResult<Reading> result = readings.async()
        .saveAll(rows, WriteOptions.defaults(), 8, BulkGrouping.REPLICA_SET).toCompletableFuture().join();
    assertTrue(result.allSaved(), result.failures().toString());
    assertEquals(600, result.saved());
    assertEquals(2, readings.query().where(Reading::sensor).eq("f299").count());
    assertEquals(2, readings.query().where(Reading::sensor).eq("f0").count());
  }

  @Test
  void theLastOfSeveralEntitiesWithOnePrimaryKeyWinsAsIfSavedInOrder() {
    // in one batch, writes of one row share a timestamp and the server keeps the greater value ("Z"), not the later
    List<Reading> rows = new java.util.ArrayList<>();
    for (String unit : List.of("Z", "M", "A")) {
      rows.add(new Reading("twice", 1, unit, (double) unit.charAt(0)));
      IntStream.range(0, 5).forEach(i -> rows.add(new Reading("twice", 10 + rows.size(), "C", 1.0)));
      rows.add(new Reading("lone-twice", 0, unit, null));
    }
    readings.save(new Reading("warm", 0, "C", null)); // its INSERT is prepared: REPLICA_SET packs partitions
    for (BulkGrouping grouping : BulkGrouping.values()) {
      BulkSaveResult<Reading> result = readings.saveAll(rows, WriteOptions.defaults(), 64, grouping);
      assertTrue(result.allSaved(), result.failures().toString());
      assertEquals(new Reading("twice", 1, "A", 65.0), readings.get("twice", 1).orElseThrow(), grouping.toString());
      assertEquals("A", readings.get("lone-twice", 0).orElseThrow().unit(), grouping.toString());
      readings.saveAll(List.of(rows.get(0), rows.get(6))); // back to "Z" for the next pass
    }
    // a mapper that has not prepared its INSERT yet: no save waits for it and overtakes an earlier one
    List<Repeated> repeated = rows.stream().map(r -> new Repeated(r.sensor(), r.seq(), r.unit())).toList();
    Mapper fresh = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    EntityTable<Repeated> table = fresh.table(Repeated.class);
    table.sync();
    BulkSaveResult<Repeated> result = table.async().saveAll(repeated, WriteOptions.defaults(), 64)
        .toCompletableFuture().join();
    assertTrue(result.allSaved(), result.failures().toString());
    assertEquals(repeated.size(), result.saved());
    assertEquals("A", table.get("twice", 1).orElseThrow().unit());
    assertEquals("A", table.get("lone-twice", 0).orElseThrow().unit());
  }

  @Test
  void anInvalidRowFailsAloneWithItsEntityAndTheOthersAreWritten() {
    List<Reading> rows = IntStream.range(0, 50).mapToObj(i -> new Reading("v", i, i == 7 ? " " : "C", 1.0)).toList();
    BulkSaveResult<Reading> result = readings.saveAll(rows);
    assertEquals(49, result.saved());
    assertEquals(1, result.failures().size());
    assertEquals(7, result.failures().get(0).entity().seq());
    CoodieException failure = result.failures().get(0).failure().orElseThrow();
    assertTrue(failure instanceof EntityValidationException && failure.getMessage().contains("unit"),
        failure.getMessage());
    assertEquals(49, readings.query().where(Reading::sensor).eq("v").count());
  }

  @Test
  void aNullEntityFailsAloneNamingItsIndexAndEveryOtherRowIsWritten() {
    List<Reading> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(i == 150 ? null : new Reading("null" + i % 20, i, "C", 1.0));
    }
    for (BulkSaveResult<Reading> result : List.of(readings.saveAll(rows),
        readings.saveAll(rows, WriteOptions.defaults(), 64, BulkGrouping.REPLICA_SET),
        readings.async().saveAll(rows, WriteOptions.defaults(), 8).toCompletableFuture().join())) {
      assertEquals(199, result.saved(), result.failures().toString());
      assertEquals(1, result.failures().size(), result.failures().toString());
      assertNull(result.failures().get(0).entity());
      String message = result.failures().get(0).failure().orElseThrow().getMessage();
      assertTrue(message.contains("Reading.saveAll") && message.contains("index 150") && message.contains("null"),
          message);
    }
    assertEquals(9, readings.query().where(Reading::sensor).eq("null10").count(), "index 150 would be null10's tenth");
    assertEquals(10, readings.query().where(Reading::sensor).eq("null11").count());
  }

  @Test
  void aRowItsConverterRefusesFailsAloneAndTheRestOfItsPartitionIsWritten() {
    EntityTable<Invoice> invoices = mapper.table(Invoice.class);
    invoices.sync();
    List<Invoice> rows = IntStream.range(0, 10)
        .mapToObj(i -> new Invoice("acct", i, new StrictAmount(i == 3 ? -1 : 100 * i))).toList();
    for (BulkSaveResult<Invoice> result : List.of(invoices.saveAll(rows),
        invoices.async().saveAll(rows, WriteOptions.defaults(), 4).toCompletableFuture().join(),
        invoices.saveAll(rows, WriteOptions.defaults(), 64, BulkGrouping.REPLICA_SET))) {
      assertEquals(9, result.saved(), result.failures().toString());
      assertEquals(1, result.failures().size(), result.failures().toString());
      assertEquals(3, result.failures().get(0).entity().number());
      String message = result.failures().get(0).failure().orElseThrow().getMessage();
      assertTrue(message.contains("total") && message.contains("-1"), message);
    }
    assertEquals(9, invoices.query().where(Invoice::account).eq("acct").count());
    assertEquals(new StrictAmount(900), invoices.get("acct", 9).orElseThrow().total());
  }

  @Test
  void aRowWithANullClusteringKeyFailsAloneAndTheRestOfItsPartitionIsWritten() {
    EntityTable<Sample> samples = mapper.table(Sample.class);
    samples.sync();
    List<Sample> rows = IntStream.range(0, 40).mapToObj(i -> new Sample("p", i == 5 ? null : i, 1.0)).toList();
    BulkSaveResult<Sample> result = samples.saveAll(rows);
    assertEquals(39, result.saved(), result.failures().toString());
    assertEquals(1, result.failures().size());
    assertNull(result.failures().get(0).entity().seq());
    assertTrue(result.failures().get(0).failure().orElseThrow().getMessage().contains("'seq'"),
        result.failures().get(0).failure().orElseThrow().getMessage());
    assertEquals(39, samples.query().where(Sample::sensor).eq("p").count());
    assertEquals(39, samples.async().saveAll(rows, WriteOptions.defaults(), 8).toCompletableFuture().join().saved());
  }

  @Test
  void aLargeStreamIsWrittenWithBoundedConcurrencyThroughTheAsyncFace() throws Exception {
    int[] highWater = {0};
    BulkSaveResult<Reading> result = readings.async()
        .saveAll(() -> IntStream.range(0, 5_000).mapToObj(i -> new Reading("bulk" + i % 500, i, "K", (double) i))
            .iterator(), WriteOptions.defaults().withConsistency(Consistency.QUORUM).withTtl(Duration.ofHours(1)), 8)
        .toCompletableFuture().get();
    assertEquals(5_000, result.saved());
    assertTrue(result.allSaved());
    assertEquals(10, readings.query().where(Reading::sensor).eq("bulk42").count());
    assertTrue(mapper.cql("SELECT TTL(unit) FROM reading WHERE sensor = 'bulk7' LIMIT 1").maps().get(0)
        .values().iterator().next() instanceof Integer ttl && ttl > 3000, "the TTL reached batched rows");
  }

  @Test
  void anIteratorThatFailsEndsTheRunWithItsFailureAndWhatItGaveIsWritten() {
    Iterator<Reading> failing = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Reading next() {
        if (next == 20) {
          throw new IllegalStateException("the source broke");
        }
        return new Reading("it", next++, "C", null);
      }
    };
    BulkSaveResult<Reading> result = readings.saveAll(() -> failing);
    assertEquals(1, result.failures().size());
    assertNull(result.failures().get(0).entity());
    assertTrue(result.failures().get(0).failure().orElseThrow().getMessage().contains("the source broke"));
    assertEquals(20, result.saved(), "the entities the iterator gave before it failed are written");
    assertEquals(20, readings.query().where(Reading::sensor).eq("it").count());
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingIsSent() {
    CoodieException zero = assertThrows(CoodieException.class,
        () -> readings.saveAll(List.of(new Reading("x", 1, "C", null)), WriteOptions.defaults(), 0));
    assertTrue(zero.getMessage().contains("Reading.saveAll") && zero.getMessage().contains("at least 1"),
        zero.getMessage());
    assertEquals(0, readings.query().where(Reading::sensor).eq("x").count());
  }
}
