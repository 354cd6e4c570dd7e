package dev.coodie4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** A thread's open {@code schedstat} and whether it is one of the JIT's compilers. */
  private record Task(FileChannel schedstat, boolean compiler) {}

  private static final Map<String, Task> OPEN = new HashMap<>();
  private static List<Task> known = List.of();
  private static final ByteBuffer READ = ByteBuffer.allocate(128);

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

  /** One reading of every thread's run time, split between the compilers and the rest; it lists the threads again. */
  static synchronized Split split() {
    if (!PER_THREAD) {
      return new Split(OS.getProcessCpuTime(), 0);
    }
    try {
      relist();
    } catch (IOException e) {
      return new Split(OS.getProcessCpuTime(), 0);
    }
    return splitKnown();
  }

  /**
   * The same over the threads found at the last {@link #split()}, without listing them again: a few microseconds a
   * thread, where listing costs more than reading. A thread started since is not counted until the next listing.
   */
  static synchronized Split splitKnown() {
    if (!PER_THREAD) {
      return new Split(OS.getProcessCpuTime(), 0);
    }
    long others = 0;
    long compilers = 0;
    for (int i = 0; i < known.size(); i++) {
      long ran = runTime(known.get(i).schedstat());
      if (known.get(i).compiler()) {
        compilers += ran;
      } else {
        others += ran;
      }
    }
    return new Split(others, compilers);
  }

  private static void relist() throws IOException {
    List<Task> live = new ArrayList<>();
    Map<String, Task> seen = new HashMap<>();
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
      for (Path thread : threads) {
        String id = thread.getFileName().toString();
        Task task = OPEN.get(id);
        if (task == null) {
          try {
            task = new Task(FileChannel.open(thread.resolve("schedstat")),
                Files.readString(thread.resolve("comm")).contains("CompilerThre"));
          } catch (IOException ended) {
            continue; // the thread ended while we listed: its time is no longer the process's to count
          }
        }
        seen.put(id, task);
        live.add(task);
      }
    }
    for (Map.Entry<String, Task> entry : OPEN.entrySet()) {
      if (!seen.containsKey(entry.getKey())) {
        entry.getValue().schedstat().close();
      }
    }
    OPEN.clear();
    OPEN.putAll(seen);
    known = live;
  }

  /** The first field of a schedstat, the nanoseconds the thread has run; 0 once the thread has ended. */
  private static long runTime(FileChannel schedstat) {
    try {
      READ.clear();
      int length = schedstat.read(READ, 0);
      long nanos = 0;
      for (int i = 0; i < length && READ.get(i) != ' '; i++) {
        nanos = nanos * 10 + (READ.get(i) - '0');
      }
      return nanos;
    } catch (IOException ended) {
      return 0;
    }
  }

  /** Where the figure comes from, for the report. */
  static String source() {
    return PER_THREAD ? "the sum of the JVM's threads' run time from /proc/self/task/*/schedstat (ns)"
        : "OperatingSystemMXBean.getProcessCpuTime";
  }
}
