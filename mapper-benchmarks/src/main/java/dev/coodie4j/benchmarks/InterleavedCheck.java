package dev.coodie4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Setup;

/**
 * The steady-state check of the targets: coodie4j and its reference (raw code for database scenarios, raw code with
 * codecs for mapping and binding) run the same scenario in one JVM, after a long warm-up, in alternating blocks
 * (coodie4j first in one pair, the reference first in the next), and each pair gives one ratio. Both sides share the
 * JIT's state, the session and whatever the server is doing at that moment, so what remains is what the mapper adds.
 * A JMH fork of the suite, by contrast, measures its first seconds, which on 2 shared cores are still warm-up. This is
 * not JMH: it complements the suite, it does not replace it.
 */
final class InterleavedCheck {
  /** Single-statement scenarios of each kind (write, read, update, LWT, batch, read-modify-write, vector). */
  static final List<String> DEFAULT_SCENARIOS = List.of("InsertBenchmarks.single_insert",
      "ReadBenchmarks.get_by_pk", "ReadBenchmarks.filter_limit", "UpdateBenchmarks.partial_update_fair",
      "UpdateBenchmarks.update_if_condition_fair", "DeleteBenchmarks.single_delete", "BatchBenchmarks.batch_insert_10",
      "ArgusBenchmarks.list_mutation", "ArgusBenchmarks.notification_feed", "VectorBenchmarks.vector_insert",
      "MappingBenchmarks.model_instantiation", "MappingBenchmarks.model_serialization",
      "ArgusMappingBenchmarks.argus_model_instantiation", "UdtBenchmarks.udt_instantiation",
      "UdtBenchmarks.udt_serialization", "UdtBenchmarks.nested_udt_serialization",
      "ConcurrencyBenchmarks.concurrent_insert", "ConcurrencyBenchmarks.concurrent_get",
      // the operation listener's cost: coodie4j with a listener against coodie4j without one (target 1.02)
      "ReadBenchmarks.get_by_pk[coodie4jListener:coodie4j]", "InsertBenchmarks.single_insert[coodie4jListener:coodie4j]");

  private static final double LISTENER_TARGET = 1.02;

  /** Requests in flight for the concurrency scenarios, where the throughput target applies. */
  private static final int IN_FLIGHT = 64;

  private static final long WARM_UP_NANOS = 10_000_000_000L;
  private static final long BLOCK_NANOS = 250_000_000L;
  private static final int PAIRS = 16;

  private record Outcome(String scenario, String reference, double target, double mapperMicros, double rawMicros,
      double ratio, double lowest, double highest, double mapperCpuMicros, double rawCpuMicros, double bytesRatio) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private InterleavedCheck() {}

  /** Runs each scenario ({@code Class.scenario}) and writes {@code interleaved.md} into the output directory. */
  static Path run(List<String> scenarios, Path output) throws Throwable {
    List<Outcome> outcomes = new ArrayList<>();
    for (String scenario : scenarios) {
      Outcome outcome = measure(scenario);
      System.out.printf(Locale.ROOT, "%s: coodie4j %s, %s %s, ratio %.3f (95%% interval %.3f-%.3f), bytes ratio %.2f%n",
          scenario, time(outcome.mapperMicros()), outcome.reference(), time(outcome.rawMicros()), outcome.ratio(),
          outcome.lowest(), outcome.highest(), outcome.bytesRatio());
      outcomes.add(outcome);
    }
    Path file = output.resolve("interleaved.md");
    Files.writeString(file, markdown(outcomes));
    return file;
  }

  private static Outcome measure(String scenario) throws Throwable {
    // "Class.scenario", or "Class.scenario[measured:reference]" to pair two implementations of coodie4j
    String[] pairing = null;
    if (scenario.endsWith("]")) {
      pairing = scenario.substring(scenario.indexOf('[') + 1, scenario.length() - 1).split(":");
      scenario = scenario.substring(0, scenario.indexOf('['));
    }
    int dot = scenario.lastIndexOf('.');
    Class<?> type = Class.forName(InterleavedCheck.class.getPackageName() + "." + scenario.substring(0, dot));
    String name = scenario.substring(dot + 1);
    Object state = type.getConstructor().newInstance();
    boolean concurrent = type == ConcurrencyBenchmarks.class;
    if (concurrent) {
      type.getField("inFlight").setInt(state, IN_FLIGHT);
    }
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(Setup.class) && method.getParameterCount() == 0) {
        method.invoke(state);
      }
    }
    boolean local = Schedule.isLocal(type.getName() + "." + name + "__");
    String measured = pairing != null ? pairing[0] : concurrent ? "coodie4jAsync" : "coodie4j";
    String reference = pairing != null ? pairing[1] : local ? "rawCodecs" : "raw";
    MethodHandle[] sides = new MethodHandle[2];
    for (int side = 0; side < 2; side++) {
      Method method = type.getMethod(name + "__" + (side == 0 ? measured : reference));
      sides[side] = MethodHandles.publicLookup().unreflect(method).bindTo(state).asType(MethodType.methodType(Object.class));
    }
    long[] ops = new long[2];
    long start = System.nanoTime();
    while (System.nanoTime() - start < WARM_UP_NANOS) {
      for (int side = 0; side < 2; side++) {
        ops[side] = Math.max(1, block(sides[side], 50).opsIn(BLOCK_NANOS));
      }
    }
    // the listener's 2% needs more pairs than the mapper's 5% to be told from noise
    int pairs = pairing != null ? 8 * PAIRS : PAIRS;
    double[] ratios = new double[pairs];
    double[] micros = new double[2];
    double[] cpuMicros = new double[2];
    double[] bytes = new double[2];
    for (int pair = 0; pair < pairs; pair++) {
      double[] perOp = new double[2];
      for (int i = 0; i < 2; i++) {
        int side = pair % 2 == 0 ? i : 1 - i;
        Block block = block(sides[side], ops[side]);
        long operations = block.ops() * (concurrent ? ConcurrencyBenchmarks.OPS : 1);
        perOp[side] = block.wallNanos() / 1e3 / operations;
        micros[side] += perOp[side] / pairs;
        cpuMicros[side] += block.cpuNanos() / 1e3 / operations / pairs;
        bytes[side] += (double) block.bytes() / operations / pairs;
      }
      ratios[pair] = perOp[0] / perOp[1];
    }
    double[] sorted = ratios.clone();
    java.util.Arrays.sort(sorted);
    double median = median(sorted);
    double[] interval = bootstrapInterval(ratios);
    // at 64 in flight the target is throughput at least 0.95x raw: time per operation at most 1 / 0.95 of raw's
    double target = pairing != null ? LISTENER_TARGET : local ? 1.25 : concurrent ? 1 / 0.95 : 1.05;
    String label = pairing != null ? name + " with a listener" : concurrent ? name + " inFlight=" + IN_FLIGHT : name;
    return new Outcome(label, pairing != null ? "coodie4j, no listener" : local ? "raw + codecs" : "raw driver",
        target, micros[0], micros[1], median,
        interval[0], interval[1], cpuMicros[0], cpuMicros[1], bytes[0] / bytes[1]);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 0 ? (sorted[n / 2 - 1] + sorted[n / 2]) / 2 : sorted[n / 2];
  }

  /** A 95% percentile-bootstrap interval of the median pair ratio (10,000 resamples, fixed seed). */
  static double[] bootstrapInterval(double[] ratios) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    int resamples = 10_000;
    double[] medians = new double[resamples];
    double[] sample = new double[ratios.length];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = ratios[random.nextInt(ratios.length)];
      }
      java.util.Arrays.sort(sample);
      medians[r] = median(sample);
    }
    java.util.Arrays.sort(medians);
    return new double[] {medians[(int) (resamples * 0.025)], medians[(int) (resamples * 0.975) - 1]};
  }

  private record Block(long ops, long wallNanos, long cpuNanos, long bytes) {
    /** How many operations fit in this time, at this block's pace. */
    long opsIn(long nanos) {
      return Math.round((double) ops * nanos / wallNanos);
    }
  }

  private static Block block(MethodHandle side, long ops) throws Throwable {
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    for (long i = 0; i < ops; i++) {
      Object result = side.invokeExact(); // a handle that is not a constant: the call cannot be optimised away
    }
    long wall = System.nanoTime() - start;
    return new Block(ops, wall, OS.getProcessCpuTime() - cpu, THREADS.getCurrentThreadAllocatedBytes() - allocated);
  }

  private static String time(double micros) {
    return micros >= 10 ? String.format(Locale.ROOT, "%,.0f us/op", micros)
        : String.format(Locale.ROOT, "%,.0f ns/op", micros * 1e3);
  }

  private static String markdown(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder("# Interleaved steady-state check\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s with `--interleaved`. Each scenario: 10 s of warm-up, then %d pairs "
        + "(%d for the listener pairs) of blocks of about 0.25 s, coodie4j and its reference alternating in one JVM on one session: raw driver code "
        + "for database scenarios, raw code with codecs resolved once for mapping and binding. The ratio is the median "
        + "of the pair ratios, with a 95%% bootstrap interval of that median (met: the interval's upper end within "
        + "the target; missed: its lower end beyond it; inconclusive: it straddles the target); client CPU is the benchmark JVM's CPU time per operation (the server runs in its own "
        + "process); bytes are those the calling thread allocated per operation (a target only for mapping and "
        + "binding). The concurrency scenarios run coodie4j's async API with 64 requests in flight, timed per "
        + "operation, so their target of at least 0.95x raw throughput reads as at most 1.053x raw's time. The rows "
        + "\"with a listener\" pair coodie4j with an operation listener against coodie4j without one: the listener's "
        + "overhead, whose target is 2%%. How this "
        + "complements the JMH suite is in [README.md](README.md).%n%n", LocalDate.now(),
        PAIRS, 8 * PAIRS));
    out.append("| scenario | reference | coodie4j | reference | coodie4j ÷ reference (median) | 95% interval "
        + "| client CPU coodie4j | client CPU reference | bytes coodie4j ÷ reference | target | outcome |\n"
        + "|---|---|---:|---:|---:|---|---:|---:|---:|---|---|\n");
    for (Outcome o : outcomes) {
      // met: the whole interval within the target; missed: the whole interval beyond it; otherwise inconclusive
      boolean bytesMet = o.target() < 1.25 || o.bytesRatio() <= o.target();
      String verdict = o.highest() <= o.target() && bytesMet ? "met"
          : o.lowest() > o.target() || !bytesMet ? "**missed**" : "inconclusive";
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f–%.3f | %s | %s | %.2f | ≤ %.3f× | %s |%n",
          o.scenario(), o.reference(), time(o.mapperMicros()), time(o.rawMicros()), o.ratio(), o.lowest(), o.highest(),
          time(o.mapperCpuMicros()), time(o.rawCpuMicros()), o.bytesRatio(), o.target(), verdict));
    }
    return out.toString();
  }
}
