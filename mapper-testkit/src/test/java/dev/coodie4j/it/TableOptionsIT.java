package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.TableOptions;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class TableOptionsIT {
  @Table
  @TableOptions(defaultTtl = 3600, gcGraceSeconds = 7200, comment = "web sessions",
      compaction = {"class=LeveledCompactionStrategy", "sstable_size_in_mb=80"},
      compression = {"class=LZ4Compressor", "chunk_length_in_kb=16"},
      caching = {"keys=ALL", "rows_per_partition=NONE"},
      other = {"bloom_filter_fp_chance=0.02", "speculative_retry=99p"})
  record WebSession(@PartitionKey UUID id, String user) {}

  @Test
  void syncCreatesAltersAndValidatesTableOptions(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    SyncResult created = mapper.table(WebSession.class).sync();
    assertTrue(created.statements().get(0).endsWith("WITH default_time_to_live = 3600 AND gc_grace_seconds = 7200 AND "
        + "comment = 'web sessions' AND compaction = {'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': '80'}"
        + " AND compression = {'class': 'LZ4Compressor', 'chunk_length_in_kb': '16'} AND caching = {'keys': 'ALL', "
        + "'rows_per_partition': 'NONE'} AND bloom_filter_fp_chance = 0.02 AND speculative_retry = '99p'"),
        created.statements().get(0));
    Row row = session.execute("SELECT default_time_to_live, gc_grace_seconds, comment, compaction FROM "
        + "system_schema.tables WHERE keyspace_name = ? AND table_name = 'web_session'", keyspace.name()).one();
    assertEquals(3600, row.getInt(0));
    assertEquals(7200, row.getInt(1));
    assertEquals("web sessions", row.getString(2));
    assertTrue(row.getMap(3, String.class, String.class).get("class").endsWith("LeveledCompactionStrategy"));

    Mapper fresh = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    assertTrue(fresh.table(WebSession.class).syncDryRun().unchanged(), "live values normalised by the server match");

    session.execute("ALTER TABLE \"" + keyspace.name() + "\".web_session WITH gc_grace_seconds = 10 AND comment = 'x'");
    SchemaMismatchException drift = assertThrows(SchemaMismatchException.class,
        () -> fresh.validateSchema(WebSession.class));
    assertTrue(drift.getMessage().contains("table option gc_grace_seconds is 10 in the table but 7200 in the entity"),
        drift.getMessage());
    String table = "\"" + keyspace.name() + "\".\"web_session\"";
    assertEquals(List.of("ALTER TABLE " + table + " WITH gc_grace_seconds = 7200 AND comment = 'web sessions'"),
        fresh.table(WebSession.class).syncDryRun().statements());
    fresh.table(WebSession.class).sync();
    assertEquals(7200, session.execute("SELECT gc_grace_seconds FROM system_schema.tables WHERE keyspace_name = ? "
        + "AND table_name = 'web_session'", keyspace.name()).one().getInt(0));
  }
}
