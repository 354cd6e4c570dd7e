package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class UpdateIT {
  @Table
  record Doc(@PartitionKey UUID id, String title, int version, List<String> lines, Set<String> labels,
      Map<String, Integer> counts) {}

  @Table
  record PageHits(@PartitionKey String page, @ColumnType(ScalarType.COUNTER) long hits,
      @ColumnType(ScalarType.COUNTER) Long uniques) {}

  @Table
  record Log(@PartitionKey String stream, @ClusteringKey int seq, String text) {}

  @Table
  record Mixed(@PartitionKey String id, @ColumnType(ScalarType.COUNTER) long hits, String name) {}

  private static EntityTable<Doc> docs;
  private static EntityTable<PageHits> hits;
  private static EntityTable<Log> logs;

  @BeforeAll
  static void sync(Mapper mapper) {
    docs = mapper.table(Doc.class);
    hits = mapper.table(PageHits.class);
    logs = mapper.table(Log.class);
    docs.sync();
    hits.sync();
    logs.sync();
  }

  private static Doc newDoc() {
    Doc doc = new Doc(UUID.randomUUID(), "draft", 1, List.of("a", "b"), Set.of("x"), Map.of("k", 1));
    docs.save(doc);
    return doc;
  }

  @Test
  void setColumnsAndNullInOneStatement() {
    Doc doc = newDoc();
    assertTrue(docs.update(doc.id()).set(Doc::title, "final").set(Doc::version, 2).execute().applied());
    assertEquals(new Doc(doc.id(), "final", 2, doc.lines(), doc.labels(), doc.counts()), docs.get(doc.id()).orElseThrow());
    docs.update(doc.id()).set(Doc::title, null).execute();
    assertEquals(null, docs.get(doc.id()).orElseThrow().title());
  }

  @Test
  void collectionsChangeInPlace() {
    Doc doc = newDoc();
    docs.update(doc.id())
        .append(Doc::lines, List.of("c"))
        .add(Doc::labels, Set.of("y", "z"))
        .put(Doc::counts, "j", 5)
        .execute();
    docs.update(doc.id()).prepend(Doc::lines, List.of("0")).remove(Doc::labels, Set.of("x"))
        .removeKeys(Doc::counts, Set.of("k")).execute();
    docs.update(doc.id()).setAt(Doc::lines, 1, "A").remove(Doc::lines, List.of("b"))
        .putAll(Doc::counts, Map.of("m", 7)).execute();
    Doc loaded = docs.get(doc.id()).orElseThrow();
    assertEquals(List.of("0", "A", "c"), loaded.lines());
    assertEquals(Set.of("y", "z"), loaded.labels());
    assertEquals(Map.of("j", 5, "m", 7), loaded.counts());
  }

  @Test
  void ifExistsAndConditionsReturnTheOutcome() {
    UUID missing = UUID.randomUUID();
    LwtResult<Doc> none = docs.update(missing).set(Doc::title, "ghost").ifExists().execute();
    assertFalse(none.applied());
    assertEquals(Optional.empty(), none.current());
    assertEquals(Optional.empty(), docs.get(missing), "IF EXISTS does not upsert");

    Doc doc = newDoc();
    LwtResult<Doc> stale = docs.update(doc.id()).set(Doc::title, "v3").onlyIf(Doc::version).eq(2).execute();
    assertFalse(stale.applied());
    assertEquals(1, stale.current().orElseThrow().version(), "the current value of the compared column");
    assertTrue(docs.update(doc.id()).set(Doc::title, "v2").set(Doc::version, 2).onlyIf(Doc::version).eq(1)
        .onlyIf(Doc::title).ne("locked").execute().applied());
    assertTrue(docs.update(doc.id()).set(Doc::version, 3).onlyIf(Doc::version).in(List.of(2, 5)).executeAsync()
        .toCompletableFuture().join().applied());
  }

  @Test
  void countersIncrementAndDecrement() {
    hits.update("/home").increment(PageHits::hits, 5).increment(PageHits::uniques, 2).execute();
    hits.update("/home").decrement(PageHits::hits, 1).execute();
    assertEquals(new PageHits("/home", 4, 2L), hits.get("/home").orElseThrow());
    Expect.failsWith(() -> hits.save(new PageHits("/x", 1, 1L)), "a counter table cannot be written with INSERT");
    Expect.failsWith(() -> hits.update("/x").increment(PageHits::hits, 1).options(WriteOptions.defaults()
        .withTtl(Duration.ofSeconds(5))).execute(), "counters cannot have a TTL");
    Expect.failsWith(() -> hits.update("/x").set(PageHits::hits, 3L), "a counter can only be incremented or decremented");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).set("version", 1).increment(d -> 1L, 1),
        "must be a method reference");
    Expect.failsWith(() -> hits.update("/x").set("page", "/y"), "a primary key column cannot be updated");
  }

  @Test
  void aCounterTableMixedWithOtherColumnsIsRefused(Mapper mapper) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(Mixed.class));
    assertTrue(e.getMessage().contains("mixes counter columns [hits] with other columns [name]"), e.getMessage());
  }

  @Test
  void bulkUpdateAndRangeDeleteByKeyConditions() {
    List<Doc> many = IntStream.range(0, 3).mapToObj(i -> newDoc()).toList();
    docs.query().where(Doc::id).in(many.stream().map(Doc::id).toList()).update().set(Doc::title, "bulk").execute();
    many.forEach(d -> assertEquals("bulk", docs.get(d.id()).orElseThrow().title()));

    IntStream.range(0, 10).forEach(i -> logs.save(new Log("s", i, "line " + i)));
    logs.query().where(Log::stream).eq("s").where(Log::seq).gte(7).delete();
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), logs.findByPartition("s").stream().map(Log::seq).toList());
    logs.query().where(Log::stream).eq("s").delete();
    assertEquals(List.of(), logs.findByPartition("s"));
  }

  @Test
  void badUpdatesFailBeforeSending() {
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).execute(), "sets nothing");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).set("id", UUID.randomUUID()), "a primary key column cannot be updated");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).set("version", "two"), "must be a java.lang.Integer");
    Expect.failsWith(() -> docs.query().where(Doc::title).eq("x").update().set(Doc::version, 1).execute(),
        "where 'title' EQ is not allowed");
    Expect.failsWith(() -> logs.query().where(Log::seq).eq(1).update().set(Log::text, "t").execute(),
        "needs the full primary key; missing [stream]");
    Expect.failsWith(() -> logs.query().where(Log::seq).eq(1).delete(), "needs the full partition key; missing [stream]");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).set(Doc::version, 1).ifExists().onlyIf(Doc::version).eq(1),
        "IF EXISTS and IF conditions cannot be combined");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).append(Doc::lines, List.of()), "give a non-empty list");
    Expect.failsWith(() -> docs.update(UUID.randomUUID()).set(Doc::version, 1).options(WriteOptions.defaults()
        .withTimestampMicros(5)).ifExists().execute(), "custom write timestamp on a conditional write");
  }

  @Test
  void idempotenceFollowsWhatTheStatementDoes(CqlSession session, TestKeyspace keyspace) {
    CountingDriver driver = new CountingDriver(DataStaxDriver.of(session));
    EntityTable<Doc> table = Mapper.builder(driver).keyspace(keyspace.name()).build().table(Doc.class);
    EntityTable<PageHits> counters = Mapper.builder(driver).keyspace(keyspace.name()).build().table(PageHits.class);
    UUID id = UUID.randomUUID();
    table.update(id).set(Doc::title, "t").execute();
    table.update(id).add(Doc::labels, Set.of("a")).putAll(Doc::counts, Map.of("a", 1)).execute();
    table.update(id).append(Doc::lines, List.of("l")).execute();
    table.update(id).set(Doc::title, "t").ifExists().execute();
    counters.update("/p").increment(PageHits::hits, 1).execute();
    List<Boolean> idempotence = driver.prepared.stream().map(StatementSpec::idempotent).toList();
    assertEquals(List.of(true, true, false, false, false), idempotence, driver.prepared.toString());
    assertTrue(driver.prepared.get(2).cql().contains("\"lines\" = \"lines\" + ?"), driver.prepared.get(2).cql());
  }
}
