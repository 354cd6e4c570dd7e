package dev.coodie4j.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.schema.EntityModel;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CqlRendererTest {
  @Table
  record Event(
      @PartitionKey(0) String tenant,
      @PartitionKey(1) int day,
      @ClusteringKey(value = 0, order = ClusteringOrder.DESC) long seq,
      @ClusteringKey(1) UUID id,
      @Static String region,
      @Column("select") String payload) {}

  @Table
  record Simple(@PartitionKey UUID id, String name) {}

  private final EntityModel<Event> event = EntityMapping.of(Event.class).model();

  @Test
  void createTableDeclaresCompositeKeysStaticAndClusteringOrderWithQuotedNames() {
    assertEquals("CREATE TABLE \"ks\".\"event\" (\"tenant\" text, \"day\" int, \"seq\" bigint, "
            + "\"id\" uuid, \"region\" text static, \"select\" text, PRIMARY KEY ((\"tenant\",\"day\"), \"seq\", \"id\"))"
            + " WITH CLUSTERING ORDER BY (\"seq\" DESC, \"id\" ASC)",
        CqlRenderer.createTable(CqlRenderer.qualified("ks", "event"), event));
  }

  @Test
  void createTableWithoutClusteringHasNoOrderClause() {
    assertEquals("CREATE TABLE \"simple\" (\"id\" uuid, \"name\" text, PRIMARY KEY (\"id\"))",
        CqlRenderer.createTable(CqlRenderer.qualified(null, "simple"), EntityMapping.of(Simple.class).model()));
  }

  @Test
  void dmlBindsEveryValueByMarker() {
    String table = CqlRenderer.qualified("ks", "event");
    assertEquals("INSERT INTO \"ks\".\"event\" (\"tenant\",\"day\",\"seq\",\"id\",\"region\",\"select\") VALUES (?,?,?,?,?,?)",
        CqlRenderer.insert(table, event.columns(), false, false, false));
    assertEquals("SELECT \"tenant\",\"day\",\"seq\",\"id\",\"region\",\"select\" FROM \"ks\".\"event\""
            + " WHERE \"tenant\" = ? AND \"day\" = ? AND \"seq\" = ? AND \"id\" = ?",
        CqlRenderer.select(table, event.columns(), event.primaryKey()));
    assertEquals("DELETE FROM \"ks\".\"event\" WHERE \"tenant\" = ? AND \"day\" = ?",
        CqlRenderer.delete(table, event.partitionKey(), false, false));
  }

  @Test
  void optionsAndConditionsGoWhereCqlWantsThem() {
    String table = CqlRenderer.qualified("ks", "event");
    assertEquals("INSERT INTO \"ks\".\"event\" (\"tenant\",\"day\",\"seq\",\"id\",\"region\",\"select\") VALUES "
            + "(?,?,?,?,?,?) IF NOT EXISTS USING TTL ? AND TIMESTAMP ?",
        CqlRenderer.insert(table, event.columns(), true, true, true));
    assertEquals("DELETE FROM \"ks\".\"event\" USING TIMESTAMP ? WHERE \"tenant\" = ? AND \"day\" = ? IF EXISTS",
        CqlRenderer.delete(table, event.partitionKey(), true, true));
  }

  @Test
  void addColumnKeepsStatic() {
    assertEquals("ALTER TABLE \"ks\".\"event\" ADD \"region\" text static",
        CqlRenderer.addColumn(CqlRenderer.qualified("ks", "event"), event.column("region").orElseThrow()));
  }
}
