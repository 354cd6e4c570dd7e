package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class CollectionsIT {
  @Table
  record Bag(
      @PartitionKey UUID id,
      List<String> tags,
      Set<Integer> numbers,
      Map<String, Instant> events,
      @Frozen List<String> frozenTags,
      List<Set<String>> nested,
      Map<String, List<Integer>> series,
      Set<ByteBuffer> blobs) {}

  @Table
  record FrozenKey(@PartitionKey @Frozen List<String> path, @ClusteringKey @Frozen Set<Integer> marks, String v) {}

  private static EntityTable<Bag> bags;

  @BeforeAll
  static void sync(Mapper mapper) {
    bags = mapper.table(Bag.class);
    bags.sync();
  }

  @Test
  void syncDeclaresCollectionTypesWithNestedOnesFrozen(CqlSession session, TestKeyspace keyspace) {
    Map<String, String> types = session.execute("SELECT column_name, type FROM system_schema.columns"
            + " WHERE keyspace_name = ? AND table_name = 'bag'", keyspace.name()).all().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("list<text>", types.get("tags"));
    assertEquals("set<int>", types.get("numbers"));
    assertEquals("map<text, timestamp>", types.get("events"));
    assertEquals("frozen<list<text>>", types.get("frozen_tags"));
    assertEquals("list<frozen<set<text>>>", types.get("nested"));
    assertEquals("map<text, frozen<list<int>>>", types.get("series"));
    assertTrue(bags.syncDryRun().unchanged(), "a second look finds the same types");
  }

  @Test
  void valuesRoundTrip() {
    Bag bag = new Bag(UUID.randomUUID(), List.of("b", "a", "b"), Set.of(3, 1, 2),
        Map.of("created", Instant.parse("2026-01-01T00:00:00Z")), List.of("x"), List.of(Set.of("p", "q"), Set.of()),
        Map.of("s", List.of(1, 2, 3)), Set.of(ByteBuffer.wrap(new byte[] {7})));
    bags.save(bag);
    assertEquals(bag, bags.get(bag.id()).orElseThrow());
  }

  @Test
  void emptyAndNullCollectionsReadBackEmpty() {
    UUID id = UUID.randomUUID();
    bags.save(new Bag(id, List.of(), Set.of(), Map.of(), List.of(), List.of(), Map.of(), null));
    Bag loaded = bags.get(id).orElseThrow();
    assertEquals(List.of(), loaded.tags());
    assertEquals(Set.of(), loaded.numbers());
    assertEquals(Map.of(), loaded.events());
    assertEquals(List.of(), loaded.frozenTags());
    assertEquals(Set.of(), loaded.blobs());
  }

  @Test
  void containsAndContainsKey() {
    Bag bag = new Bag(UUID.randomUUID(), List.of("red", "blue"), Set.of(42), Map.of("shipped", Instant.EPOCH),
        List.of(), List.of(), Map.of(), Set.of());
    bags.save(bag);
    assertEquals(List.of(bag.id()), bags.query().where(Bag::tags).contains("blue").allowFiltering().list().stream()
        .map(Bag::id).filter(bag.id()::equals).toList());
    assertTrue(bags.query().where(Bag::events).containsKey("shipped").allowFiltering().list().stream()
        .anyMatch(b -> b.id().equals(bag.id())));
    CoodieException wrong = assertThrows(CoodieException.class, () -> bags.query().where(Bag::tags).contains(42));
    assertTrue(wrong.getMessage().contains("value 42 must be a java.lang.String"), wrong.getMessage());
    assertThrows(CoodieException.class, () -> bags.query().where(Bag::tags).containsKey("x"));
  }

  @Test
  void frozenCollectionsCanBeKeys(Mapper mapper) {
    EntityTable<FrozenKey> table = mapper.table(FrozenKey.class);
    table.sync();
    FrozenKey row = new FrozenKey(List.of("a", "b"), Set.of(1, 2), "v");
    table.save(row);
    assertEquals(List.of(row), table.findByPartition(List.of("a", "b")));
  }

  @Table
  record RawList(@PartitionKey UUID id, @SuppressWarnings("rawtypes") List values) {}

  @Table
  record ObjectElements(@PartitionKey UUID id, List<Object> values) {}

  @Table
  record FrozenString(@PartitionKey UUID id, @Frozen String name) {}

  @Table
  record MultiCellKey(@PartitionKey List<String> id) {}

  @Test
  void badCollectionDefinitionsAreRefused(Mapper mapper) {
    assertProblem(mapper, RawList.class, "is a raw java.util.List: give its element types");
    assertProblem(mapper, ObjectElements.class, "has element type java.lang.Object, which a collection cannot hold");
    assertProblem(mapper, FrozenString.class, "is @Frozen but is a java.lang.String");
    assertProblem(mapper, MultiCellKey.class, "key collections must be frozen; add @Frozen");
  }

  private static void assertProblem(Mapper mapper, Class<?> type, String fragment) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(type));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
