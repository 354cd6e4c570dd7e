package dev.coodie4j.schema;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.render.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A keyspace to create: its name, replication and durable writes. Immutable.
 *
 * <pre>{@code
 * mapper.createKeyspace(KeyspaceDefinition.named("shop").simpleStrategy(1));
 * mapper.createKeyspace(KeyspaceDefinition.named("shop").networkTopologyStrategy(Map.of("dc1", 3, "dc2", 3)));
 * }</pre>
 */
public final class KeyspaceDefinition {
  private final String name;
  private final Map<String, String> replication;
  private final boolean durableWrites;

  private KeyspaceDefinition(String name, Map<String, String> replication, boolean durableWrites) {
    this.name = name;
    this.replication = replication;
    this.durableWrites = durableWrites;
  }

  /** A keyspace with the given exact name; choose a replication strategy next. */
  public static KeyspaceDefinition named(String name) {
    return new KeyspaceDefinition(Names.requireSchemaName("keyspace", name), Map.of(), true);
  }

  /** SimpleStrategy with a replication factor of at least 1: for a single data center and for tests. */
  public KeyspaceDefinition simpleStrategy(int replicationFactor) {
    requirePositive(replicationFactor, "replication factor");
    Map<String, String> replication = new LinkedHashMap<>();
    replication.put("class", "SimpleStrategy");
    replication.put("replication_factor", Integer.toString(replicationFactor));
    return new KeyspaceDefinition(name, replication, durableWrites);
  }

  /** NetworkTopologyStrategy with a replication factor per data center, for production. */
  public KeyspaceDefinition networkTopologyStrategy(Map<String, Integer> factorPerDataCenter) {
    if (factorPerDataCenter == null || factorPerDataCenter.isEmpty()) {
      throw new CoodieException("keyspace " + name + ": NetworkTopologyStrategy needs at least one data center");
    }
    Map<String, String> replication = new LinkedHashMap<>();
    replication.put("class", "NetworkTopologyStrategy");
    factorPerDataCenter.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      requirePositive(e.getValue(), "replication factor of data center " + e.getKey());
      replication.put(e.getKey(), Integer.toString(e.getValue()));
    });
    return new KeyspaceDefinition(name, replication, durableWrites);
  }

  /** Whether writes go through the commit log (default true; false risks losing recent writes on a crash). */
  public KeyspaceDefinition durableWrites(boolean durableWrites) {
    return new KeyspaceDefinition(name, replication, durableWrites);
  }

  public String name() {
    return name;
  }

  /** {@code CREATE KEYSPACE IF NOT EXISTS ...}. */
  public String toCql() {
    if (replication.isEmpty()) {
      throw new CoodieException("keyspace " + name
          + " has no replication: call simpleStrategy(...) or networkTopologyStrategy(...)");
    }
    return dev.coodie4j.internal.render.CqlRenderer.createKeyspace(name, replication, durableWrites);
  }

  private void requirePositive(int value, String what) {
    if (value < 1) {
      throw new CoodieException("keyspace " + name + ": " + what + " must be at least 1, got " + value);
    }
  }

  @Override
  public String toString() {
    return toCql();
  }
}
