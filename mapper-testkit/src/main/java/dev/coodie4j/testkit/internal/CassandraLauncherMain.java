package dev.coodie4j.testkit.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Main class of the forked Cassandra JVM. It halts that JVM as soon as the test JVM that started it exits, even
 * when the test JVM was killed and could not run its shutdown hooks, then runs {@code CassandraDaemon}.
 * Depends on the JDK only, because it runs on Cassandra's class path.
 */
public final class CassandraLauncherMain {

  /** System property holding the pid of the test JVM. */
  public static final String PARENT_PID_PROPERTY = "coodie4j.parentPid";

  private static final String DAEMON_CLASS = "org.apache.cassandra.service.CassandraDaemon";

  private CassandraLauncherMain() {
  }

  /**
   * Starts the parent watcher, then Cassandra.
   *
   * @param args passed on to {@code CassandraDaemon.main}
   * @throws Exception if Cassandra's main class cannot be found or called
   */
  public static void main(String[] args) throws Exception {
    long parentPid = Long.parseLong(System.getProperty(PARENT_PID_PROPERTY));
    Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
    if (parent.isEmpty()) {
      Runtime.getRuntime().halt(0);
    }
    Thread watcher = new Thread(() -> {
      parent.get().onExit().join();
      // halt, not exit: the data is thrown away, and Cassandra's shutdown hooks (drain) are slow
      Runtime.getRuntime().halt(0);
    }, "coodie4j-parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
    try {
      Class.forName(DAEMON_CLASS).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      e.getCause().printStackTrace();
      Runtime.getRuntime().halt(3);
    }
  }
}
