package dev.coodie4j.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.TableSchema.LiveColumn;
import dev.coodie4j.spi.TableSchema;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plans against table descriptions as the server reports them; the server-side behaviour is tested in the test kit. */
class SchemaPlannerTest {
  @Table(name = "item")
  record Item(@PartitionKey UUID id, @ClusteringKey int seq, String name, @Index String brand) {}

  private final EntityModel<Item> model = EntityMapping.of(Item.class).model();

  private static TableSchema live(List<LiveColumn> columns, List<String> indexes) {
    return new TableSchema("ks", "item", columns, indexes);
  }

  private static final LiveColumn ID = new LiveColumn("id", "uuid", "partition_key", 0, false);
  private static final LiveColumn SEQ = new LiveColumn("seq", "int", "clustering", 0, false);

  @Test
  void missingTableIsCreatedWithItsIndexes() {
    SchemaPlanner.Plan plan = SchemaPlanner.plan(model, "ks", Optional.empty());
    assertEquals(2, plan.statements().size());
    assertTrue(plan.statements().get(0).startsWith("CREATE TABLE \"ks\".\"item\""));
    assertEquals("CREATE INDEX IF NOT EXISTS \"item_brand_idx\" ON \"ks\".\"item\" (\"brand\")", plan.statements().get(1));
  }

  @Test
  void missingColumnsAreAddedAndExtraColumnsReported() {
    SchemaPlanner.Plan plan = SchemaPlanner.plan(model, "ks", Optional.of(live(List.of(ID, SEQ,
        new LiveColumn("name", "text", "regular", -1, false),
        new LiveColumn("legacy", "int", "regular", -1, false)), List.of("item_brand_idx"))));
    assertEquals(List.of("ALTER TABLE \"ks\".\"item\" ADD \"brand\" text"), plan.statements());
    assertEquals(List.of("legacy"), plan.unmappedColumns());
  }

  @Test
  void matchingTableNeedsNothing() {
    SchemaPlanner.Plan plan = SchemaPlanner.plan(model, "ks", Optional.of(live(List.of(ID, SEQ,
        new LiveColumn("name", "text", "regular", -1, false),
        new LiveColumn("brand", "text", "regular", -1, false)), List.of("item_brand_idx"))));
    assertEquals(List.of(), plan.statements());
  }

  @Test
  void changedKeyAndTypeAreRefusedTogether() {
    SchemaMismatchException e = assertThrows(SchemaMismatchException.class, () -> SchemaPlanner.plan(model, "ks",
        Optional.of(live(List.of(ID, new LiveColumn("seq", "int", "clustering", 0, true),
            new LiveColumn("name", "int", "regular", -1, false)), List.of()))));
    assertTrue(e.getMessage().contains("clustering key is (seq DESC) in the table but (seq ASC) in the entity"), e.getMessage());
    assertTrue(e.getMessage().contains("column \"name\" (property 'name') is int in the table but text"), e.getMessage());
    assertTrue(e.getMessage().contains("primary key cannot be altered"), e.getMessage());
  }
}
