package dev.coodie4j.testkit.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An Apache Cassandra node in a forked JVM on 127.0.0.1 with free ports and a fresh data directory, configured for
 * tests (materialized views and SASI on, no snapshots). Its jars are resolved by Maven and never touch the test
 * class path. The node is killed and its directory deleted when the test JVM exits; if the test JVM is killed, the
 * node notices and halts.
 *
 * <p>Settings (system properties): {@code coodie4j.embedded.cassandra.version} (default 5.0.6),
 * {@code coodie4j.embedded.dir} (default {@code target/embedded-cassandra}), {@code coodie4j.embedded.heap}
 * (default 1g), {@code coodie4j.embedded.startTimeoutSeconds} (default 180), {@code coodie4j.embedded.cacheDir}
 * (default {@code ~/.cache/coodie4j/cassandra-<version>}).
 */
public final class EmbeddedCassandra {

  public static final String DEFAULT_VERSION = "5.0.6";
  public static final String DATACENTER = "datacenter1";

  private static final String HOST = "127.0.0.1";
  private static final int LOG_TAIL_LINES = 40;
  /** What a node logs when a port it binds is taken: CQL, storage or JMX port. */
  private static final Pattern PORT_TAKEN = Pattern.compile(
      "Address already in use|is in use by another process|Failed to bind port|Port already in use");
  private static final String LOGBACK = """
      <configuration>
        <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
          <encoder>
            <pattern>%-5level [%thread] %date{ISO8601} %logger{0}: %msg%n</pattern>
          </encoder>
        </appender>
        <root level="INFO">
          <appender-ref ref="STDOUT"/>
        </root>
      </configuration>
      """;

  /**
   * Where and how one node runs.
   *
   * @param host the listen, RPC and native address (a loopback address)
   * @param nativePort the CQL port
   * @param storagePort the inter-node port, the same on every node of a cluster
   * @param seed the address of the cluster's seed node
   * @param numTokens tokens per node
   * @param heap the JVM heap, such as {@code 1g}
   * @param clusterName the cluster's name
   * @param durable whether the node syncs its commit log and system tables, so that it can be killed and started
   *     again with its schema and acknowledged writes; a throw-away single node skips that for speed
   */
  public record NodeConfig(String host, int nativePort, int storagePort, String seed, int numTokens, String heap,
      String clusterName, boolean durable) {}

  private final String version;
  private final NodeConfig config;
  private final InetSocketAddress nativeAddress;
  private final Path directory;
  private final List<Path> jars;
  private final int jmxPort;
  private final boolean resolvedByMaven;
  private volatile Duration startupTime = Duration.ZERO;
  private volatile Process process;

  private EmbeddedCassandra(String version, NodeConfig config, Path directory, List<Path> jars,
      boolean resolvedByMaven) {
    this.version = version;
    this.config = config;
    this.nativeAddress = new InetSocketAddress(config.host(), config.nativePort());
    this.directory = directory;
    this.jars = jars;
    this.jmxPort = freePort();
    this.resolvedByMaven = resolvedByMaven;
  }

  /** Starts a node on 127.0.0.1 and free ports, with the settings from the system properties; waits for CQL. */
  public static EmbeddedCassandra start() {
    return start(EmbeddedCassandra::freePort);
  }

  /** Starts a node on ports from {@code ports}, asking it for new ones (three times at most) if one was taken. */
  static EmbeddedCassandra start(IntSupplier ports) {
    for (int attempt = 1; ; attempt++) {
      try {
        return start(new NodeConfig(HOST, ports.getAsInt(), ports.getAsInt(), HOST, 1,
            System.getProperty("coodie4j.embedded.heap", "1g"), "coodie4j-embedded", false), newDirectory("node"));
      } catch (PortTakenException e) {
        // another process took a chosen port between the check and the node's bind: choose again
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * A node that exited while starting because one of its ports was taken: another process bound it after
   * {@link #freePort()} found it free. Starting again on other ports is the remedy.
   */
  public static final class PortTakenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }

  /** Starts a node as configured, in a directory of its own, and waits until it answers CQL. */
  public static EmbeddedCassandra start(NodeConfig config, Path directory) {
    long startNanos = System.nanoTime();
    String version = configuredVersion();
    Path cacheDir = Path.of(System.getProperty("coodie4j.embedded.cacheDir",
        Path.of(System.getProperty("user.home"), ".cache", "coodie4j", "cassandra-" + version).toString()));
    CassandraClasspath classpath = CassandraClasspath.resolve(version, cacheDir);
    EmbeddedCassandra node = new EmbeddedCassandra(version, config, directory, classpath.jars(),
        classpath.resolvedByMaven());
    Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "coodie4j-embedded-cassandra-stop"));
    node.launch();
    node.startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
    return node;
  }

  /** The Cassandra version the kit runs: {@code coodie4j.embedded.cassandra.version}, default 5.0.6. */
  public static String configuredVersion() {
    return System.getProperty("coodie4j.embedded.cassandra.version", DEFAULT_VERSION);
  }

  /** A fresh directory under {@code coodie4j.embedded.dir} (default {@code target/embedded-cassandra}). */
  public static Path newDirectory(String label) {
    Path baseDir = Path.of(System.getProperty("coodie4j.embedded.dir",
        Path.of("target", "embedded-cassandra").toString()));
    String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000)) + "-" + label;
    return baseDir.resolve(name).toAbsolutePath();
  }

  /** Starts the node's JVM on its existing directory (data kept) and waits until it answers CQL. */
  public synchronized void launch() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("node " + config.host() + " is already running");
    }
    Path log = directory.resolve("cassandra.log");
    try {
      Files.createDirectories(directory);
      Path yaml = directory.resolve("cassandra.yaml");
      Files.writeString(yaml, yaml(directory, config), StandardCharsets.UTF_8);
      Path logback = directory.resolve("logback.xml");
      Files.writeString(logback, LOGBACK, StandardCharsets.UTF_8);
      List<String> jvmArgs = jvmArgs(directory, yaml, logback, jmxPort, jars, config);
      Path argFile = directory.resolve("jvm.args");
      Files.write(argFile, jvmArgs.stream().map(EmbeddedCassandra::quote).toList(), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process = new ProcessBuilder(java, "@" + argFile, CassandraLauncherMain.class.getName())
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch embedded Apache Cassandra " + version + " in " + directory, e);
    }
    long timeoutSeconds = Long.getLong("coodie4j.embedded.startTimeoutSeconds", 180);
    awaitCql(process, nativeAddress, System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds), log, version);
  }

  /** Kills the node's JVM at once (as a crash would), keeping its data for {@link #launch()}. */
  public synchronized void kill() {
    Process running = process;
    if (running != null) {
      running.destroyForcibly();
      try {
        running.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Freezes the node's JVM with SIGSTOP: it keeps its sockets open and answers nothing, as a hung node does. */
  public void pause() {
    signal("STOP");
  }

  /** Lets a paused node run again (SIGCONT). */
  public void resume() {
    signal("CONT");
  }

  /** Whether the node's JVM is alive (a paused node is). */
  public boolean isRunning() {
    Process running = process;
    return running != null && running.isAlive();
  }

  private void signal(String name) {
    Process running = process;
    if (running == null || !running.isAlive()) {
      throw new IllegalStateException("node " + config.host() + " is not running");
    }
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(running.pid())).inheritIO().start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -" + name + " " + running.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send SIG" + name + " to node " + config.host(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while signalling node " + config.host(), e);
    }
  }

  public String version() {
    return version;
  }

  public InetSocketAddress nativeAddress() {
    return nativeAddress;
  }

  /** Configuration, data and {@code cassandra.log}. */
  public Path directory() {
    return directory;
  }

  /** From {@link #start()} until the node answered CQL, including any Maven resolution. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Whether {@link #start()} ran Maven to resolve Cassandra's jars, rather than reusing the cached list. */
  public boolean resolvedByMaven() {
    return resolvedByMaven;
  }

  /** Kills the node and deletes its directory; also done at JVM exit. */
  public void stop() {
    // the data is thrown away, so there is no point in a graceful drain; a paused JVM dies of SIGKILL too
    kill();
    deleteRecursively(directory);
  }

  private static void awaitCql(Process process, InetSocketAddress address, long deadlineNanos, Path log,
      String version) {
    Exception lastError = null;
    while (System.nanoTime() < deadlineNanos) {
      if (!process.isAlive()) {
        throw exitedWhileStarting(process.exitValue(), log, version);
      }
      if (accepts(address)) {
        try (CqlSession session = probeSession(address)) {
          session.execute("SELECT release_version FROM system.local");
          return;
        } catch (RuntimeException e) {
          lastError = e;
        }
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("embedded Apache Cassandra " + version + " did not answer CQL on " + address
        + " in time (raise -Dcoodie4j.embedded.startTimeoutSeconds, or set COODIE4J_CONTACT_POINTS to use a running"
        + " server)" + (lastError == null ? "" : "; last error: " + lastError) + "\n" + Logs.tail(log, LOG_TAIL_LINES),
        lastError);
  }

  /** Names the node's own reason, its first logged error, ahead of the log's tail (which its shutdown fills). */
  private static IllegalStateException exitedWhileStarting(int exitCode, Path log, String version) {
    List<String> lines = Logs.linesOrNone(log);
    Optional<String> error = Logs.firstError(lines, LOG_TAIL_LINES);
    String message = "embedded Apache Cassandra " + version + " exited with code " + exitCode + " while starting"
        + error.map(e -> "; its first error:\n" + e).orElse("") + "\n" + Logs.tail(log, LOG_TAIL_LINES);
    boolean portTaken = lines.stream().anyMatch(line -> PORT_TAKEN.matcher(line).find());
    return portTaken ? new PortTakenException(message) : new IllegalStateException(message);
  }

  private static boolean accepts(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A short-lived session on one node, for start-up checks: short timeouts, no schema or token metadata. */
  public static CqlSession probeSession(InetSocketAddress address) {
    Duration timeout = Duration.ofSeconds(10);
    return CqlSession.builder()
        .addContactPoint(address)
        .withLocalDatacenter(DATACENTER)
        .withConfigLoader(DriverConfigLoader.programmaticBuilder()
            .withStringList(DefaultDriverOption.CONTACT_POINTS, List.of())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, timeout)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, timeout)
            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
            .withBoolean(DefaultDriverOption.METADATA_TOKEN_MAP_ENABLED, false)
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
            .build())
        .build();
  }

  private static List<String> jvmArgs(Path directory, Path yaml, Path logback, int jmxPort, List<Path> jars,
      NodeConfig config) {
    List<String> args = new ArrayList<>();
    for (String export : List.of("java.base/jdk.internal.misc", "java.base/jdk.internal.ref", "java.base/sun.nio.ch",
        "java.management.rmi/com.sun.jmx.remote.internal.rmi", "java.rmi/sun.rmi.registry",
        "java.rmi/sun.rmi.server", "java.sql/java.sql", "java.base/java.lang.ref", "jdk.unsupported/sun.misc")) {
      args.add("--add-exports=" + export + "=ALL-UNNAMED");
    }
    for (String open : List.of("java.base/java.lang.module", "java.base/jdk.internal.loader",
        "java.base/jdk.internal.ref", "java.base/jdk.internal.reflect", "java.base/jdk.internal.math",
        "java.base/jdk.internal.module", "java.base/jdk.internal.util.jar",
        "jdk.management/com.sun.management.internal", "java.base/sun.nio.ch", "java.base/java.io",
        "java.base/java.nio", "java.base/java.util.concurrent", "java.base/java.util",
        "java.base/java.util.concurrent.atomic", "java.base/java.lang", "java.base/java.math",
        "java.base/java.lang.reflect", "java.base/java.net")) {
      args.add("--add-opens=" + open + "=ALL-UNNAMED");
    }
    String heap = config.heap();
    args.addAll(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
        "-D" + CassandraLauncherMain.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid(),
        "-Dcassandra.config=" + yaml.toUri(),
        "-Dcassandra.storagedir=" + directory,
        "-Dcassandra.logdir=" + directory.resolve("logs"),
        "-Dlogback.configurationFile=" + logback.toUri(),
        "-Dcassandra-foreground=yes",
        "-Djava.net.preferIPv4Stack=true",
        "-Dcassandra.skip_wait_for_gossip_to_settle=0",
        // nodes of a fresh cluster join one after another, with nothing to stream
        "-Dcassandra.consistent.rangemovement=false",
        "-Dcassandra.ring_delay_ms=0",
        "-Dcassandra.superuser_setup_delay_ms=0",
        "-Dcassandra.jmx.local.port=" + jmxPort));
    if (!config.durable()) {
      // a throw-away node: no fsync, no durable system tables, no flush per schema change (much faster DDL)
      args.addAll(List.of("-Dcassandra.skip_sync=true", "-Dcassandra.unsafesystem=true",
          "-Dcassandra.test.flush_local_schema_changes=false"));
    }
    args.add("-cp");
    args.add(Stream.concat(Stream.of(launcherLocation()), jars.stream())
        .map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    return args;
  }

  private static Path launcherLocation() {
    try {
      return Path.of(CassandraLauncherMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot locate the coodie4j test kit's classes for the Cassandra launcher", e);
    }
  }

  /** Quotes an argument for a java {@code @argfile}, where backslash escapes. */
  private static String quote(String arg) {
    return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String yaml(Path directory, NodeConfig config) {
    return """
        # generated by the coodie4j test kit: a throw-away node for tests
        cluster_name: %9$s
        num_tokens: %10$d
        auto_bootstrap: false
        partitioner: org.apache.cassandra.dht.Murmur3Partitioner
        data_file_directories:
          - %1$s
        commitlog_directory: %2$s
        saved_caches_directory: %3$s
        hints_directory: %4$s
        cdc_raw_directory: %5$s
        commitlog_sync: periodic
        commitlog_sync_period: 10000ms
        seed_provider:
          - class_name: org.apache.cassandra.locator.SimpleSeedProvider
            parameters:
              - seeds: "%11$s:%8$d"
        listen_address: %6$s
        rpc_address: %6$s
        storage_port: %8$d
        native_transport_port: %7$d
        start_native_transport: true
        endpoint_snitch: SimpleSnitch
        disk_access_mode: mmap_index_only
        materialized_views_enabled: true
        sasi_indexes_enabled: true
        auto_snapshot: false
        hinted_handoff_enabled: false
        read_request_timeout: 10000ms
        range_request_timeout: 20000ms
        write_request_timeout: 10000ms
        counter_write_request_timeout: 10000ms
        truncate_request_timeout: 60000ms
        request_timeout: 20000ms
        """.formatted(yamlPath(directory.resolve("data")), yamlPath(directory.resolve("commitlog")),
        yamlPath(directory.resolve("saved_caches")), yamlPath(directory.resolve("hints")),
        yamlPath(directory.resolve("cdc_raw")), config.host(), config.nativePort(), config.storagePort(),
        config.clusterName(), config.numTokens(), config.seed());
  }

  private static String yamlPath(Path path) {
    return "'" + path.toString().replace('\\', '/').replace("'", "''") + "'";
  }

  /**
   * A TCP port free on 127.0.0.1, below Linux's ephemeral range (32768 and up): a port the system hands out for
   * outgoing connections can be taken by a client socket between this check and the server's bind, which was seen
   * to fail a node's start ("is in use by another process"). A listening process can still take it; {@link #start()}
   * then chooses again.
   */
  public static int freePort() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = random.nextInt(20_000, 32_000);
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(HOST, port));
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free TCP port", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for embedded Apache Cassandra", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: the directory lives under target/ and goes with the next clean
    }
  }
}
