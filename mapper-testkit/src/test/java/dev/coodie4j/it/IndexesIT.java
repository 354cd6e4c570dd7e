package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.IndexTarget;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@CassandraTest
class IndexesIT {
  @Table
  record Item(
      @PartitionKey UUID id,
      @Index String brand,
      @Index(target = IndexTarget.KEYS) Map<String, String> labels,
      @Index(name = "item_scores_entries", target = IndexTarget.ENTRIES) Map<String, Integer> scores,
      @Index(target = IndexTarget.VALUES) List<String> tags,
      @Index(target = IndexTarget.FULL) @Frozen List<Integer> dims,
      @Index(using = "sai", options = "case_sensitive=false") String title,
      @Index(using = "org.apache.cassandra.index.sasi.SASIIndex", options = "mode=CONTAINS") String body) {}

  @Table(name = "gadget")
  record Gadget(@PartitionKey UUID id, @Index String brand, @Index(target = IndexTarget.KEYS) Map<String, String> labels) {}

  @Table(name = "gadget")
  record GadgetWithoutIndexes(@PartitionKey UUID id, String brand) {}

  @Table
  record KeysOnList(@PartitionKey UUID id, @Index(target = IndexTarget.KEYS) List<String> tags) {}

  @Table
  record BadOption(@PartitionKey UUID id, @Index(options = "nonsense") String name) {}

  @Test
  void everyKindOfIndexIsCreatedAndUsed(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    EntityTable<Item> items = mapper.table(Item.class);
    SyncResult result = items.sync();
    assertTrue(result.statements().contains("CREATE CUSTOM INDEX IF NOT EXISTS \"item_body_idx\" ON \"" + keyspace.name()
        + "\".\"item\" (\"body\") USING 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode': 'CONTAINS'}"),
        result.statements().toString());
    Map<String, String> targets = session.execute("SELECT index_name, options FROM system_schema.indexes"
            + " WHERE keyspace_name = ? AND table_name = 'item'", keyspace.name()).all().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getMap(1, String.class, String.class).get("target")));
    assertEquals("brand", targets.get("item_brand_idx"));
    assertEquals("keys(labels)", targets.get("item_labels_idx"));
    assertEquals("entries(scores)", targets.get("item_scores_entries"));
    assertEquals("values(tags)", targets.get("item_tags_idx"));
    assertEquals("full(dims)", targets.get("item_dims_idx"));
    assertEquals(7, targets.size());

    Item item = new Item(UUID.randomUUID(), "Acme", Map.of("color", "red"), Map.of("q", 5), List.of("sale"),
        List.of(1, 2), "Desk Lamp", "a lamp for the desk");
    items.save(item);
    assertEquals(List.of(item), items.query().where(Item::labels).containsKey("color").list());
    assertEquals(List.of(item), items.query().where(Item::tags).contains("sale").list());
    assertEquals(List.of(item), items.query().where(Item::dims).eq(List.of(1, 2)).list());
    assertEquals(List.of(item), items.query().where(Item::title).eq("desk lamp").list());
    assertEquals(List.of(item), items.query().where(Item::body).like("%for the%").list());
    assertTrue(items.syncDryRun().unchanged());
  }

  @Test
  void undeclaredIndexesAreDroppedOnlyWhenAsked(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    mapper.table(Gadget.class).sync();
    EntityTable<GadgetWithoutIndexes> bare = mapper.table(GadgetWithoutIndexes.class);
    assertTrue(bare.syncDryRun().unchanged(), "a plain sync keeps indexes it does not know");
    SyncResult dropped = bare.sync(SyncOption.DROP_UNDECLARED_INDEXES);
    assertEquals(List.of("DROP INDEX IF EXISTS \"" + keyspace.name() + "\".\"gadget_brand_idx\"",
        "DROP INDEX IF EXISTS \"" + keyspace.name() + "\".\"gadget_labels_idx\""), dropped.statements());
    assertEquals(0, session.execute("SELECT * FROM system_schema.indexes WHERE keyspace_name = ? AND table_name = "
        + "'gadget'", keyspace.name()).all().size());
  }

  @Test
  void indexesThatCannotWorkAreRefused(Mapper mapper) {
    EntityDefinitionException keys = assertThrows(EntityDefinitionException.class, () -> mapper.table(KeysOnList.class));
    assertTrue(keys.getMessage().contains("which an index on KEYS cannot target"), keys.getMessage());
    EntityDefinitionException option = assertThrows(EntityDefinitionException.class, () -> mapper.table(BadOption.class));
    assertTrue(option.getMessage().contains("index option 'nonsense': write key=value"), option.getMessage());
  }
}
