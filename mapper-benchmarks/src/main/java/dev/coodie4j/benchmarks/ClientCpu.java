package dev.coodie4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this JVM has used, in nanoseconds, to the nanosecond: on Linux the sum over its threads of the time each
 * has run ({@code /proc/self/task/N/schedstat}, which counts every thread: the application's, the driver's, the JIT's
 * and the GC's). {@code OperatingSystemMXBean.getProcessCpuTime} counts in clock ticks of 10 ms there, which resolves
 * a block of 0.25 s to 4%, too coarse for a target of 3%. Elsewhere it is the fallback. A thread that ends between
 * two readings takes its time with it; the client's threads (the caller's, the driver's) live through a benchmark.
 */
final class ClientCpu {
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final boolean PER_THREAD = Files.isReadable(TASKS.resolve(Long.toString(ProcessHandle.current().pid())));
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ClientCpu() {}

  /** CPU time used so far by this JVM, in nanoseconds. */
  static long nanos() {
    return PER_THREAD ? scan(Threads.ALL) : OS.getProcessCpuTime();
  }

  /**
   * CPU time used so far by this JVM's threads other than the JIT's compilers, in nanoseconds (all of them where
   * threads cannot be told apart). Once a client is warm, what the compilers still do is the tail of its warm-up,
   * which falls on whatever happens to run; the steady-state check counts it apart.
   */
  static long withoutCompilers() {
    return PER_THREAD ? scan(Threads.NOT_COMPILERS) : OS.getProcessCpuTime();
  }

  /** Whether threads can be told apart (on Linux), so that the compilers' time is known. */
  static boolean perThread() {
    return PER_THREAD;
  }

  /** CPU time used so far by the JIT's compiler threads, in nanoseconds, or 0 where threads cannot be told apart. */
  static long compilerNanos() {
    return PER_THREAD ? scan(Threads.COMPILERS) : 0;
  }

  private enum Threads { ALL, COMPILERS, NOT_COMPILERS }

  private static long scan(Threads which) {
    long sum = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
      for (Path thread : threads) {
        try {
          if (which != Threads.ALL
              && Files.readString(thread.resolve("comm")).contains("CompilerThre") != (which == Threads.COMPILERS)) {
            continue;
          }
          String stat = Files.readString(thread.resolve("schedstat"));
          sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException | RuntimeException ended) {
          // the thread ended while we read: its time is no longer the process's to count
        }
      }
    } catch (IOException e) {
      return which == Threads.COMPILERS ? 0 : OS.getProcessCpuTime();
    }
    return sum;
  }

  /** Where the figure comes from, for the report. */
  static String source() {
    return PER_THREAD ? "the sum of the JVM's threads' run time from /proc/self/task/*/schedstat (ns)"
        : "OperatingSystemMXBean.getProcessCpuTime";
  }
}
