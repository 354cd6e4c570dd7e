package dev.coodie4j.testkit.internal;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.scylladb.ScyllaDBContainer;

/** A ScyllaDB node in a Testcontainers container, stopped at JVM exit (or by Testcontainers' reaper). */
public final class DockerScylla {

  public static final String DEFAULT_IMAGE = "scylladb/scylla:2025.1";
  public static final String DATACENTER = "datacenter1";

  private final String image;
  private final ScyllaDBContainer container;
  private final Duration startupTime;

  private DockerScylla(String image, ScyllaDBContainer container, Duration startupTime) {
    this.image = image;
    this.container = container;
    this.startupTime = startupTime;
  }

  /**
   * Whether a Docker engine answers. Without any sign of one (no {@code DOCKER_HOST}, no Testcontainers settings,
   * no known socket) Testcontainers is not asked, which spares its error log and probing time; {@code force} asks
   * it anyway. Any failure counts as no.
   */
  public static boolean available(boolean force) {
    if (!force && !dockerHint()) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** Starts a container from {@code coodie4j.scylla.image} (default {@value #DEFAULT_IMAGE}). */
  public static DockerScylla start() {
    long startNanos = System.nanoTime();
    String image = System.getProperty("coodie4j.scylla.image", DEFAULT_IMAGE);
    ScyllaDBContainer container = new ScyllaDBContainer(image)
        .withCommand("--developer-mode=1 --overprovisioned=1 --smp=1 --memory=1G");
    container.start();
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "coodie4j-scylla-stop"));
    return new DockerScylla(image, container, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  public String image() {
    return image;
  }

  public InetSocketAddress contactPoint() {
    return container.getContactPoint();
  }

  public Duration startupTime() {
    return startupTime;
  }

  private static boolean dockerHint() {
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        || System.getenv("DOCKER_HOST") != null) {
      return true;
    }
    Path home = Path.of(System.getProperty("user.home"));
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    return Files.exists(home.resolve(".testcontainers.properties"))
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(home.resolve(".docker/run/docker.sock"))
        || Files.exists(home.resolve(".docker/desktop/docker.sock"))
        || Files.exists(home.resolve(".colima/default/docker.sock"))
        || Files.exists(home.resolve(".rd/docker.sock"))
        || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
  }
}
