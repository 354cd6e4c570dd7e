package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Save what changed": the seed's list_mutation and status_update patterns, one statement or none. */
@CassandraTest
class SaveChangesIT {
  @Table
  record Run(@PartitionKey UUID id, String status, int attempts, List<String> events, Set<String> tags,
      Map<String, String> meta) {}

  private CountingDriver driver;
  private EntityTable<Run> runs;
  private String table;

  @BeforeEach
  void table(CqlSession session, TestKeyspace keyspace) {
    driver = new CountingDriver(DataStaxDriver.of(session));
    runs = Mapper.builder(driver).keyspace(keyspace.name()).build().table(Run.class);
    runs.sync();
    table = "\"" + keyspace.name() + "\".\"run\"";
  }

  private Run stored() {
    Run run = new Run(UUID.randomUUID(), "queued", 0, List.of("created"), Set.of("ci"), Map.of("host", "a"));
    runs.save(run);
    Run loaded = runs.get(run.id()).orElseThrow();
    driver.executed.clear();
    return loaded;
  }

  @Test
  void unchangedEntitySendsNothing() {
    Run run = stored();
    driver.executed.clear();
    assertFalse(runs.saveChanges(run, new Run(run.id(), "queued", 0, new ArrayList<>(List.of("created")),
        new LinkedHashSet<>(Set.of("ci")), new HashMap<>(Map.of("host", "a")))));
    assertEquals(List.of(), driver.executed);
  }

  @Test
  void listMutationIsOneAppend() {
    Run run = stored();
    List<String> events = new ArrayList<>(run.events());
    events.add("started");
    assertTrue(runs.saveChanges(run, new Run(run.id(), run.status(), run.attempts(), events, run.tags(), run.meta())));
    assertEquals(List.of("UPDATE " + table + " SET \"events\" = \"events\" + ? WHERE \"id\" = ?"), driver.executed);
    assertEquals(List.of("created", "started"), runs.get(run.id()).orElseThrow().events());
  }

  @Test
  void statusUpdateSetsOnlyTheChangedColumns() {
    Run run = stored();
    assertTrue(runs.saveChanges(run, new Run(run.id(), "running", 1, run.events(), run.tags(), run.meta())));
    assertEquals(List.of("UPDATE " + table + " SET \"status\" = ?, \"attempts\" = ? WHERE \"id\" = ?"), driver.executed);
    Run loaded = runs.get(run.id()).orElseThrow();
    assertEquals("running", loaded.status());
    assertEquals(1, loaded.attempts());
  }

  @Test
  void collectionDeltasAndReplacements() {
    Run run = stored();
    runs.saveChanges(run, new Run(run.id(), run.status(), 0, List.of("boot", "created"), Set.of("ci", "nightly"),
        Map.of("host", "a", "os", "linux")));
    assertEquals(List.of("UPDATE " + table + " SET \"events\" = ? + \"events\", \"tags\" = \"tags\" + ?, "
        + "\"meta\" = \"meta\" + ? WHERE \"id\" = ?"), driver.executed);
    Run grown = runs.get(run.id()).orElseThrow();
    driver.executed.clear();
    runs.saveChanges(grown, new Run(run.id(), null, 0, List.of("other"), Set.of("nightly"), Map.of()));
    assertEquals(List.of("UPDATE " + table + " SET \"status\" = ?, \"events\" = ?, \"tags\" = \"tags\" - ?, "
        + "\"meta\" = ? WHERE \"id\" = ?"), driver.executed);
    assertEquals(new Run(run.id(), null, 0, List.of("other"), Set.of("nightly"), Map.of()), runs.get(run.id()).orElseThrow());
  }

  @Test
  void asyncFaceSendsTheSameDelta() {
    Run run = stored();
    Run changed = new Run(run.id(), "done", run.attempts(), run.events(), run.tags(), run.meta());
    assertTrue(runs.async().saveChanges(run, changed, dev.coodie4j.WriteOptions.defaults()).toCompletableFuture().join());
    assertEquals(List.of("UPDATE " + table + " SET \"status\" = ? WHERE \"id\" = ?"), driver.executed);
    assertFalse(runs.async().saveChanges(changed, changed, dev.coodie4j.WriteOptions.defaults()).toCompletableFuture()
        .join());
  }

  @Test
  void aChangedKeyIsRefused() {
    Run run = stored();
    CoodieException e = assertThrows(CoodieException.class, () -> runs.saveChanges(run,
        new Run(UUID.randomUUID(), run.status(), 0, run.events(), run.tags(), run.meta())));
    assertTrue(e.getMessage().contains("the primary key changed"), e.getMessage());
  }
}
