package dev.coodie4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.schema.KeyspaceDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyspaceDefinitionTest {
  @Test
  void simpleStrategy() {
    assertEquals("CREATE KEYSPACE IF NOT EXISTS \"shop\" WITH replication = {'class': 'SimpleStrategy', "
            + "'replication_factor': '3'} AND durable_writes = true",
        KeyspaceDefinition.named("shop").simpleStrategy(3).toCql());
  }

  @Test
  void networkTopologyStrategyListsDataCentersInOrder() {
    assertEquals("CREATE KEYSPACE IF NOT EXISTS \"shop\" WITH replication = {'class': 'NetworkTopologyStrategy', "
            + "'dc1': '3', 'dc2': '2'} AND durable_writes = false",
        KeyspaceDefinition.named("shop").networkTopologyStrategy(Map.of("dc2", 2, "dc1", 3)).durableWrites(false).toCql());
  }

  @Test
  void incompleteDefinitionsAreRefused() {
    assertTrue(assertThrows(CoodieException.class, () -> KeyspaceDefinition.named("shop").toCql())
        .getMessage().contains("has no replication"));
    assertTrue(assertThrows(CoodieException.class, () -> KeyspaceDefinition.named("shop").simpleStrategy(0))
        .getMessage().contains("at least 1, got 0"));
  }
}
