package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class SyncIT {
  @Table(name = "evolving")
  record EvolvingV1(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) int seq, String name) {}

  @Table(name = "growing")
  record GrowingV1(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) int seq, String name) {}

  @Table(name = "growing")
  record GrowingV2(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) int seq, String name,
      @Index String category, @Static String owner) {}

  @Table(name = "evolving")
  record EvolvingWrongOrder(@PartitionKey UUID id, @ClusteringKey int seq, String name) {}

  @Table(name = "evolving")
  record EvolvingWrongPartitionKey(@PartitionKey UUID id, @PartitionKey(1) int seq, String name) {}

  @Table(name = "evolving")
  record EvolvingWrongType(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) int seq, long name) {}

  @Table(name = "dry")
  record Dry(@PartitionKey UUID id, @Index String tag) {}

  @Table(name = "noop")
  record Noop(@PartitionKey UUID id, String name, @Index String tag) {}

  @Table(name = "waited")
  record Waited(@PartitionKey UUID id, @Index String tag) {}

  @Table(name = "elsewhere")
  @dev.coodie4j.annotation.TableOptions(comment = "made elsewhere", defaultTtl = 600)
  record MadeElsewhere(@PartitionKey UUID id, @Index String tag) {}

  @Table(name = "elsewhere")
  @dev.coodie4j.annotation.TableOptions(comment = "made elsewhere, then changed", defaultTtl = 600)
  record MadeElsewhereChanged(@PartitionKey UUID id, @Index String tag) {}

  @Table(name = "lagging")
  record LaggingV2(@PartitionKey UUID id, String name, String email) {}

  @Table(name = "lagging_key")
  record LaggingKey(@PartitionKey UUID id, String name) {}

  @Table(name = "evolving")
  record EvolvingNarrow(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) int seq) {}

  @Test
  void createsThenAddsColumnsAndIndexesKeepingData(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    SyncResult created = mapper.table(GrowingV1.class).sync();
    assertEquals(List.of("CREATE TABLE \"" + keyspace.name() + "\".\"growing\" (\"id\" uuid, \"seq\" int, "
        + "\"name\" text, PRIMARY KEY (\"id\", \"seq\")) WITH CLUSTERING ORDER BY (\"seq\" DESC)"), created.statements());
    UUID id = UUID.randomUUID();
    mapper.table(GrowingV1.class).save(new GrowingV1(id, 1, "first"));

    SyncResult evolved = mapper.table(GrowingV2.class).sync();
    String table = "\"" + keyspace.name() + "\".\"growing\"";
    assertEquals(List.of(
        "ALTER TABLE " + table + " ADD \"category\" text",
        "ALTER TABLE " + table + " ADD \"owner\" text static",
        "CREATE INDEX IF NOT EXISTS \"growing_category_idx\" ON " + table + " (\"category\")"), evolved.statements());

    mapper.table(GrowingV2.class).save(new GrowingV2(id, 2, "second", "tools", "ada"));
    assertEquals(Optional.of(new GrowingV2(id, 1, "first", null, "ada")), mapper.table(GrowingV2.class).get(id, 1));
    Row byIndex = readOnceIndexBuilt(session, "SELECT seq FROM " + table + " WHERE category = 'tools'");
    assertEquals(2, byIndex.getInt("seq"));
  }

  /**
   * An index created on a table that holds rows is built in the background: until it is, the server fails reads
   * through it (sync returns once the schema agrees, not once the build ends).
   */
  private static Row readOnceIndexBuilt(CqlSession session, String cql) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return session.execute(cql).one();
      } catch (com.datastax.oss.driver.api.core.servererrors.ReadFailureException building) {
        if (System.nanoTime() > deadline) {
          throw building;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
      }
    }
  }

  @Test
  void refusesKeyAndTypeChangesWithoutTouchingTheTable(Mapper mapper) {
    mapper.table(EvolvingV1.class).sync();
    SchemaMismatchException order = assertThrows(SchemaMismatchException.class,
        () -> mapper.table(EvolvingWrongOrder.class).sync());
    assertTrue(order.getMessage().contains("clustering key is (seq DESC) in the table but (seq ASC) in the entity"),
        order.getMessage());
    SchemaMismatchException partition = assertThrows(SchemaMismatchException.class,
        () -> mapper.table(EvolvingWrongPartitionKey.class).syncDryRun());
    assertTrue(partition.getMessage().contains("partition key is (id) in the table but (id, seq) in the entity"),
        partition.getMessage());
    SchemaMismatchException type = assertThrows(SchemaMismatchException.class,
        () -> mapper.table(EvolvingWrongType.class).sync());
    assertTrue(type.getMessage().contains("column \"name\" (property 'name') is text in the table but bigint"),
        type.getMessage());
  }

  @Test
  void reportsLiveColumnsTheEntityDoesNotMap(Mapper mapper) {
    mapper.table(EvolvingV1.class).sync();
    assertTrue(mapper.table(EvolvingNarrow.class).syncDryRun().unmappedColumns().contains("name"));
  }

  @Test
  void dryRunReturnsTheCqlWithoutRunningIt(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    SyncResult plan = mapper.table(Dry.class).syncDryRun();
    assertFalse(plan.executed());
    assertEquals(2, plan.statements().size());
    assertTrue(plan.statements().get(0).startsWith("CREATE TABLE \"" + keyspace.name() + "\".\"dry\""));
    assertEquals(0, session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = 'dry'",
        keyspace.name()).all().size());
    assertEquals(plan.statements(), mapper.table(Dry.class).sync().statements());
    assertTrue(mapper.table(Dry.class).syncDryRun().unchanged());
  }

  @Test
  void repeatedSyncInTheSameMapperDoesNoIo(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    Mapper mapper = Mapper.builder(driver).keyspace(keyspace.name()).build();
    assertFalse(mapper.table(Noop.class).sync().unchanged());
    int afterFirst = driver.calls.get();
    for (int i = 0; i < 100; i++) {
      assertTrue(mapper.table(Noop.class).sync().unchanged());
    }
    assertEquals(afterFirst, driver.calls.get());
    assertEquals(2, afterFirst, "CREATE TABLE and CREATE INDEX, and no read: the driver's metadata lacks the table");
    assertEquals(0, driver.agreementWaits.get(), "the driver saw agreement after the last statement: no second wait");
  }

  /**
   * The driver's schema metadata only orders the reads of {@code system_schema}: a session that keeps none (or has not
   * seen another client's table yet) still reads the table's indexes and options before planning.
   */
  @Test
  void syncReadsIndexesAndOptionsOfATableTheDriverMetadataDoesNotKnow(Mapper mapper, CassandraServer server,
      TestKeyspace keyspace) {
    assertEquals(2, mapper.table(MadeElsewhere.class).sync().statements().size(), "CREATE TABLE and CREATE INDEX");
    try (CqlSession blind = server.newSession((config, builder) ->
        config.withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false))) {
      Mapper other = Mapper.builder(DataStaxDriver.of(blind)).keyspace(keyspace.name()).build();
      assertTrue(blind.getMetadata().getKeyspace(keyspace.name()).isEmpty(), "this session keeps no schema metadata");
      assertTrue(other.table(MadeElsewhere.class).syncDryRun().unchanged(), "index and options were read");
      assertEquals(List.of("ALTER TABLE \"" + keyspace.name() + "\".\"elsewhere\" WITH comment = 'made elsewhere, then "
          + "changed'"), other.table(MadeElsewhereChanged.class).sync().statements());
    }
    assertTrue(mapper.table(MadeElsewhereChanged.class).syncDryRun().unchanged());
  }

  /**
   * A table another client created that the driver's metadata has not seen yet: sync plans it as absent without
   * reading, its CREATE TABLE (no IF NOT EXISTS) is refused, and sync reads the live table and adds what it lacks,
   * rather than passing over a table that differs from the entity.
   */
  @Test
  void aTableTheMetadataMissedIsEvolvedNotPassedOver(CqlSession session, TestKeyspace keyspace) {
    session.execute("CREATE TABLE \"" + keyspace.name() + "\".lagging (id uuid PRIMARY KEY, name text)");
    CountingDriver driver = CountingDriver.withLaggingMetadata(session);
    Mapper mapper = Mapper.builder(driver).keyspace(keyspace.name()).build();
    SyncResult result = mapper.table(LaggingV2.class).sync();
    assertEquals(List.of("ALTER TABLE \"" + keyspace.name() + "\".\"lagging\" ADD \"email\" text"),
        result.statements(), "the refused CREATE TABLE is not reported as run");
    assertEquals(2, driver.schemaChanges.size(), driver.schemaChanges.toString());
    assertTrue(driver.schemaChanges.get(0).startsWith("CREATE TABLE \"" + keyspace.name() + "\".\"lagging\""),
        "sent unread, and refused by the server: " + driver.schemaChanges);
    assertTrue(Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build().table(LaggingV2.class)
        .syncDryRun().unchanged(), "the live table now has the entity's columns");
  }

  @Test
  void aTableTheMetadataMissedWithAnotherKeyFailsAsAMismatch(CqlSession session, TestKeyspace keyspace) {
    session.execute("CREATE TABLE \"" + keyspace.name() + "\".lagging_key (id uuid, seq int, name text, "
        + "PRIMARY KEY (id, seq))");
    CountingDriver driver = CountingDriver.withLaggingMetadata(session);
    Mapper mapper = Mapper.builder(driver).keyspace(keyspace.name()).build();
    SchemaMismatchException mismatch = assertThrows(SchemaMismatchException.class,
        () -> mapper.table(LaggingKey.class).sync());
    assertTrue(mismatch.getMessage().contains("lagging_key"), mismatch.getMessage());
    assertEquals(1, mismatch.getSuppressed().length, "the refused CREATE TABLE's failure rides along");
    assertEquals(List.of("id", "seq", "name"), session.execute("SELECT column_name FROM system_schema.columns WHERE "
        + "keyspace_name = ? AND table_name = 'lagging_key'", keyspace.name()).all().stream()
        .map(row -> row.getString(0)).sorted(java.util.Comparator.comparing(List.of("id", "seq", "name")::indexOf))
        .toList(), "the table is left as it was");
  }

  @Test
  void schemaAgreementIsAwaitedOncePerSyncWhenTheDriverHasNotSeenIt(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    driver.driverSeesAgreement = false;
    Mapper mapper = Mapper.builder(driver).keyspace(keyspace.name()).build();
    SyncResult result = mapper.table(Waited.class).sync();
    assertEquals(2, result.statements().size(), "CREATE TABLE and CREATE INDEX");
    assertEquals(1, driver.agreementWaits.get(), "schema agreement is awaited once per sync, not per statement");
    assertTrue(mapper.table(Waited.class).syncDryRun().unchanged());
  }

  @Test
  void keyspaceHelpersCreateWithReplicationAndDurabilityThenDrop(Mapper mapper, CqlSession session) {
    String name = "ks_helper_" + Integer.toHexString(new java.util.Random().nextInt(0xFFFFF));
    String cql = mapper.createKeyspace(KeyspaceDefinition.named(name)
        .networkTopologyStrategy(Map.of("datacenter1", 1)).durableWrites(false));
    assertTrue(cql.startsWith("CREATE KEYSPACE IF NOT EXISTS \"" + name + "\""), cql);
    Row row = session.execute("SELECT replication, durable_writes FROM system_schema.keyspaces WHERE keyspace_name = ?",
        name).one();
    assertEquals("org.apache.cassandra.locator.NetworkTopologyStrategy", row.getMap("replication", String.class, String.class).get("class"));
    assertEquals("1", row.getMap("replication", String.class, String.class).get("datacenter1"));
    assertFalse(row.getBoolean("durable_writes"));
    mapper.dropKeyspace(name);
    assertEquals(0, session.execute("SELECT * FROM system_schema.keyspaces WHERE keyspace_name = ?", name).all().size());
  }
}
