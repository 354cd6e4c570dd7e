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
    return PER_THREAD ? split().total() : OS.getProcessCpuTime();
  }

  /**
   * CPU time used so far, in nanoseconds, by this JVM's threads other than the JIT's compilers, and by the compilers.
   * Once a client is warm, what the compilers still do is the tail of its warm-up, which falls on whatever happens to
   * run; the steady-state check counts it apart. Where threads cannot be told apart, all of it is in {@code others}.
   */
  record Split(long others, long compilers) {
    long total() {
      return others + compilers;
    }
  }

  /** Whether threads can be told apart (on Linux), so that the compilers' time is known. */
  static boolean perThread() {
    return PER_THREAD;
  }

  /** One reading of every thread's run time, split between the compilers and the rest. */
  static Split split() {
    if (!PER_THREAD) {
      return new Split(OS.getProcessCpuTime(), 0);
    }
    long others = 0;
    long compilers = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
      for (Path thread : threads) {
        try {
          boolean compiler = Files.readString(thread.resolve("comm")).contains("CompilerThre");
          String stat = Files.readString(thread.resolve("schedstat"));
          long ran = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          if (compiler) {
            compilers += ran;
          } else {
            others += ran;
          }
        } catch (IOException | RuntimeException ended) {
          // the thread ended while we read: its time is no longer the process's to count
        }
      }
    } catch (IOException e) {
      return new Split(OS.getProcessCpuTime(), 0);
    }
    return new Split(others, compilers);
  }

  /** Where the figure comes from, for the report. */
  static String source() {
    return PER_THREAD ? "the sum of the JVM's threads' run time from /proc/self/task/*/schedstat (ns)"
        : "OperatingSystemMXBean.getProcessCpuTime";
  }
}
