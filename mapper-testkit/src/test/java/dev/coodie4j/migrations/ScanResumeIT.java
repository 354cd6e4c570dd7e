package dev.coodie4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A backfill scan over 100,000 rows that fails mid-way resumes, when migrated again, exactly where it stopped. */
@CassandraTest
class ScanResumeIT {
  private static final int ROWS = 100_000;

  @Table
  record Reading(@PartitionKey long id, double celsius) {}

  /** Hands every reading to the counter; fails once, on the row {@code failAt} of its first run. */
  static final class Backfill implements Migration {
    final Map<Long, Integer> seen = new ConcurrentHashMap<>();
    final AtomicLong calls = new AtomicLong();
    final List<ScanOptions.ScanProgress> progress = new ArrayList<>();
    volatile long failAt;

    @Override
    public String version() {
      return "2026_12_04_001";
    }

    @Override
    public String description() {
      return "fahrenheit backfill";
    }

    @Override
    public String checksum() {
      return "backfill-v1";
    }

    @Override
    public void upgrade(MigrationContext context) {
      ScanOptions options = ScanOptions.defaults().withPageSize(500).withRanges(16, 2)
          .withProgress(p -> {
            synchronized (progress) {
              progress.add(p);
            }
          });
      context.scan("readings", Reading.class, options, reading -> {
        if (calls.incrementAndGet() == failAt) {
          throw new IllegalStateException("the backfill's own bug, on reading " + reading.id());
        }
        seen.merge(reading.id(), 1, Integer::sum);
      });
    }
  }

  @Test
  void aScanInterruptedMidwayAndRunAgainLosesNoRowAndHandsNoneOverTwice(CqlSession session) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace("mig_scan").maxRequestsInFlight(256).build();
    // a cluster the tests are pointed at keeps the keyspace, and its migration history, from the run before
    mapper.dropKeyspace("mig_scan");
    mapper.createKeyspace(KeyspaceDefinition.named("mig_scan").simpleStrategy(1));
    mapper.table(Reading.class).sync();
    AsyncEntityTable<Reading> readings = mapper.table(Reading.class).async();
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (long id = 0; id < ROWS; id++) {
      writes.add(readings.save(new Reading(id, id % 40)).toCompletableFuture());
    }
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();

    Backfill backfill = new Backfill();
    backfill.failAt = ROWS / 2;
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_scan").add(backfill).build();
    MigrationFailedException failed = assertThrows(MigrationFailedException.class, runner::migrate);
    assertTrue(failed.getMessage().contains("the backfill's own bug"), failed.getMessage());
    assertEquals(MigrationState.FAILED, runner.status().get(0).state());
    int firstRun = backfill.seen.size();

    backfill.failAt = -1;
    assertEquals(1, runner.migrate().size());
    assertEquals(MigrationState.APPLIED, runner.status().get(0).state());
    long lost = ROWS - backfill.seen.size();
    long twice = backfill.seen.values().stream().filter(count -> count > 1).count();
    System.out.printf("FIGURE scan-resume: %d rows, %d handed over before the failure, %d after it; lost %d, twice %d%n",
        ROWS, firstRun, backfill.seen.size() - firstRun, lost, twice);
    assertTrue(firstRun >= ROWS / 2 - 1 && firstRun < ROWS, "first run: " + firstRun);
    assertEquals(0, lost);
    assertEquals(0, twice);
    ScanOptions.ScanProgress last = backfill.progress.get(backfill.progress.size() - 1);
    assertEquals(16, last.ranges());
    assertEquals(16, backfill.progress.stream().mapToInt(ScanOptions.ScanProgress::rangesDone).max().orElse(0));
  }
}
