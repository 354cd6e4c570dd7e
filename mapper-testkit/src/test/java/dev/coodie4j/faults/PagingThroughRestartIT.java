package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.RequestTimeoutException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.query.Page;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.EmbeddedCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A full scan at QUORUM, paged by paging tokens, while a node is killed and started again: every row once, none
 * twice. A page that times out (until the live nodes convict the dead one, a range read may pick it) is asked for
 * again with the same token.
 */
class PagingThroughRestartIT {
  @Table
  record Item(@PartitionKey int bucket, @ClusteringKey int seq) {}

  private static final int BUCKETS = 20;
  private static final int PER_BUCKET = 150;
  private static EmbeddedCluster cluster;
  private static CqlSession session;
  private static EntityTable<Item> items;

  @BeforeAll
  static void writeRows() {
    cluster = SharedCluster.get();
    session = SharedCluster.session(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10)),
        b -> b);
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace("paging").build();
    mapper.createKeyspace(KeyspaceDefinition.named("paging").simpleStrategy(3));
    items = mapper.table(Item.class);
    items.sync();
    WriteOptions all = WriteOptions.defaults().withConsistency(Consistency.ALL);
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      for (int seq = 0; seq < PER_BUCKET; seq++) {
        items.async().save(new Item(bucket, seq), all).toCompletableFuture().join();
      }
    }
  }

  @AfterEach
  void restoreTheCluster() {
    SharedCluster.restore(session);
  }

  @AfterAll
  static void closeSession() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void pagingTokensKeptAcrossANodeRestartResumeWithoutLossOrRepeats() {
    List<Item> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    int retried = 0;
    boolean more = true;
    while (more) {
      Page<Item> page;
      try {
        page = items.query().consistency(Consistency.QUORUM).page(100, token);
      } catch (RequestTimeoutException | ReplicaTimeoutException timeout) {
        // a read is idempotent: ask for the same page again with the same token
        if (++retried > 20) {
          throw new AssertionError("the page after " + seen.size() + " rows timed out 20 times", timeout);
        }
        SharedCluster.sleep(1_000);
        continue;
      }
      seen.addAll(page.items());
      token = page.pagingState().orElse(null);
      more = token != null;
      pages++;
      if (pages == 10) {
        cluster.node(3).stop();
      } else if (pages == 20) {
        cluster.node(3).start();
        SharedCluster.awaitAllUp(session);
      }
    }
    System.out.printf("FIGURE paging-tokens: %d pages, %d of them asked for again after a timeout%n", pages, retried);
    assertEveryRowOnce(seen);
  }

  private static void assertEveryRowOnce(List<Item> seen) {
    Set<Item> distinct = new HashSet<>(seen);
    System.out.printf("FIGURE paging: %d rows read of %d, %d distinct (lost %d, repeated %d)%n", seen.size(),
        BUCKETS * PER_BUCKET, distinct.size(), BUCKETS * PER_BUCKET - distinct.size(), seen.size() - distinct.size());
    assertEquals(seen.size(), distinct.size(), "no row repeated");
    assertEquals(BUCKETS * PER_BUCKET, distinct.size(), "no row lost");
  }
}
