package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest(session = SessionCustomizerIT.Tracking.class)
class SessionCustomizerIT {
  static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

  /** Records the CQL of every request that succeeds, and sets two driver options. */
  static class Tracking implements SessionCustomizer {
    @Override
    public void customize(ProgrammaticDriverConfigLoaderBuilder config, CqlSessionBuilder session) {
      config.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE")
          .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, 123);
      session.addRequestTracker(new RequestTracker() {
        @Override
        public void onSuccess(Request request, long latencyNanos, DriverExecutionProfile profile, Node node,
            String logPrefix) {
          REQUESTS.add(request instanceof SimpleStatement simple ? simple.getQuery()
              : request instanceof BoundStatement bound ? bound.getPreparedStatement().getQuery()
              : request.getClass().getSimpleName());
        }

        @Override
        public void close() {
        }
      });
    }
  }

  @Table
  record Tracked(@PartitionKey String id, String body) {}

  /** The driver calls trackers just after it hands the result back, so the request may show up a moment later. */
  private static void awaitRequest(Predicate<String> matching) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (REQUESTS.stream().noneMatch(matching) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(REQUESTS.stream().anyMatch(matching), "no such request among " + REQUESTS);
  }

  @BeforeEach
  void reset() {
    REQUESTS.clear();
  }

  @Test
  void theTrackerSeesTheTestsRequests(CqlSession session) throws InterruptedException {
    session.execute("SELECT release_version FROM system.local");
    awaitRequest(cql -> cql.equals("SELECT release_version FROM system.local"));
  }

  @Test
  void theCustomizersOptionsAreInEffectOverTheKitsDefaults(CqlSession session) {
    DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
    assertEquals("ONE", profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY));
    assertEquals(123, profile.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE));
    assertEquals(Duration.ofSeconds(30), profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT));
  }

  @Test
  void theClassHasItsOwnSessionAndTheMapperUsesIt(CqlSession session, Mapper mapper, TestKeyspace keyspace)
      throws InterruptedException {
    assertNotSame(CassandraExtension.sharedSession(), session);
    mapper.table(Tracked.class).sync();
    REQUESTS.clear();
    mapper.table(Tracked.class).save(new Tracked("t1", "seen"));
    awaitRequest(cql -> cql.startsWith("INSERT INTO"));
    assertEquals("seen", session.execute("SELECT body FROM " + keyspace.name() + ".tracked WHERE id = 't1'").one()
        .getString(0));
  }

  @Test
  void aClassWithTheSameCustomizerGetsTheSameSession(CqlSession session) {
    InitScriptsIT.classSucceeds(SameCustomizer.class);
    assertSame(session, SameCustomizer.seen);
  }

  @CassandraTest(session = Tracking.class)
  static class SameCustomizer {
    static volatile CqlSession seen;

    @Test
    void capture(CqlSession session) {
      seen = session;
    }
  }

  @Test
  void aCustomizerWithoutNoArgumentConstructorFailsTheClassSayingWhatToDo() {
    String message = InitScriptsIT.classFailure(NeedsArgument.class);
    assertTrue(message.startsWith("@CassandraTest(session = WithArgument.class) on " + NeedsArgument.class.getName()
        + ": " + WithArgument.class.getName() + " has no no-argument constructor; give it a public or package-private"
        + " no-argument constructor"), message);
  }

  static class WithArgument implements SessionCustomizer {
    WithArgument(String unused) {
    }

    @Override
    public void customize(ProgrammaticDriverConfigLoaderBuilder config, CqlSessionBuilder session) {
    }
  }

  @CassandraTest(session = WithArgument.class)
  static class NeedsArgument {
    @Test
    void neverRuns() {
      throw new AssertionError("the class should have failed before its first test");
    }
  }
}
