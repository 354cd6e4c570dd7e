package dev.coodie4j.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A reachable Cassandra or ScyllaDB server (or cluster) and the way to connect to it.
 *
 * @param contactPoints    the addresses of the native (CQL) transport, never empty
 * @param localDatacenter  the datacenter the driver treats as local
 * @param description      a human-readable description, such as
 *                         {@code "embedded Apache Cassandra 5.0.6 on 127.0.0.1:41234"}
 */
public record CassandraServer(List<InetSocketAddress> contactPoints, String localDatacenter, String description) {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration SCHEMA_AGREEMENT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  /** Validates and copies the arguments. */
  public CassandraServer {
    contactPoints = List.copyOf(contactPoints);
    if (contactPoints.isEmpty()) {
      throw new IllegalArgumentException("at least one contact point is required");
    }
    Objects.requireNonNull(localDatacenter, "localDatacenter");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Opens a new session without a keyspace. Timeouts are generous (30 s per request and for schema agreement)
   * because DDL on a busy test machine is slow; schema refreshes are not debounced for long, and closing does not
   * linger. The caller closes the session.
   *
   * @return a connected session
   */
  public CqlSession newSession() {
    return builder().build();
  }

  /**
   * Opens a new session logged into {@code keyspace}, with the same settings as {@link #newSession()}.
   *
   * @param keyspace an existing keyspace (CQL identifier, case-insensitive unless quoted)
   * @return a connected session
   */
  public CqlSession newSession(String keyspace) {
    return builder().withKeyspace(Objects.requireNonNull(keyspace, "keyspace")).build();
  }

  /**
   * Opens a new session with the settings of {@link #newSession()} as adjusted by {@code customizer}, which receives
   * the driver options (pre-filled with the generous timeouts) and the session builder (pre-filled with the contact
   * points and local datacenter). The caller closes the session.
   *
   * @param customizer what to change; see {@link SessionCustomizer}
   * @return a connected session
   */
  public CqlSession newSession(SessionCustomizer customizer) {
    Objects.requireNonNull(customizer, "customizer");
    ProgrammaticDriverConfigLoaderBuilder config = config();
    CqlSessionBuilder builder = CqlSession.builder().addContactPoints(contactPoints).withLocalDatacenter(localDatacenter);
    customizer.customize(config, builder);
    return builder.withConfigLoader(config.build()).build();
  }

  private CqlSessionBuilder builder() {
    return CqlSession.builder()
        .addContactPoints(contactPoints)
        .withLocalDatacenter(localDatacenter)
        .withConfigLoader(config().build());
  }

  private static ProgrammaticDriverConfigLoaderBuilder config() {
    return DriverConfigLoader.programmaticBuilder()
        // the server's address only: the contact points of an application.conf on the test classpath (the
        // application's own) would otherwise be added, and a test could reach the cluster they name
        .withStringList(DefaultDriverOption.CONTACT_POINTS, List.of())
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, SCHEMA_AGREEMENT_TIMEOUT)
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, REQUEST_TIMEOUT)
        .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, CONNECT_TIMEOUT)
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, CONNECT_TIMEOUT)
        .withDuration(DefaultDriverOption.CONNECTION_SET_KEYSPACE_TIMEOUT, CONNECT_TIMEOUT)
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, CONNECT_TIMEOUT)
        // tests run DDL one statement at a time: the default 1 s schema-refresh debounce only adds latency
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(50))
        // close sessions at once instead of after netty's 2 s quiet period
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
  }
}
