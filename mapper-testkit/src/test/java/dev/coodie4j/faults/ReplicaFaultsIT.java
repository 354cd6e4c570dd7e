package dev.coodie4j.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import dev.coodie4j.Consistency;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.Mapper;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.RequestTimeoutException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.docs.ReliabilityExamples;
import dev.coodie4j.docs.ReliabilityExamples.Account;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.EmbeddedCluster;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paused (hung) replicas and coordinators on a 3-node cluster at RF 3: replica timeouts carry their write type,
 * conditional writes that time out are reported as unknown (and resolved by a SERIAL read), and only idempotent
 * statements are ever sent twice, only when the session enables speculative executions.
 */
class ReplicaFaultsIT {
  @Table
  record Hits(@PartitionKey String page, @ColumnType(ScalarType.COUNTER) long hits) {}

  @Table
  record Log(@PartitionKey String id, List<String> lines) {}

  private static final String KEYSPACE = "faults";
  private static EmbeddedCluster cluster;
  private static CqlSession setup;

  @BeforeAll
  static void createTables() {
    cluster = SharedCluster.get();
    setup = SharedCluster.session(c -> c, b -> b);
    Mapper mapper = mapper(setup);
    mapper.createKeyspace(KeyspaceDefinition.named(KEYSPACE).simpleStrategy(3));
    mapper.sync(Account.class, Hits.class, Log.class);
  }

  @AfterAll
  static void closeSession() {
    if (setup != null) {
      setup.close();
    }
  }

  @AfterEach
  void resumeEveryNode() {
    SharedCluster.restore(setup);
  }

  private static Mapper mapper(CqlSession session) {
    return Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).build();
  }

  /** A session whose only coordinator is node 1; nodes 2 and 3 are replicas it writes to. */
  private static CqlSession coordinatedByNode1(Duration requestTimeout) {
    SocketAddress node1 = cluster.node(1).nativeAddress();
    return SharedCluster.session(c -> c.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, requestTimeout),
        b -> b.withNodeDistanceEvaluator(DriverExecutionProfile.DEFAULT_NAME,
            (node, dc) -> node.getEndPoint().resolve().equals(node1) ? null : NodeDistance.IGNORED));
  }

  @Test
  void aReplicaThatStopsAnsweringFailsAWriteAtAllWithAReplicaTimeoutNamingTheWriteType() {
    try (CqlSession session = coordinatedByNode1(Duration.ofSeconds(30))) {
      EntityTable<Account> accounts = mapper(session).table(Account.class);
      accounts.save(new Account("warm-up", "x"));
      cluster.node(3).pause();
      ReplicaTimeoutException timeout = assertThrows(ReplicaTimeoutException.class,
          () -> accounts.save(new Account("at-all", "x"), WriteOptions.defaults().withConsistency(Consistency.ALL)));
      assertEquals(Optional.of("SIMPLE"), timeout.writeType());
      assertEquals(Consistency.ALL, timeout.consistency());
      assertEquals(3, timeout.required());
      assertEquals(2, timeout.received());
      assertTrue(timeout.getMessage().contains("\"faults\".\"account\""), timeout.getMessage());
    }
  }

  @Test
  void aConditionalInsertWhoseReplicasStallIsUnknownNeverNotAppliedAndASerialReadSettlesIt() {
    try (CqlSession session = coordinatedByNode1(Duration.ofSeconds(30))) {
      EntityTable<Account> accounts = mapper(session).table(Account.class);
      accounts.insertIfNotExists(new Account("warm-up-lwt", "x"));
      cluster.node(2).pause();
      cluster.node(3).pause();
      LwtOutcomeUnknownException unknown = assertThrows(LwtOutcomeUnknownException.class,
          () -> accounts.insertIfNotExists(new Account("carol", "first")));
      assertEquals(LwtOutcomeUnknownException.Kind.INSERT_IF_NOT_EXISTS, unknown.kind());
      assertEquals("\"faults\".\"account\"", unknown.table());
      assertEquals(Map.of("name", "carol"), unknown.key());
      assertEquals(Account.class, unknown.entityClass());
      ReplicaTimeoutException timeout = assertInstanceOf(ReplicaTimeoutException.class, unknown.getCause());
      assertTrue(timeout.isWrite(), timeout.getMessage());
      assertTrue(unknown.getMessage().contains("SERIAL"), unknown.getMessage());

      cluster.node(2).resume();
      cluster.node(3).resume();
      // settled as docs/reliability.md shows: a SERIAL read, then the insert again if it had not applied
      EntityTable<Account> anyCoordinator = mapper(setup).table(Account.class);
      assertTrue(ReliabilityExamples.claim(anyCoordinator, new Account("carol", "first")));
      assertEquals(Optional.of(new Account("carol", "first")),
          anyCoordinator.query().where(Account::name).eq("carol").consistency(Consistency.SERIAL).first());
    }
  }

  @Test
  void aConditionalInsertWhoseCoordinatorHangsIsUnknownAndTheSerialReadFindsItApplied() {
    try (CqlSession session = coordinatedByNode1(Duration.ofSeconds(3))) {
      EntityTable<Account> accounts = mapper(session).table(Account.class);
      accounts.insertIfNotExists(new Account("warm-up-hang", "x"));
      cluster.node(1).pause();
      LwtOutcomeUnknownException unknown = assertThrows(LwtOutcomeUnknownException.class,
          () -> accounts.insertIfNotExists(new Account("dave", "first")));
      assertInstanceOf(RequestTimeoutException.class, unknown.getCause());
      cluster.node(1).resume();
      // the hung coordinator ran the request it had received once it could: reporting "not applied" would be wrong.
      // Waited for with QUORUM reads, which take no part in Paxos: a SERIAL read every 250 ms while that round runs
      // would start rounds of its own, which can pre-empt it until it gives up on contention and never applies
      Account stored = eventually(() -> accounts.query().where(Account::name).eq("dave")
          .consistency(Consistency.QUORUM).first());
      assertEquals(new Account("dave", "first"), stored);
      assertEquals(Optional.of(stored),
          accounts.query().where(Account::name).eq("dave").consistency(Consistency.SERIAL).first());
      assertFalse(accounts.insertIfNotExists(new Account("dave", "second")).applied());
    }
  }

  @Test
  void onlyIdempotentStatementsAreSentAgainAndOnlyWhenTheSessionEnablesSpeculativeExecutions() {
    SocketAddress node2 = cluster.node(2).nativeAddress();
    PreferredFirstPolicy.preferred = cluster.node(2).nativeAddress();
    NodeEvents speculativeEvents = new NodeEvents();
    NodeEvents plainEvents = new NodeEvents();
    try (CqlSession speculative = SharedCluster.session(c -> c
            .withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, PreferredFirstPolicy.class.getName())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(3))
            .withString(DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS, "ConstantSpeculativeExecutionPolicy")
            .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, 3)
            .withDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, Duration.ofMillis(300)),
        b -> b.withRequestTracker(speculativeEvents));
        CqlSession plain = SharedCluster.session(c -> c
            .withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, PreferredFirstPolicy.class.getName())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(3)),
        b -> b.withRequestTracker(plainEvents))) {
      // a new session may still be connecting to a node when it returns: every plan must hold all three
      SharedCluster.awaitAllUp(speculative);
      SharedCluster.awaitAllUp(plain);
      Mapper mapper = mapper(speculative);
      EntityTable<Account> accounts = mapper.table(Account.class);
      EntityTable<Hits> hits = mapper.table(Hits.class);
      EntityTable<Log> logs = mapper.table(Log.class);
      EntityTable<Account> plainAccounts = mapper(plain).table(Account.class);
      // prepare every statement while all nodes answer
      accounts.save(new Account("warm-up-spec", "x"));
      accounts.insertIfNotExists(new Account("warm-up-spec", "x"));
      hits.update("warm-up").increment(Hits::hits, 1).execute();
      logs.update("warm-up").append(Log::lines, List.of("x")).execute();
      plainAccounts.save(new Account("warm-up-plain", "x"));
      long hitsBefore = hits.get("page").map(Hits::hits).orElse(0L);
      List<String> linesBefore = logs.get("log").map(Log::lines).orElse(List.of());
      speculativeEvents.clear();
      plainEvents.clear();

      cluster.node(2).pause();
      // node 2 heads every plan and is paused: the save returns only because another node answered it
      accounts.save(new Account("erin", "speculative"));
      // the tracker hears of the answering node just after the caller does
      eventually(() -> speculativeEvents.of("INSERT").stream().filter(e -> e.success() && !e.node().equals(node2))
          .findFirst(), () -> "no other node answered the save: " + speculativeEvents.of(""));

      speculativeEvents.clear();
      // at once, so that the node is paused for one request timeout: a node drops requests queued for too long
      var counter = failureOf(() -> hits.update("page").increment(Hits::hits, 1).execute());
      var append = failureOf(() -> logs.update("log").append(Log::lines, List.of("appended once")).execute());
      var lwt = failureOf(() -> accounts.insertIfNotExists(new Account("frank", "x")));
      var plainSave = failureOf(() -> plainAccounts.save(new Account("gina", "plain")));
      assertInstanceOf(RequestTimeoutException.class, counter.join());
      assertInstanceOf(RequestTimeoutException.class, append.join());
      LwtOutcomeUnknownException unknown = assertInstanceOf(LwtOutcomeUnknownException.class, lwt.join());
      assertInstanceOf(RequestTimeoutException.class, unknown.getCause());
      assertInstanceOf(RequestTimeoutException.class, plainSave.join(),
          "without speculative executions an idempotent save waits for its node");
      assertTrue(speculativeEvents.of("UPDATE").stream().allMatch(e -> e.node().equals(node2))
              && speculativeEvents.of("INSERT").stream().allMatch(e -> e.node().equals(node2)),
          "a counter update, a list append and an LWT are never sent to a second node: " + speculativeEvents.of(""));
      assertTrue(plainEvents.of("INSERT").stream().allMatch(e -> e.node().equals(node2)),
          "without speculative executions an idempotent save is not sent elsewhere: " + plainEvents.of(""));

      cluster.node(2).resume();
      // the hung node runs what it received once; nothing ran twice
      assertEquals(hitsBefore + 1, eventually(() -> hits.get("page").map(Hits::hits).filter(h -> h > hitsBefore)));
      List<String> expectedLines = new java.util.ArrayList<>(linesBefore);
      expectedLines.add("appended once");
      assertEquals(expectedLines, eventually(() -> logs.get("log").map(Log::lines)
          .filter(l -> l.size() > linesBefore.size())));
      SharedCluster.sleep(2_000);
      assertEquals(Optional.of(hitsBefore + 1), hits.get("page").map(Hits::hits));
      assertEquals(Optional.of(expectedLines), logs.get("log").map(Log::lines));
      assertEquals(new Account("gina", "plain"), eventually(() -> plainAccounts.get("gina")));
    }
  }

  /** The exception the call throws, run on another thread. */
  private static CompletableFuture<Throwable> failureOf(Runnable call) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        call.run();
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    }, runnable -> new Thread(runnable, "fault-call").start());
  }

  /** The value, once present, retried for up to 20 s while a resumed node catches up. */
  private static <V> V eventually(Supplier<Optional<V>> read) {
    return eventually(read, () -> "no value");
  }

  private static <V> V eventually(Supplier<Optional<V>> read, Supplier<String> whatWasMissing) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      Optional<V> value;
      try {
        value = read.get();
      } catch (RuntimeException e) {
        value = Optional.empty();
      }
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(whatWasMissing.get() + " within 20 s");
      }
      SharedCluster.sleep(250);
    }
  }
}
