package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.MaterializedView;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class ViewsIT {
  @Table
  record Player(@PartitionKey UUID id, String name, String team, int score) {}

  @MaterializedView(base = Player.class)
  record PlayerByTeam(@PartitionKey String team, @ClusteringKey UUID id, String name, int score) {}

  @MaterializedView(base = Player.class, name = "player_by_nickname")
  record NotInBase(@PartitionKey String nickname, @ClusteringKey UUID id) {}

  @MaterializedView(base = Player.class, name = "player_keyless")
  record MissingBaseKey(@PartitionKey String team, String name) {}

  @MaterializedView(base = Player.class, name = "player_by_score")
  record PlayerByScore(@PartitionKey int score, @ClusteringKey UUID id, String name) {}

  /**
   * Sync creates a table the driver's metadata lacks without reading it first, but never a view: its
   * {@code CREATE MATERIALIZED VIEW IF NOT EXISTS} would pass over a view that exists and differs.
   */
  @Test
  void aViewThatExistsAndDiffersIsRefusedEvenWhenTheMetadataMissedIt(CqlSession session, TestKeyspace keyspace) {
    Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build().table(Player.class).sync();
    String ks = "\"" + keyspace.name() + "\"";
    session.execute(com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance("CREATE MATERIALIZED VIEW " + ks
        + ".player_by_score AS SELECT score, id FROM " + ks + ".player WHERE score IS NOT NULL AND id IS NOT NULL "
        + "PRIMARY KEY (score, id)").setTimeout(java.time.Duration.ofSeconds(30)));
    CountingDriver driver = CountingDriver.withLaggingMetadata(session);
    Mapper lagging = Mapper.builder(driver).keyspace(keyspace.name()).build();
    SchemaMismatchException refused = assertThrows(SchemaMismatchException.class,
        () -> lagging.table(PlayerByScore.class).sync());
    assertTrue(refused.getMessage().contains("view column \"name\" is missing"), refused.getMessage());
    assertEquals(List.of(), driver.schemaChanges, "nothing was sent");
  }

  @Test
  void syncCreatesTheViewAfterItsBaseAndQueriesRead(CqlSession session, TestKeyspace keyspace) throws Exception {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    mapper.dropKeyspace(keyspace.name());
    mapper.createKeyspace(dev.coodie4j.schema.KeyspaceDefinition.named(keyspace.name()).simpleStrategy(1));
    List<SyncResult> results = mapper.sync(PlayerByTeam.class, Player.class);
    String ks = "\"" + keyspace.name() + "\"";
    assertEquals(List.of("CREATE MATERIALIZED VIEW IF NOT EXISTS " + ks + ".\"player_by_team\" AS SELECT "
        + "\"team\",\"id\",\"name\",\"score\" FROM " + ks + ".\"player\" WHERE \"team\" IS NOT NULL AND \"id\" IS NOT NULL"
        + " PRIMARY KEY (\"team\", \"id\") WITH CLUSTERING ORDER BY (\"id\" ASC)"), results.get(0).statements());
    assertTrue(results.get(1).statements().get(0).startsWith("CREATE TABLE"));

    EntityTable<Player> players = mapper.table(Player.class);
    EntityTable<PlayerByTeam> byTeam = mapper.table(PlayerByTeam.class);
    Player ada = new Player(UUID.randomUUID(), "ada", "red", 10);
    Player bob = new Player(UUID.randomUUID(), "bob", "red", 7);
    players.save(ada);
    players.save(bob);
    List<PlayerByTeam> red = List.of();
    for (int attempt = 0; attempt < 50 && red.size() < 2; attempt++) {
      red = byTeam.findByPartition("red");
      Thread.sleep(100);
    }
    assertEquals(2, red.size());
    assertEquals(17, byTeam.query().where(PlayerByTeam::team).eq("red").sum(PlayerByTeam::score));
    assertTrue(byTeam.syncDryRun().unchanged());
  }

  @Test
  void writesThroughAViewAreRefused(Mapper mapper) {
    mapper.sync(Player.class, PlayerByTeam.class);
    EntityTable<PlayerByTeam> byTeam = mapper.table(PlayerByTeam.class);
    PlayerByTeam row = new PlayerByTeam("blue", UUID.randomUUID(), "cy", 1);
    Expect.failsWith(() -> byTeam.save(row), "PlayerByTeam is a materialized view of Player");
    Expect.failsWith(() -> byTeam.update("blue", row.id()).set(PlayerByTeam::score, 2).execute(), "write to Player instead");
    Expect.failsWith(() -> byTeam.delete(row), "materialized view");
    Expect.failsWith(() -> byTeam.query().where(PlayerByTeam::team).eq("blue").delete(), "materialized view");
    Expect.failsWith(() -> byTeam.saveChanges(row, row), "materialized view");
    Expect.failsWith(() -> mapper.batch(BatchType.LOGGED).save(row).execute(), "materialized view");
  }

  @Test
  void badViewsAreRefused(Mapper mapper) {
    EntityDefinitionException column = assertThrows(EntityDefinitionException.class, () -> mapper.table(NotInBase.class));
    assertTrue(column.getMessage().contains("maps column \"nickname\", which Player does not have"), column.getMessage());
    EntityDefinitionException key = assertThrows(EntityDefinitionException.class,
        () -> mapper.table(MissingBaseKey.class));
    assertTrue(key.getMessage().contains("must hold every primary key column of Player [id]"), key.getMessage());
  }
}
