package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import dev.coodie4j.types.ColumnConverter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where two features meet: each test here failed before the fix it names. */
@CassandraTest
class SeamsIT {
  @ConvertedBy(SkuConverter.class)
  record Sku(String code) {}

  public static final class SkuConverter implements ColumnConverter<Sku, String> {
    @Override
    public Class<String> columnType() {
      return String.class;
    }

    @Override
    public String toColumn(Sku value) {
      return value.code();
    }

    @Override
    public Sku fromColumn(String value) {
      return new Sku(value);
    }
  }

  enum Colour { RED, GREEN, BLUE }

  @UserType
  record Dimensions(int width, int height) {}

  @CqlTuple
  record Point(int x, int y) {}

  @Table
  record Item(@PartitionKey Sku sku, @ClusteringKey Colour colour, @ClusteringKey(1) Dimensions size,
      @ClusteringKey(2) Point at, String label, @Vector(3) float[] embedding) {}

  @Table
  record Numbered(@PartitionKey int bucket, @ClusteringKey int n, String note) {}

  @Table
  record Keyed(@PartitionKey String key, String value) {}

  private static EntityTable<Item> items;
  private static EntityTable<Numbered> numbered;
  private static EntityTable<Keyed> keyed;

  @BeforeAll
  static void sync(Mapper mapper) {
    items = mapper.table(Item.class);
    items.sync();
    numbered = mapper.table(Numbered.class);
    numbered.sync();
    keyed = mapper.table(Keyed.class);
    keyed.sync();
    for (int n = 0; n < 40; n++) {
      numbered.save(new Numbered(n % 2, n, "note " + n));
    }
  }

  private static Item item(String sku, Colour colour, int width, int x) {
    return new Item(new Sku(sku), colour, new Dimensions(width, 1), new Point(x, 0), sku + colour, new float[] {1, 2, 3});
  }

  @Test
  void inWorksOnConvertedEnumUserTypeAndTupleProperties() {
    items.save(item("a", Colour.RED, 1, 1));
    items.save(item("b", Colour.GREEN, 2, 2));
    items.save(item("c", Colour.BLUE, 3, 3));
    Set<String> bySku = items.query().where(Item::sku).in(new Sku("a"), new Sku("b")).list().stream()
        .map(Item::label).collect(Collectors.toSet());
    assertEquals(Set.of("aRED", "bGREEN"), bySku);
    assertEquals(List.of("aRED"), items.query().where(Item::sku).eq(new Sku("a"))
        .where(Item::colour).in(Colour.RED, Colour.BLUE).list().stream().map(Item::label).toList());
    assertEquals(List.of("bGREEN"), items.query().where(Item::sku).eq(new Sku("b"))
        .where(Item::colour).eq(Colour.GREEN).where(Item::size).in(new Dimensions(2, 1), new Dimensions(9, 9))
        .list().stream().map(Item::label).toList());
    assertEquals(List.of("cBLUE"), items.query().where(Item::sku).eq(new Sku("c"))
        .where(Item::colour).eq(Colour.BLUE).where(Item::size).eq(new Dimensions(3, 1))
        .where(Item::at).in(new Point(3, 0), new Point(4, 0)).list().stream().map(Item::label).toList());
  }

  @Test
  void rawStatementsBindUserTypeTupleAndConvertedRecordsAsTheMapperStoresThem(Mapper mapper, TestKeyspace keyspace) {
    mapper.cql("INSERT INTO \"" + keyspace.name() + "\".item (sku, colour, size, at, label) VALUES (?, ?, ?, ?, ?)",
        new Sku("raw"), Colour.RED, new Dimensions(4, 5), new Point(6, 7), "by hand").execute();
    Item item = items.get(new Sku("raw"), Colour.RED, new Dimensions(4, 5), new Point(6, 7)).orElseThrow();
    assertEquals("by hand", item.label());
    assertEquals(1, mapper.cql("SELECT label FROM \"" + keyspace.name() + "\".item WHERE sku = ? AND colour = ? "
        + "AND size = ?", new Sku("raw"), Colour.RED, new Dimensions(4, 5)).maps().size());
  }

  @Test
  void aRowWithoutAVectorReadsBackWithANullVector() {
    Item bare = new Item(new Sku("bare"), Colour.BLUE, new Dimensions(1, 1), new Point(0, 0), "no vector", null);
    items.save(bare);
    Item loaded = items.get(bare.sku(), bare.colour(), bare.size(), bare.at()).orElseThrow();
    assertEquals("no vector", loaded.label());
    assertEquals(null, loaded.embedding());
  }

  @Test
  void anUnchangedVectorInANewArrayIsNotWrittenAgain(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    EntityTable<Item> counted = Mapper.builder(driver).keyspace(keyspace.name()).build().table(Item.class);
    Item before = item("v", Colour.RED, 1, 1);
    counted.save(before);
    Item copy = new Item(before.sku(), before.colour(), before.size(), before.at(), before.label(),
        before.embedding().clone());
    int calls = driver.calls.get();
    assertFalse(counted.saveChanges(before, copy), "an equal vector is no change");
    assertEquals(calls, driver.calls.get(), "nothing was sent");
    Item moved = new Item(before.sku(), before.colour(), before.size(), before.at(), before.label(),
        new float[] {1, 2, 4});
    assertTrue(counted.saveChanges(before, moved));
    assertEquals(4f, counted.get(before.sku(), before.colour(), before.size(), before.at()).orElseThrow()
        .embedding()[2]);
  }

  @Test
  void aTokenWithAnyCharacterChangedIsRefusedWithABoundedMessage() {
    Query<Numbered> all = numbered.query();
    Page<Numbered> first = all.page(7);
    String token = first.pagingState().orElseThrow();
    assertEquals(7, all.page(7, token).items().size());
    int refused = 0;
    for (int i = 0; i < token.length(); i++) {
      char original = token.charAt(i);
      for (char replacement : new char[] {'A', 'z', '0', '-', '_'}) {
        if (replacement == original) {
          continue;
        }
        String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
        CoodieException e = assertThrows(CoodieException.class, () -> all.page(7, tampered),
            "position " + i + " changed to " + replacement);
        assertFalse(e.getMessage().contains(tampered));
        refused++;
      }
    }
    assertTrue(refused >= 4 * token.length(), "tried " + refused);
    String huge = "A".repeat(10_000);
    CoodieException e = assertThrows(CoodieException.class, () -> all.page(7, huge));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().contains("10000 characters"), e.getMessage());
  }

  @Test
  void aTokenFromAnotherQueryOrAnotherValueIsRefused() {
    String token = numbered.query().where(Numbered::bucket).eq(0).page(3).pagingState().orElseThrow();
    assertEquals(3, numbered.query().where(Numbered::bucket).eq(0).page(3, token).items().size());
    assertThrows(CoodieException.class, () -> numbered.query().where(Numbered::bucket).eq(1).page(3, token));
    assertThrows(CoodieException.class, () -> numbered.query().where(Numbered::bucket).eq(0).limit(30).page(3, token));
  }

  @Test
  void mappersSharingAPagingTokenKeyResumeEachOthersTokens(CqlSession session, TestKeyspace keyspace) {
    byte[] key = "a service's shared paging secret".getBytes(StandardCharsets.UTF_8);
    Mapper one = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).pagingTokenKey(key).build();
    Mapper two = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).pagingTokenKey(key).build();
    Mapper other = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    Set<Integer> seen = new HashSet<>();
    Page<Numbered> page = one.table(Numbered.class).query().page(15);
    page.items().forEach(n -> seen.add(n.n()));
    String firstToken = page.pagingState().orElseThrow();
    assertThrows(CoodieException.class, () -> other.table(Numbered.class).query().page(15, firstToken));
    String token = firstToken;
    while (true) {
      Page<Numbered> next = two.table(Numbered.class).query().page(15, token);
      next.items().forEach(n -> assertTrue(seen.add(n.n()), "repeated " + n));
      if (next.pagingState().isEmpty()) {
        break;
      }
      token = next.pagingState().get();
    }
    assertEquals(IntStream.range(0, 40).boxed().collect(Collectors.toSet()), seen);
    Expect.failsWith(() -> Mapper.builder(DataStaxDriver.of(session)).pagingTokenKey(new byte[8]), "at least 16 bytes");
  }

  @Test
  void queriesTheServerWouldRefuseFailBeforeSending(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    EntityTable<Numbered> counted = Mapper.builder(driver).keyspace(keyspace.name()).build().table(Numbered.class);
    Expect.failsWith(() -> counted.query().where(Numbered::bucket).gt(0).list(), "token().gt");
    Expect.failsWith(() -> counted.query().where(Numbered::note).eq("note 1").list(),
        "neither in the primary key nor indexed");
    Expect.failsWith(() -> counted.query().where(Numbered::bucket).eq(1).where(Numbered::note).gte("note").list(),
        "add allowFiltering()");
    assertEquals(0, driver.calls.get(), "nothing reached the server");
    assertEquals(List.of(3), counted.query().where(Numbered::note).eq("note 3").allowFiltering().list().stream()
        .map(Numbered::n).toList());
    assertEquals(20, counted.query().where(Numbered::bucket).gt(0).allowFiltering().list().size());
  }

  @Test
  void keyspaceAndTableNamesCqlCannotHoldAreRefused(CqlSession session) {
    Expect.failsWith(() -> Mapper.builder(DataStaxDriver.of(session)).keyspace("bad-name"), "'bad-name'");
    Expect.failsWith(() -> KeyspaceDefinition.named("bad-name"), "letters, digits and underscores");
    Expect.failsWith(() -> KeyspaceDefinition.named("k".repeat(49)), "1 to 48");
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class,
        () -> Mapper.of(DataStaxDriver.of(session)).table(BadlyNamed.class));
    assertTrue(e.getMessage().contains("'my-table'"), e.getMessage());
  }

  @Table(name = "my-table")
  record BadlyNamed(@PartitionKey UUID id) {}

  @Test
  void aPartitionKeyOverTheServersLimitIsRefusedBeforeSending() {
    String huge = "ü".repeat(40_000); // 80,000 bytes in UTF-8, 40,000 characters
    Expect.failsWith(() -> keyed.save(new Keyed(huge, "v")), "80000 bytes");
    Expect.failsWith(() -> keyed.get(huge), "partition key column \"key\"");
    Expect.failsWith(() -> keyed.query().where(Keyed::key).in("a", huge).list(), "65535");
    String largest = "k".repeat(65_535);
    keyed.save(new Keyed(largest, "fits"));
    assertEquals("fits", keyed.get(largest).orElseThrow().value());
  }

  @Test
  void getByKeyAndTheEqualQueryShareOnePreparedStatement(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    EntityTable<Keyed> counted = Mapper.builder(driver).keyspace(keyspace.name()).build().table(Keyed.class);
    counted.save(new Keyed("same", "shape"));
    counted.get("same");
    counted.query().where(Keyed::key).eq("same").list();
    List<String> selects = driver.prepared.stream().map(StatementSpec::cql).filter(cql -> cql.startsWith("SELECT"))
        .distinct().toList();
    assertEquals(1, selects.size(), selects.toString());
  }
}
