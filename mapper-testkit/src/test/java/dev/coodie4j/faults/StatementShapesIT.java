package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.StatementCacheStats;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import dev.coodie4j.update.Update;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A shape explosion: every subset of 17 columns updated, with and without a TTL, each a statement shape of its own.
 * The statement cache stays at its bound and counts what it evicts.
 */
@CassandraTest
class StatementShapesIT {
  @Table
  record Wide(@PartitionKey int id, Integer c0, Integer c1, Integer c2, Integer c3, Integer c4, Integer c5,
      Integer c6, Integer c7, Integer c8, Integer c9, Integer c10, Integer c11, Integer c12, Integer c13,
      Integer c14, Integer c15, Integer c16) {}

  private static final List<PropertyRef<Wide, Integer>> COLUMNS = List.of(Wide::c0, Wide::c1, Wide::c2, Wide::c3,
      Wide::c4, Wide::c5, Wide::c6, Wide::c7, Wide::c8, Wide::c9, Wide::c10, Wide::c11, Wide::c12, Wide::c13,
      Wide::c14, Wide::c15, Wide::c16);

  @Test
  void threeThousandShapesKeepTheCacheAtItsBoundAndCountEvictions(CqlSession session, TestKeyspace keyspace) {
    explode(session, keyspace, 3_000, 500);
  }

  @Test
  @Tag("full-faults")
  void aHundredThousandShapesKeepTheCacheAtItsBoundAndCountEvictions(CqlSession session, TestKeyspace keyspace) {
    explode(session, keyspace, 100_000, 1_000);
  }

  private static void explode(CqlSession session, TestKeyspace keyspace, int shapes, int bound) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).statementCacheSize(bound)
        .build();
    EntityTable<Wide> table = mapper.table(Wide.class);
    table.sync();
    long serverBefore = serverPrepared(session);
    long maxSize = 0;
    for (int shape = 1; shape <= shapes; shape++) {
      int columns = shape % (1 << COLUMNS.size());
      if (columns == 0) {
        columns = 1;
      }
      Update<Wide> update = table.update(shape);
      for (int c = 0; c < COLUMNS.size(); c++) {
        if ((columns & (1 << c)) != 0) {
          update = update.set(COLUMNS.get(c), c);
        }
      }
      if (shape > (1 << COLUMNS.size()) - 1) {
        update = update.options(WriteOptions.defaults().withTtl(java.time.Duration.ofHours(1)));
      }
      update.execute();
      if (shape % 500 == 0) {
        maxSize = Math.max(maxSize, mapper.statementCacheStats().size());
      }
    }
    StatementCacheStats stats = mapper.statementCacheStats();
    long serverAfter = serverPrepared(session);
    System.out.printf("FIGURE shapes: %d shapes through a cache of %d: largest size seen %d, now %d; misses %d, "
            + "hits %d, evictions %d; the server's prepared statements grew by %d (from %d to %d)%n", shapes, bound,
        maxSize, stats.size(), stats.misses(), stats.hits(), stats.evictions(), serverAfter - serverBefore,
        serverBefore, serverAfter);
    assertTrue(maxSize <= bound && stats.size() <= bound, "the cache stays at its bound: " + stats);
    assertEquals(bound, stats.maximumSize());
    assertTrue(stats.misses() >= shapes, "every new shape was prepared once: " + stats);
    assertEquals(stats.misses() - stats.size(), stats.evictions(), "what is not held was evicted: " + stats);
    int lastColumns = Math.max(1, shapes % (1 << COLUMNS.size()));
    Wide last = table.get(shapes).orElseThrow();
    for (int c = 0; c < COLUMNS.size(); c++) {
      Integer expected = (lastColumns & (1 << c)) != 0 ? c : null;
      assertEquals(expected, COLUMNS.get(c).apply(last), "column c" + c + " of the last shape's row");
    }
  }

  /** The prepared statements the server keeps (it persists them in system.prepared_statements). */
  private static long serverPrepared(CqlSession session) {
    return session.execute("SELECT count(*) FROM system.prepared_statements").one().getLong(0);
  }
}
