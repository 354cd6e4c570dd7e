package com.example.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the mapper refuses about counters, before anything reaches the server. */
@CassandraTest
class CounterRefusalsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  /** A counter beside a regular column: Cassandra has no such table. */
  @Table
  record Article(@PartitionKey String id, String title, @ColumnType(ScalarType.COUNTER) long reads) {}

  /** A counter in the primary key. */
  @Table
  record Ranking(@PartitionKey @ColumnType(ScalarType.COUNTER) long score, @ColumnType(ScalarType.COUNTER) long hits) {}

  /** A table without counters. */
  @Table
  record Post(@PartitionKey String id, long reads) {}

  private EntityTable<PageStats> stats;
  private PageCounters counters;

  @BeforeAll
  static void count(Mapper mapper) {
    PageCounters.start(mapper).add("/faq", DAY, 7, 1);
  }

  @BeforeEach
  void start(Mapper mapper) {
    counters = PageCounters.start(mapper);
    stats = mapper.table(PageStats.class);
  }

  @Test
  void aCounterBesideARegularColumnOrInTheKeyIsRefusedAtFirstUse(Mapper mapper) {
    EntityDefinitionException mixed = assertThrows(EntityDefinitionException.class, () -> mapper.table(Article.class));
    assertTrue(mixed.getMessage().contains("mixes counter columns [reads] with other columns [title]"),
        mixed.getMessage());
    EntityDefinitionException keyed = assertThrows(EntityDefinitionException.class, () -> mapper.table(Ranking.class));
    assertTrue(keyed.getMessage().contains("'score' is a counter in the primary key"), keyed.getMessage());
  }

  @Test
  void saveInsertIfNotExistsAndSaveChangesAreRefusedOnACounterTable() {
    CoodieException save = assertThrows(CoodieException.class, () -> stats.save(new PageStats("/faq", DAY, 100, 100)));
    assertTrue(save.getMessage().contains("cannot be written with INSERT"), save.getMessage());
    assertThrows(CoodieException.class, () -> stats.insertIfNotExists(new PageStats("/new", DAY, 1, 1)));
    assertThrows(CoodieException.class,
        () -> stats.saveChanges(counters.of("/faq", DAY), new PageStats("/faq", DAY, 8, 1)));
    assertUnchanged();
    assertEquals(new PageStats("/new", DAY, 0, 0), counters.of("/new", DAY));
  }

  @Test
  void settingACounterIsRefused() {
    CoodieException set = assertThrows(CoodieException.class,
        () -> stats.update("/faq", DAY).set(PageStats::views, 0L).execute());
    assertTrue(set.getMessage().contains("can only be incremented or decremented"), set.getMessage());
    assertUnchanged();
  }

  @Test
  void aTtlOnACounterUpdateIsRefused() {
    WriteOptions expiring = WriteOptions.defaults().withTtl(Duration.ofHours(1));
    CoodieException ttl = assertThrows(CoodieException.class,
        () -> stats.update("/faq", DAY).increment(PageStats::views, 1).options(expiring).execute());
    assertTrue(ttl.getMessage().contains("counters cannot have a TTL"), ttl.getMessage());
    assertUnchanged();
  }

  @Test
  void incrementingAColumnThatIsNotACounterIsRefused(Mapper mapper) {
    EntityTable<Post> posts = mapper.table(Post.class);
    posts.sync();
    posts.save(new Post("p1", 3));
    CoodieException plain = assertThrows(CoodieException.class,
        () -> posts.update("p1").increment(Post::reads, 1).execute());
    assertTrue(plain.getMessage().contains("need a counter column"), plain.getMessage());
    assertEquals(3, posts.get("p1").orElseThrow().reads());
  }

  private void assertUnchanged() {
    assertEquals(new PageStats("/faq", DAY, 7, 1), counters.of("/faq", DAY));
  }
}
