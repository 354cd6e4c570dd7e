package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.testkit.TestServers;

/**
 * The one driver session and coodie4j mapper of a benchmark JVM, on the server {@link TestServers} finds (the forks are
 * pointed at the server the runner started). Every implementation of a scenario shares this session, so they differ
 * only in what they do on top of it.
 */
public final class BenchSession {
  /** The keyspace of every benchmark table, as {@code bench_ks} in coodie's suite. */
  public static final String KEYSPACE = "bench_ks";

  private static BenchSession instance;

  private final CqlSession session;
  private final Mapper mapper;
  private final Mapper listenedMapper;
  private final java.util.concurrent.atomic.LongAdder events = new java.util.concurrent.atomic.LongAdder();

  private BenchSession() {
    this.session = TestServers.shared().newSession();
    if (session.getMetadata().getKeyspace(KEYSPACE).isEmpty()) {
      // the runner creates it once; a fork started on its own creates it here
      createKeyspace(session);
    }
    this.mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).build();
    // the same mapper with an operation listener that reads every field of each event, as a metrics listener does
    this.listenedMapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).listener(event -> {
      if (event.table() != null && event.kind() != null && event.outcome() != null && event.latencyNanos() >= 0
          && event.rows() >= 0) {
        events.increment();
      }
    }).build();
    Runtime.getRuntime().addShutdownHook(new Thread(session::close, "bench-session-close"));
  }

  /** Creates the benchmarks' keyspace if it does not exist. */
  static void createKeyspace(CqlSession session) {
    Mapper.of(DataStaxDriver.of(session)).createKeyspace(KeyspaceDefinition.named(KEYSPACE).simpleStrategy(1));
  }

  /** The session of this JVM, connected on first use. */
  public static synchronized BenchSession get() {
    if (instance == null) {
      instance = new BenchSession();
    }
    return instance;
  }

  public CqlSession session() {
    return session;
  }

  public Mapper mapper() {
    return mapper;
  }

  /** The mapper with an operation listener, for the listener-overhead pairs of {@link InterleavedCheck}. */
  public Mapper listenedMapper() {
    return listenedMapper;
  }

  /** How many operation events the listened mapper delivered. */
  public long events() {
    return events.sum();
  }

  /** Fails the trial when a setup check does not hold: a benchmark that checks nothing measures nothing. */
  public static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark setup check failed: " + what);
    }
  }
}
