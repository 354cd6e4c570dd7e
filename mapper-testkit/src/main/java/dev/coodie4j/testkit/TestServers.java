package dev.coodie4j.testkit;

import dev.coodie4j.testkit.internal.DockerScylla;
import dev.coodie4j.testkit.internal.EmbeddedCassandra;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server shared by all tests of a JVM, chosen on first use and announced with one INFO line through the
 * {@link System.Logger} {@code dev.coodie4j.testkit} (visible by default; see docs/logging.md to route it).
 *
 * <p>The choice, in order:
 * <ol>
 *   <li>{@code COODIE4J_CONTACT_POINTS} (environment, {@code host[:port],...}, port 9042 by default) with
 *       {@code COODIE4J_LOCAL_DC} (default {@code datacenter1}), or the system properties
 *       {@code coodie4j.contactPoints} and {@code coodie4j.localDc}: that cluster, nothing is started;</li>
 *   <li>a reachable Docker engine, when {@code org.testcontainers:testcontainers-scylladb} is on the test classpath
 *       (an optional dependency): a ScyllaDB container, image from system property
 *       {@code coodie4j.scylla.image};</li>
 *   <li>otherwise an embedded Apache Cassandra in a forked JVM, whose jars Maven resolves once per machine.</li>
 * </ol>
 * {@code COODIE4J_SERVER=docker} or {@code COODIE4J_SERVER=embedded} forces the second or third choice.
 * Started servers stop when the JVM exits.
 */
public final class TestServers {

  /** Environment variable naming an existing cluster. */
  public static final String CONTACT_POINTS_ENV = "COODIE4J_CONTACT_POINTS";
  /** Environment variable naming the local datacenter of {@link #CONTACT_POINTS_ENV}. */
  public static final String LOCAL_DC_ENV = "COODIE4J_LOCAL_DC";
  /** System property that does what {@link #CONTACT_POINTS_ENV} does, and wins over it. */
  public static final String CONTACT_POINTS_PROPERTY = "coodie4j.contactPoints";
  /** System property that does what {@link #LOCAL_DC_ENV} does, and wins over it. */
  public static final String LOCAL_DC_PROPERTY = "coodie4j.localDc";
  /** Environment variable forcing {@code docker} or {@code embedded}. */
  public static final String SERVER_ENV = "COODIE4J_SERVER";

  private static final int DEFAULT_PORT = 9042;
  private static final String DEFAULT_DC = "datacenter1";

  private static final System.Logger LOG = System.getLogger("dev.coodie4j.testkit");
  private static final boolean TESTCONTAINERS = present("org.testcontainers.scylladb.ScyllaDBContainer");

  private static CassandraServer shared;
  private static RuntimeException failure;

  private TestServers() {
  }

  /**
   * Returns the shared server, choosing (and if needed starting) it on the first call.
   *
   * @return the server for this JVM
   * @throws IllegalStateException if no server could be started; later calls fail the same way at once
   */
  public static synchronized CassandraServer shared() {
    if (failure != null) {
      throw new IllegalStateException("the shared test server failed to start earlier in this JVM; see the cause",
          failure);
    }
    if (shared == null) {
      try {
        shared = choose();
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return shared;
  }

  private static CassandraServer choose() {
    String contactPoints = System.getProperty(CONTACT_POINTS_PROPERTY, System.getenv(CONTACT_POINTS_ENV));
    if (contactPoints != null && !contactPoints.isBlank()) {
      String dc = System.getProperty(LOCAL_DC_PROPERTY, System.getenv(LOCAL_DC_ENV));
      List<InetSocketAddress> addresses = parseContactPoints(contactPoints);
      CassandraServer server = new CassandraServer(addresses, dc == null || dc.isBlank() ? DEFAULT_DC : dc.trim(),
          "cluster at " + contactPoints.trim());
      announce(server, "from " + CONTACT_POINTS_ENV);
      return server;
    }
    String forced = System.getenv(SERVER_ENV);
    forced = forced == null ? "" : forced.trim().toLowerCase(Locale.ROOT);
    if (!forced.isEmpty() && !forced.equals("docker") && !forced.equals("embedded")) {
      throw new IllegalStateException(SERVER_ENV + "=" + forced + " is not supported: use docker or embedded, or set "
          + CONTACT_POINTS_ENV + " to use a running server");
    }
    if (forced.equals("docker")) {
      return docker(SERVER_ENV + "=docker");
    }
    if (forced.isEmpty() && TESTCONTAINERS && DockerScylla.available(false)) {
      return docker("Docker is available");
    }
    return embedded(forced.isEmpty() ? "no " + CONTACT_POINTS_ENV + " and no Docker" : SERVER_ENV + "=embedded");
  }

  private static CassandraServer docker(String reason) {
    String fix = "; start Docker, unset " + SERVER_ENV + " to fall back to an embedded Cassandra, or set "
        + CONTACT_POINTS_ENV + " to use a running server";
    if (!TESTCONTAINERS) {
      throw new IllegalStateException(reason + " but Testcontainers is not on the test classpath: add "
          + "org.testcontainers:testcontainers-scylladb (test scope)" + fix);
    }
    if (!DockerScylla.available(true)) {
      throw new IllegalStateException(reason + " but Testcontainers finds no Docker engine" + fix);
    }
    DockerScylla scylla;
    try {
      scylla = DockerScylla.start();
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("could not start ScyllaDB with Testcontainers (" + reason + "): " + e + fix, e);
    }
    CassandraServer server = new CassandraServer(List.of(scylla.contactPoint()), DockerScylla.DATACENTER,
        "ScyllaDB " + scylla.image() + " in Docker on " + format(scylla.contactPoint()));
    announce(server, reason + "; started in " + seconds(scylla.startupTime().toMillis()));
    return server;
  }

  private static CassandraServer embedded(String reason) {
    EmbeddedCassandra cassandra;
    try {
      cassandra = EmbeddedCassandra.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("could not start an embedded Apache Cassandra (" + reason + "): "
          + firstLine(e.getMessage()) + " (details in the cause). To use a running server"
          + " instead, set " + CONTACT_POINTS_ENV + "=host:port (and " + LOCAL_DC_ENV + "), or start Docker for a"
          + " ScyllaDB container.", e);
    }
    CassandraServer server = new CassandraServer(List.of(cassandra.nativeAddress()), EmbeddedCassandra.DATACENTER,
        "embedded Apache Cassandra " + cassandra.version() + " on " + format(cassandra.nativeAddress()));
    announce(server, reason + "; started in " + seconds(cassandra.startupTime().toMillis())
        + (cassandra.resolvedByMaven() ? " including resolving its jars with Maven" : "")
        + ", directory " + cassandra.directory());
    return server;
  }

  private static void announce(CassandraServer server, String why) {
    LOG.log(System.Logger.Level.INFO, "tests use " + server.description() + " (" + why + ")");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, TestServers.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static List<InetSocketAddress> parseContactPoints(String value) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String entry : value.split(",")) {
      String hostPort = entry.trim();
      if (hostPort.isEmpty()) {
        continue;
      }
      String host = hostPort;
      int port = DEFAULT_PORT;
      int colon = hostPort.lastIndexOf(':');
      boolean bracketed = hostPort.startsWith("[");
      // a bare IPv6 address has several colons and no port; "[::1]:9042" is bracketed
      if (colon > 0 && (bracketed ? hostPort.indexOf("]:") == colon - 1 : hostPort.indexOf(':') == colon)) {
        host = hostPort.substring(0, colon);
        try {
          port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("bad port in " + CONTACT_POINTS_ENV + " entry '" + hostPort + "'", e);
        }
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      addresses.add(new InetSocketAddress(host, port));
    }
    if (addresses.isEmpty()) {
      throw new IllegalStateException(CONTACT_POINTS_ENV + " names no host: '" + value + "'");
    }
    return addresses;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String format(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
