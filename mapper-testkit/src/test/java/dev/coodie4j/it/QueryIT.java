package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.Query;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class QueryIT {
  @Table
  record Score(@PartitionKey String game, @ClusteringKey int level, @ClusteringKey(1) String player, int points,
      String comment) {}

  @Table
  record Row(@PartitionKey int bucket, @ClusteringKey int n, String payload) {}

  private static EntityTable<Score> scores;
  private static EntityTable<Product> products;
  private static EntityTable<Row> rows;

  @BeforeAll
  static void seed(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    scores = mapper.table(Score.class);
    products = mapper.table(Product.class);
    rows = mapper.table(Row.class);
    scores.sync();
    products.sync();
    rows.sync();
    for (String game : List.of("chess", "go", "tetris")) {
      for (int level = 1; level <= 5; level++) {
        scores.save(new Score(game, level, "p" + level, level * 10, level % 2 == 0 ? "even" : null));
      }
    }
    session.execute("CREATE CUSTOM INDEX IF NOT EXISTS product_name_sasi ON \"" + keyspace.name() + "\".\"product\" (name)"
        + " USING 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode': 'CONTAINS'}");
  }

  private static Query<Score> game(String game) {
    return scores.query().where(Score::game).eq(game);
  }

  @Test
  void orderingsTheServerTakesAreSentAndTheOthersAreRefusedBeforeSending(Mapper mapper, TestKeyspace keyspace) {
    // clustering: level ASC, player ASC
    assertEquals(List.of(5, 4, 3, 2, 1), game("go").orderBy(Score::level, ClusteringOrder.DESC)
        .orderBy(Score::player, ClusteringOrder.DESC).list().stream().map(Score::level).toList());
    assertEquals(List.of("p3"), game("go").where(Score::level).eq(3).orderBy(Score::player, ClusteringOrder.DESC)
        .list().stream().map(Score::player).toList());
    CoodieException mixed = assertThrows(CoodieException.class, () -> game("go")
        .orderBy(Score::level, ClusteringOrder.DESC).orderBy(Score::player, ClusteringOrder.ASC).list());
    assertTrue(mixed.getMessage().startsWith("Score query: cannot order by level DESC, player ASC"), mixed.getMessage());
    assertNull(mixed.getCause(), "refused by the mapper, not the server");
    CoodieException skipping = assertThrows(CoodieException.class, () -> game("go")
        .orderBy(Score::player, ClusteringOrder.DESC).list());
    assertNull(skipping.getCause());
    // the server refuses both as well: the mapper's rule is the server's
    String table = "\"" + keyspace.name() + "\".score WHERE game = 'go' ORDER BY ";
    assertThrows(CoodieException.class, () -> mapper.cql("SELECT level FROM " + table + "level DESC, player ASC")
        .maps());
    assertThrows(CoodieException.class, () -> mapper.cql("SELECT level FROM " + table + "player DESC").maps());
  }

  @Test
  void clusteringRangesOrderAndLimits() {
    assertEquals(List.of(2, 3, 4), game("chess").where(Score::level).gt(1).where(Score::level).lte(4).list()
        .stream().map(Score::level).toList());
    assertEquals(List.of(5, 4), game("chess").orderBy(Score::level, ClusteringOrder.DESC).limit(2).list()
        .stream().map(Score::level).toList());
    assertEquals(List.of(1, 1, 1), scores.query().where(Score::game).in("chess", "go", "tetris").perPartitionLimit(1)
        .list().stream().map(Score::level).toList());
  }

  @Test
  void inIsOneStatementWhateverTheNumberOfValues(CqlSession session, TestKeyspace keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build();
    EntityTable<Score> table = mapper.table(Score.class);
    assertEquals(5, table.query().where(Score::game).in(List.of("chess")).list().size());
    assertEquals(10, table.query().where(Score::game).in(List.of("chess", "go")).list().size());
    assertEquals(15, table.query().where(Score::game).in(List.of("chess", "go", "tetris", "none")).list().size());
    assertEquals(1, mapper.preparedStatementCount());
  }

  @Test
  void filteringSecondaryIndexAndLike() {
    Product lamp = new Product(UUID.randomUUID(), "Brass floor lamp", "Lumen", 120f, 3, null);
    Product chair = new Product(UUID.randomUUID(), "Oak chair", "Lumen", 80f, 10, null);
    products.save(lamp);
    products.save(chair);
    assertEquals(Set.of(lamp, chair), new HashSet<>(products.query().where(Product::brand).eq("Lumen").list()));
    assertEquals(List.of(chair), products.query().where(Product::brand).eq("Lumen").where(Product::price).lt(100f)
        .allowFiltering().list());
    assertEquals(List.of(lamp), products.query().where(Product::name).like("%floor%").list());
    assertEquals(List.of(3), game("go").where("points").eq(30).allowFiltering().list().stream().map(Score::level).toList());
  }

  @Test
  void projectionsGivePartialEntities() {
    Score partial = game("go").where(Score::level).eq(2).only(Score::player, Score::points).one().orElseThrow();
    assertEquals(new Score(null, 0, "p2", 20, null), partial);
    Score deferred = game("go").where(Score::level).eq(2).defer(Score::comment).one().orElseThrow();
    assertEquals(new Score("go", 2, "p2", 20, null), deferred);
    assertEquals(Set.of("chess", "go", "tetris"),
        scores.query().distinct().list().stream().map(Score::game).collect(Collectors.toSet()));
  }

  @Test
  void terminals() {
    assertEquals(1, game("tetris").first().orElseThrow().level());
    assertTrue(game("tetris").exists());
    assertFalse(game("pong").exists());
    assertEquals(Optional.empty(), game("pong").one());
    CoodieException many = assertThrows(CoodieException.class, () -> game("tetris").one());
    assertTrue(many.getMessage().contains("expected at most one row but found more"), many.getMessage());
    assertEquals(5L, game("tetris").count());
    assertEquals(150, game("tetris").sum(Score::points));
    assertEquals(30, game("tetris").avg(Score::points));
    assertEquals(10, game("tetris").min(Score::points));
    assertEquals("p5", game("tetris").max(Score::player));
    assertEquals(List.of(1, 2, 3), game("tetris").stream().limit(3).map(Score::level).toList());
  }

  @Test
  void asyncTerminals() {
    assertEquals(5, game("chess").async().list().toCompletableFuture().join().size());
    assertEquals(5L, game("chess").async().count().toCompletableFuture().join());
    assertTrue(game("chess").async().exists().toCompletableFuture().join());
    assertEquals(1, game("chess").async().first().toCompletableFuture().join().orElseThrow().level());
    assertTrue(game("chess").async().page(2, null).toCompletableFuture().join().hasNext());
  }

  @Test
  void pagesOf333CoverTenThousandRowsWithoutLossOrRepeat() {
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (int n = 0; n < 10_000; n++) {
      writes.add(rows.async().save(new Row(n % 7, n, "row " + n)).toCompletableFuture());
      if (writes.size() == 200) {
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        writes.clear();
      }
    }
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();

    Query<Row> all = rows.query();
    Set<Integer> seen = new HashSet<>();
    int pages = 0;
    String state = null;
    do {
      Page<Row> page = all.page(333, state);
      for (Row row : page.items()) {
        assertTrue(seen.add(row.n()), "row " + row.n() + " repeated");
      }
      assertTrue(page.items().size() <= 333);
      state = page.pagingState().orElse(null);
      assertTrue(state == null || state.matches("[A-Za-z0-9_-]+"), "URL-safe: " + state);
      pages++;
    } while (state != null);
    assertEquals(IntStream.range(0, 10_000).boxed().collect(Collectors.toSet()), seen);
    assertTrue(pages >= 31, "10,000 rows in pages of 333 need at least 31 pages, got " + pages);
    assertEquals(10_000, all.fetchSize(333).stream().count());
    assertEquals(10_000L, all.count());
  }

  @Test
  void pagingStateOfAnotherQueryIsRefused() {
    String state = game("chess").page(2).pagingState().orElseThrow();
    assertEquals(2, game("chess").page(2, state).items().size());
    CoodieException other = assertThrows(CoodieException.class, () -> game("go").page(2, state));
    assertTrue(other.getMessage().contains("was not produced by this query"), other.getMessage());
    assertThrows(CoodieException.class, () -> game("chess").page(2, "not*a*state"));
  }

  record LevelPoints(int level, @dev.coodie4j.annotation.Column("points") int score) {}

  @Test
  void tokenRangesCoverEveryPartitionOnce() {
    long[] bounds = {Long.MIN_VALUE, -4_000_000_000_000_000_000L, 0L, 4_000_000_000_000_000_000L, Long.MAX_VALUE};
    List<String> games = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.length; i++) {
      Query<Score> range = i == 0
          ? scores.query().token().gte(bounds[0]).token().lte(bounds[1])
          : scores.query().token().gt(bounds[i]).token().lte(bounds[i + 1]);
      range.distinct().list().forEach(s -> games.add(s.game()));
    }
    assertEquals(List.of("chess", "go", "tetris"), games.stream().sorted().toList());
  }

  @Test
  void groupByProjectionsReadOptionsAndCellMetadata() {
    assertEquals(List.of(1, 1, 1), scores.query().groupBy(Score::game).list().stream().map(Score::level).toList());
    assertEquals(List.of(new LevelPoints(1, 10), new LevelPoints(2, 20)),
        game("go").limit(2).list(LevelPoints.class));
    assertEquals(5, game("go").consistency(dev.coodie4j.Consistency.ONE).timeout(java.time.Duration.ofSeconds(5))
        .list().size());
    Exception three = assertThrows(Exception.class,
        () -> game("go").consistency(dev.coodie4j.Consistency.THREE).list());
    assertTrue(three.getMessage().contains("consistency THREE") || String.valueOf(three.getCause()).contains("THREE"),
        three.toString());
    Product lamp = Product.sample();
    products.save(lamp, dev.coodie4j.WriteOptions.defaults().withTtl(java.time.Duration.ofSeconds(300))
        .withTimestampMicros(1_234L));
    Query<Product> one = products.query().where(Product::id).eq(lamp.id());
    assertEquals(Optional.of(1_234L), one.writetime(Product::name));
    assertTrue(one.ttl(Product::name).orElseThrow() > 250);
    assertEquals(Optional.empty(), products.query().where(Product::id).eq(UUID.randomUUID()).writetime(Product::name));
    var iterator = game("go").iterator();
    assertEquals(1, iterator.next().level());
    assertEquals(List.of(new LevelPoints(1, 10)),
        game("go").limit(1).async().list(LevelPoints.class).toCompletableFuture().join());
    Expect.failsWith(() -> game("go").groupBy(Score::level), "groupBy takes a prefix of the primary key");
    Expect.failsWith(() -> scores.query().groupBy(Score::game).count(), "with groupBy returns a row per group");
    Expect.failsWith(() -> game("go").list(Product.class), "names column 'id', which Score does not map");
  }

  @Test
  void badInputFailsBeforeSending() {
    Expect.failsWith(() -> scores.query().where("score").eq(1), "Score has no mapped property 'score'; its properties are game, level");
    Expect.failsWith(() -> scores.query().where("points").eq("ten"), "value ten (java.lang.String) must be a java.lang.Integer");
    Expect.failsWith(() -> scores.query().where(Score::game).in(List.of()), "IN needs at least one value");
    Expect.failsWith(() -> game("chess").orderBy(Score::points, ClusteringOrder.ASC), "cannot order by 'points', which is not a clustering column");
    Expect.failsWith(() -> scores.query().where(s -> s.game()).eq("x"), "must be a method reference");
    Expect.failsWith(() -> scores.query().where(Score::game).eq(null), "must not be null");
    Expect.failsWith(() -> scores.query().limit(0), "limit must be at least 1");
    Expect.failsWith(() -> scores.query().where(Score::game).in("a", "b").orderBy(Score::level, ClusteringOrder.DESC),
        "cannot page a query that combines IN on the partition key with orderBy");
    Expect.failsWith(() -> game("chess").limit(3).count(), "COUNT cannot be combined with limit");
  }

  @Test
  void beanGettersWorkAsPropertyReferences(Mapper mapper) {
    EntityTable<Customer> customers = mapper.table(Customer.class);
    customers.sync();
    Customer customer = new Customer(UUID.randomUUID(), "q@example.com", 7, 1L);
    customers.save(customer);
    assertEquals(List.of(customer), customers.query().where(Customer::getId).eq(customer.getId()).list());
    Customer partial = customers.query().where(Customer::getId).eq(customer.getId()).only(Customer::getEmail).one()
        .orElseThrow();
    assertEquals("q@example.com", partial.getEmail());
    assertNull(partial.getId());
  }
}
