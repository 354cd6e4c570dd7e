package dev.coodie4j.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Gives the embedded server and the benchmark client a core each, with {@code taskset}: every thread of the server's
 * process on CPU 0, and this JVM's threads on CPU 1, which the JMH forks it starts inherit. On 2 shared cores the
 * server and the client otherwise take turns on both, and each one's bursts land in the other's measurements.
 */
final class CorePinning {
  /** The machine's CPUs, counted before pinning narrows what this JVM sees. */
  private static final int CPUS = Runtime.getRuntime().availableProcessors();

  private CorePinning() {}

  /** The machine's CPUs (not the one this JVM is pinned to). */
  static int cpuCount() {
    return CPUS;
  }

  /** Pins, and says what was done; does nothing (and says why) without taskset, 2 CPUs or an embedded server. */
  static String pin() {
    if (CPUS < 2) {
      return "not pinned: fewer than 2 CPUs";
    }
    Optional<ProcessHandle> server = ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("CassandraLauncherMain")).findFirst();
    if (server.isEmpty()) {
      return "not pinned: the server is not an embedded one started by this run";
    }
    try {
      taskset("0", server.get().pid());
      taskset("1", ProcessHandle.current().pid());
      return "pinned: server (pid " + server.get().pid() + ") on CPU 0, benchmark client on CPU 1";
    } catch (IOException | InterruptedException | IllegalStateException e) {
      return "not pinned: " + e.getMessage();
    }
  }

  private static void taskset(String cpu, long pid) throws IOException, InterruptedException {
    Process taskset = new ProcessBuilder(List.of("taskset", "-a", "-p", "-c", cpu, Long.toString(pid)))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
      throw new IllegalStateException("taskset -a -p -c " + cpu + " " + pid + " failed");
    }
  }
}
