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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import dev.coodie4j.testkit.TestServers;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The steady-state check of the targets: coodie4j and its reference (raw code for database scenarios, raw code with
 * codecs for mapping and binding) run the same scenario in one JVM, after a long warm-up. Pairs of blocks, in which
 * the two sides take turns in groups of calls of about 25 ms, give client CPU, bytes and the mapping time;
 * for database scenarios, blocks in which the two sides alternate in groups of calls of about 5 ms give the time,
 * since a server's pace drifts even between two adjacent blocks of 0.25 s. Both sides share the JIT's state, the session and whatever the server
 * is doing at that moment, so what remains is what the mapper adds.
 * A JMH fork of the suite, by contrast, measures its first seconds, which on 2 shared cores are still warm-up. This is
 * not JMH: it complements the suite, it does not replace it.
 */
final class InterleavedCheck {
  /**
   * Every database scenario ({@code sync_table_create} one call per block, its table dropped untimed before each),
   * the mapping scenarios, the concurrency scenarios at 64 in flight, and the listener's cost.
   */
  static final List<String> DEFAULT_SCENARIOS = List.of("SchemaBenchmarks.sync_table_create",
      "InsertBenchmarks.single_insert",
      "ReadBenchmarks.get_by_pk", "ReadBenchmarks.filter_limit", "UpdateBenchmarks.partial_update_fair",
      "UpdateBenchmarks.update_if_condition_fair", "DeleteBenchmarks.single_delete", "BatchBenchmarks.batch_insert_10",
      "ArgusBenchmarks.list_mutation", "ArgusBenchmarks.notification_feed", "VectorBenchmarks.vector_insert",
      "InsertBenchmarks.insert_with_ttl", "InsertBenchmarks.insert_if_not_exists", "ReadBenchmarks.count",
      "ReadBenchmarks.filter_secondary_index", "UpdateBenchmarks.partial_update", "UpdateBenchmarks.update_if_condition",
      "DeleteBenchmarks.bulk_delete", "BatchBenchmarks.batch_insert_100", "CollectionBenchmarks.collection_write",
      "CollectionBenchmarks.collection_read", "CollectionBenchmarks.collection_roundtrip", "VectorBenchmarks.ann_select",
      "ArgusBenchmarks.comment_with_collections", "ArgusBenchmarks.status_update",
      "ArgusBenchmarks.get_or_create_user", "ArgusBenchmarks.multi_model_lookup", "ArgusBenchmarks.batch_events",
      "ArgusBenchmarks.filter_runs_by_status", "ArgusBenchmarks.latest_runs",
      "MappingBenchmarks.model_instantiation", "MappingBenchmarks.model_serialization",
      "ArgusMappingBenchmarks.argus_model_instantiation", "UdtBenchmarks.udt_instantiation",
      "UdtBenchmarks.udt_serialization", "UdtBenchmarks.nested_udt_serialization",
      "ConcurrencyBenchmarks.concurrent_insert", "ConcurrencyBenchmarks.concurrent_get",
      // the operation listener's cost: coodie4j with a listener against coodie4j without one (target 1.02)
      "ReadBenchmarks.get_by_pk[coodie4jListener:coodie4j]", "InsertBenchmarks.single_insert[coodie4jListener:coodie4j]");

  private static final double LISTENER_TARGET = 1.02;

  /** Requests in flight for the concurrency scenarios, where the throughput target applies. */
  private static final int IN_FLIGHT = 64;

  private static final long WARM_UP_NANOS = 6_000_000_000L;
  /** After the warm-up, the warm-up goes on while the JIT's compilers used more than this share of a window's time. */
  private static final double QUIET_SHARE = 0.01;
  private static final long QUIET_WINDOW_NANOS = 2_000_000_000L;
  private static final long MAX_WARM_UP_NANOS = 40_000_000_000L;
  /**
   * Calls of each side before the warm-up may end: past the JIT's threshold for compiling a method with C2 (5,000
   * invocations at its defaults), so that code a scenario runs once per call is compiled, not only its inner loops.
   */
  private static final long WARM_UP_CALLS = 10_000;
  /** The warm-up each scenario took, in seconds, for the report. */
  private static final List<Double> warmUps = new ArrayList<>();
  private static final long BLOCK_NANOS = 250_000_000L;
  /** The listener's 2% target needs more alternating blocks than the mapper's 5%: this many times the pairs. */
  static final int LISTENER_FACTOR = 4;
  /**
   * The scenarios with a client CPU target are measured again, pairs of blocks only, in this many more JVMs: the JIT
   * compiles the driver's code, which both sides share, differently in each JVM, and that moves a CPU ratio by more
   * than the pairs within one JVM show.
   */
  static final int CPU_JVMS = 2;
  /**
   * A pair of blocks runs this many groups of each side's calls, taking turns: groups of about 25 ms, long enough that
   * what a call leaves the driver's threads to finish after it returns stays mostly with its own side's group.
   */
  private static final int GROUPS_PER_PAIR = 10;
  /** An alternating block of about 0.5 s runs this many groups of each side's calls: groups of about 5 ms. */
  private static final int GROUPS_PER_BLOCK = 50;
  /** Pairs per scenario by default; the listener pairs take {@link #LISTENER_FACTOR} times as many. */
  static final int PAIRS = 24;
  /**
   * A time ratio whose interval straddles its target gets more blocks, as many again each time, at most this many
   * times, while the run's deadline allows (see {@link Budget}).
   */
  static final int MAX_EXTENSIONS = 2;
  /**
   * A client CPU ratio whose interval straddles its target gets more JVMs, one per scenario in turn, up to this many
   * beside the check's own, while the run's deadline allows.
   */
  static final int MAX_CPU_JVMS = 6;
  /** Client CPU overhead at most 3% of raw code's on the scenarios of {@link Report#CPU_TARGETED}. */
  static final double CPU_TARGET = 1.03;

  /**
   * One scenario's result: the time ratio (coodie4j ÷ reference, lower is better; from alternating calls where
   * they ran), the time ratio of the pairs of blocks, and the client CPU ratio, each a median of block or pair ratios
   * with its 95% interval, and the bytes ratio. Client CPU leaves out the JIT's compiler threads, whose time in
   * each side's blocks is given apart.
   */
  record Outcome(String scenario, String reference, double target, double mapperMicros, double rawMicros,
      Statistics.Interval ratio, Statistics.Interval blockRatio, Statistics.Interval cpu, double mapperCpuMicros,
      double rawCpuMicros, double mapperCompilerMicros, double rawCompilerMicros, double bytesRatio,
      double[] cpuRatios, int blocks, int jvms) {
    /** The same, its client CPU ratio taken over several JVMs (this one's pairs and each other's). */
    Outcome withCpuOver(List<double[]> jvms) {
      return new Outcome(scenario, reference, target, mapperMicros, rawMicros, ratio, blockRatio,
          Statistics.medianOfGroups(jvms.toArray(double[][]::new)), mapperCpuMicros, rawCpuMicros,
          mapperCompilerMicros, rawCompilerMicros, bytesRatio, cpuRatios, blocks, jvms.size());
    }

    /** met, missed or inconclusive against the target (and for mapping, bytes within 1.10× as well). */
    String verdict() {
      boolean bytesMet = target != MAPPING_TARGET || bytesRatio <= MAPPING_BYTES_TARGET;
      String time = ratio.atMost(target);
      return !bytesMet ? "**missed**" : time;
    }
  }

  static final double MAPPING_TARGET = 1.20;
  static final double MAPPING_BYTES_TARGET = 1.10;
  static final double DATABASE_TARGET = 1.05;
  /** At least 0.97x raw throughput at 64 in flight: at most 1 / 0.97 of raw's time per operation. */
  static final double THROUGHPUT_TARGET = 0.97;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private InterleavedCheck() {}

  /**
   * Runs each scenario ({@code Class.scenario}), writes {@code interleaved.md} into the output directory; the scenarios
   * with a client CPU target run their pairs again in {@code cpuJvms} more JVMs. Verdicts that straddle their target
   * get more blocks, or more JVMs, while the check can still end by {@code deadline} ({@link System#nanoTime}).
   */
  static List<Outcome> run(List<String> scenarios, Path output, int pairs, int cpuJvms, long deadline)
      throws Throwable {
    Budget budget = new Budget(deadline, scenarios, cpuJvms);
    List<Outcome> outcomes = new ArrayList<>();
    List<List<double[]>> cpuJvmRatios = new ArrayList<>();
    for (String scenario : scenarios) {
      long started = System.nanoTime();
      Outcome outcome = measure(scenario, pairs, budget);
      List<double[]> jvms = new ArrayList<>(List.of(outcome.cpuRatios()));
      if (cpuTargeted(scenario)) {
        for (int jvm = 0; jvm < cpuJvms; jvm++) {
          jvms.add(budget.jvm(() -> cpuRatiosInAnotherJvm(scenario, pairs), false));
        }
        outcome = outcome.withCpuOver(jvms);
      }
      cpuJvmRatios.add(jvms);
      budget.finished(System.nanoTime() - started);
      print(outcome);
      outcomes.add(outcome);
    }
    // then more JVMs for the client CPU ratios still straddling their target, one scenario after the other
    for (int jvm = cpuJvms; jvm < MAX_CPU_JVMS; jvm++) {
      for (int i = 0; i < scenarios.size(); i++) {
        Outcome outcome = outcomes.get(i);
        String scenario = scenarios.get(i);
        if (cpuTargeted(scenario) && straddles(outcome.cpu(), CPU_TARGET) && budget.allows(budget.jvmNanos())) {
          cpuJvmRatios.get(i).add(budget.jvm(() -> cpuRatiosInAnotherJvm(scenario, pairs), true));
          outcome = outcome.withCpuOver(cpuJvmRatios.get(i));
          System.out.printf(Locale.ROOT, "%s: client CPU over %d JVMs %s%n", outcome.scenario(), outcome.jvms(),
              outcome.cpu().format());
          outcomes.set(i, outcome);
        }
      }
    }
    Files.writeString(output.resolve("interleaved.md"), markdown(outcomes, pairs, cpuJvms));
    return outcomes;
  }

  private static void print(Outcome outcome) {
    System.out.printf(Locale.ROOT, "%s (warm after %.0f s): coodie4j %s, %s %s, ratio %s (%d blocks; pairs %s), "
            + "CPU ratio %s, bytes ratio %.2f%n", outcome.scenario(), warmUps.get(warmUps.size() - 1),
        time(outcome.mapperMicros()), outcome.reference(), time(outcome.rawMicros()), outcome.ratio().format(),
        outcome.blocks(), outcome.blockRatio().format(), outcome.cpu().format(), outcome.bytesRatio());
  }

  static boolean cpuTargeted(String scenario) {
    return Report.CPU_TARGETED.contains(scenario.substring(scenario.lastIndexOf('.') + 1));
  }

  /** Whether an "at most" verdict is inconclusive: the interval has both sides of the target in it. */
  private static boolean straddles(Statistics.Interval interval, double target) {
    return interval.known() && !Double.isNaN(interval.low()) && interval.low() <= target && interval.high() > target;
  }

  /**
   * The check's time: a deadline, and what the scenarios not yet measured will take, which an extension may not eat
   * into: each at the mean pace of those measured so far, leaving out extensions and fresh JVMs, plus the fresh JVMs
   * of those with a client CPU target at the mean time of a JVM so far. Extending only what straddles its target,
   * and at most {@link #MAX_EXTENSIONS} times, looks at each interval up to three times; the report says how many
   * blocks and JVMs each verdict took.
   */
  static final class Budget {
    /** What a fresh JVM is taken to cost before one has run. */
    private static final long FIRST_JVM_NANOS = 40_000_000_000L;
    private final long deadline;
    private final List<String> scenarios;
    private final int cpuJvms;
    private int done;
    private long baseNanos;
    private long jvmNanosInScenario;
    private long extendedNanos;
    private long jvmNanos;
    private int jvms;

    Budget(long deadline, List<String> scenarios, int cpuJvms) {
      this.deadline = deadline;
      this.scenarios = scenarios;
      this.cpuJvms = cpuJvms;
    }

    /** Whether something of this duration can still run, leaving the scenarios to come their usual time. */
    boolean allows(long nanos) {
      long reserve = 0;
      for (int i = done; i < scenarios.size(); i++) {
        // the current scenario's own fresh JVMs are still to come; the scenarios after it, all of their time
        reserve += (i > done && done > 0 ? baseNanos / done : 0)
            + (cpuTargeted(scenarios.get(i)) ? cpuJvms * jvmNanos() : 0);
      }
      return System.nanoTime() + nanos + reserve <= deadline;
    }

    /** Runs a fresh JVM's measurement, counting it as an extension or (false) as the scenario's own. */
    <R> R jvm(Measurement<R> work, boolean extension) throws Throwable {
      long start = System.nanoTime();
      R result = work.run();
      long nanos = System.nanoTime() - start;
      if (!extension) {
        jvmNanosInScenario += nanos;
      }
      jvmNanos += nanos;
      jvms++;
      return result;
    }

    /** Counts an extension of blocks in the current scenario. */
    void extended(long nanos) {
      extendedNanos += nanos;
    }

    /** The mean time of a fresh JVM so far. */
    long jvmNanos() {
      return jvms == 0 ? FIRST_JVM_NANOS : jvmNanos / jvms;
    }

    /** The current scenario took this long, its extensions and fresh JVMs included. */
    void finished(long nanos) {
      baseNanos += nanos - extendedNanos - jvmNanosInScenario;
      extendedNanos = 0;
      jvmNanosInScenario = 0;
      done++;
    }
  }

  /** A piece of measurement that may throw. */
  interface Measurement<R> {
    R run() throws Throwable;
  }

  /**
   * The two sides of a scenario, ready to call: {@code sides[0]} coodie4j (or the measured implementation of a
   * pairing), {@code sides[1]} its reference; {@code perCall} the per-invocation state of a scenario that takes one.
   */
  private record Sides(String name, String[] pairing, boolean local, boolean concurrent, MethodHandle[] handles,
      PerCall perCall) {
    /** "Class.scenario", or "Class.scenario[measured:reference]" to pair two implementations of coodie4j. */
    static Sides of(String scenario) throws Throwable {
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
      MethodHandle[] handles = new MethodHandle[2];
      PerCall perCall = null;
      for (int side = 0; side < 2; side++) {
        String implementation = name + "__" + (side == 0 ? measured : reference);
        Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(implementation)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no benchmark method " + implementation));
        MethodHandle handle = MethodHandles.publicLookup().unreflect(method).bindTo(state);
        if (method.getParameterCount() == 1) { // a per-invocation state, as sync_table_create's FreshTable
          perCall = perCall != null ? perCall : PerCall.of(method.getParameterTypes()[0]);
          handle = handle.bindTo(perCall.state());
        }
        handles[side] = handle.asType(MethodType.methodType(Object.class));
      }
      return new Sides(name, pairing, local, concurrent, handles, perCall);
    }

    /** Operations per call of a side: a concurrency scenario's call runs a burst of them. */
    long operations(long calls) {
      return calls * (concurrent ? ConcurrencyBenchmarks.OPS : 1);
    }
  }

  /** What the pairs of blocks measured, per side ({@code [0]} coodie4j) and per pair. */
  private record Pairs(double[][] micros, double[][] cpuMicros, double[][] compilerMicros, double[][] bytes) {
    double[] ratios() {
      return quotients(micros);
    }

    double[] cpuRatios() {
      return quotients(cpuMicros);
    }

    /** Each side's median over the pairs. */
    double[] medianMicros() {
      return new double[] {Statistics.median(micros[0]), Statistics.median(micros[1])};
    }

    double[] medianCpuMicros() {
      return new double[] {Statistics.median(cpuMicros[0]), Statistics.median(cpuMicros[1])};
    }

    /** Each side's mean over the pairs: the compilers' time and the bytes fall unevenly, a median would hide them. */
    static double[] means(double[][] perPair) {
      return new double[] {Arrays.stream(perPair[0]).average().orElse(Double.NaN),
          Arrays.stream(perPair[1]).average().orElse(Double.NaN)};
    }

    Pairs plus(Pairs more) {
      return new Pairs(concat(micros, more.micros), concat(cpuMicros, more.cpuMicros),
          concat(compilerMicros, more.compilerMicros), concat(bytes, more.bytes));
    }
  }

  /** The alternating blocks: each block's time ratio, and each side's time per operation in it. */
  private record Alternating(double[] ratios, double[][] micros) {
    Alternating plus(Alternating more) {
      double[] all = Arrays.copyOf(ratios, ratios.length + more.ratios.length);
      System.arraycopy(more.ratios, 0, all, ratios.length, more.ratios.length);
      return new Alternating(all, concat(micros, more.micros));
    }
  }

  private static double[] quotients(double[][] sides) {
    double[] quotients = new double[sides[0].length];
    for (int i = 0; i < quotients.length; i++) {
      quotients[i] = sides[0][i] / sides[1][i];
    }
    return quotients;
  }

  private static double[][] concat(double[][] a, double[][] b) {
    double[][] both = new double[2][];
    for (int side = 0; side < 2; side++) {
      both[side] = Arrays.copyOf(a[side], a[side].length + b[side].length);
      System.arraycopy(b[side], 0, both[side], a[side].length, b[side].length);
    }
    return both;
  }

  private static Outcome measure(String scenario, int pairs, Budget budget) throws Throwable {
    Sides sides = Sides.of(scenario);
    long[] ops = warmUp(sides);
    boolean pairing = sides.pairing() != null;
    // database and concurrency scenarios take their time from alternating groups, the others from the pairs
    boolean alternates = !sides.local() && sides.perCall() == null;
    double target = pairing ? LISTENER_TARGET : sides.local() ? MAPPING_TARGET
        : sides.concurrent() ? 1 / THROUGHPUT_TARGET : DATABASE_TARGET;
    // where the pairs give only client CPU and bytes (no target), half of them do
    int pairCount = alternates && !cpuTargeted(scenario) ? Math.max(2, pairs / 2) : pairs;
    long started = System.nanoTime();
    Pairs measured = pairs(sides, ops, pairCount);
    long pass = System.nanoTime() - started;
    for (int more = 0; !alternates && more < MAX_EXTENSIONS
        && straddles(Statistics.medianOf(measured.ratios()), target) && budget.allows(pass); more++) {
      long start = System.nanoTime();
      measured = measured.plus(pairs(sides, ops, pairCount));
      budget.extended(System.nanoTime() - start);
    }
    Statistics.Interval blockRatio = Statistics.medianOf(measured.ratios());
    Statistics.Interval ratio = blockRatio;
    double[] micros = measured.medianMicros();
    int blocks = measured.ratios().length;
    if (alternates) {
      // the two sides alternate in short groups of calls, so that both see the same moment of the server;
      // the listener's 2% needs more blocks than the mapper's 5% to be told from noise
      int count = pairing ? LISTENER_FACTOR * pairs : pairs;
      long calls = (ops[0] + ops[1]) / 2;
      int group = (int) Math.max(1, calls / GROUPS_PER_BLOCK);
      long groupedCalls = calls - calls % group;
      started = System.nanoTime();
      Alternating alternating = alternatingBlocks(sides, groupedCalls, group, count);
      pass = System.nanoTime() - started;
      for (int more = 0; more < MAX_EXTENSIONS && straddles(Statistics.medianOf(alternating.ratios()), target)
          && budget.allows(pass); more++) {
        long start = System.nanoTime();
        alternating = alternating.plus(alternatingBlocks(sides, groupedCalls, group, count));
        budget.extended(System.nanoTime() - start);
      }
      ratio = Statistics.medianOf(alternating.ratios());
      micros = new double[] {Statistics.median(alternating.micros()[0]), Statistics.median(alternating.micros()[1])};
      blocks = alternating.ratios().length;
    }
    String label = pairing ? sides.name() + " with a listener"
        : sides.concurrent() ? sides.name() + " inFlight=" + IN_FLIGHT : sides.name();
    double[] cpuMicros = measured.medianCpuMicros();
    double[] compilerMicros = Pairs.means(measured.compilerMicros());
    double[] bytes = Pairs.means(measured.bytes());
    return new Outcome(label, pairing ? "coodie4j, no listener" : sides.local() ? "raw + codecs" : "raw driver",
        target, micros[0], micros[1], ratio, blockRatio, Statistics.medianOf(measured.cpuRatios()), cpuMicros[0],
        cpuMicros[1], compilerMicros[0], compilerMicros[1], bytes[0] / bytes[1], measured.cpuRatios(), blocks, 1);
  }

  /** {@code count} blocks of alternating groups, which side goes first changing from block to block. */
  private static Alternating alternatingBlocks(Sides sides, long calls, int group, int count) throws Throwable {
    double[] ratios = new double[count];
    double[][] micros = new double[2][count];
    for (int b = 0; b < count; b++) {
      long[] nanos = alternate(sides.handles(), calls, group, b % 2);
      ratios[b] = (double) nanos[0] / nanos[1];
      for (int side = 0; side < 2; side++) {
        micros[side][b] = nanos[side] / 1e3 / sides.operations(calls);
      }
    }
    return new Alternating(ratios, micros);
  }

  /**
   * Warms both sides up: at least the warm-up time and calls, and then until the JIT's compilers go quiet (or the
   * longest warm-up is spent), since a quiet compiler alone does not tell that a scenario's once-per-call code reached
   * C2. Returns each side's calls in a block of about {@link #BLOCK_NANOS}.
   */
  private static long[] warmUp(Sides sides) throws Throwable {
    PerCall invocation = sides.perCall();
    long[] ops = new long[2];
    long start = System.nanoTime();
    long compiling = ClientCpu.split().compilers();
    long since = start;
    long warmCalls = 0;
    while (true) {
      for (int side = 0; side < 2; side++) {
        ops[side] = invocation != null ? block(sides.handles()[side], 1, invocation).ops()
            : Math.max(1, block(sides.handles()[side], 50, null).opsIn(BLOCK_NANOS));
      }
      warmCalls += invocation != null ? 1 : 50;
      long now = System.nanoTime();
      if (now - since >= QUIET_WINDOW_NANOS) {
        long compiled = ClientCpu.split().compilers();
        boolean quiet = !ClientCpu.perThread() || compiled - compiling <= QUIET_SHARE * (now - since);
        boolean enough = now - start >= WARM_UP_NANOS && warmCalls >= WARM_UP_CALLS;
        if (now - start >= MAX_WARM_UP_NANOS || enough && quiet) {
          break;
        }
        compiling = compiled;
        since = now;
      }
    }
    warmUps.add((System.nanoTime() - start) / 1e9);
    return ops;
  }

  /**
   * Pairs of blocks, each block of about {@link #BLOCK_NANOS} of each side, in which the sides take turns in
   * {@link #GROUPS_PER_PAIR} groups of calls (which side goes first alternating from group to group and pair to pair):
   * client CPU and bytes (and the time of mapping scenarios), one ratio per pair. The client's CPU time per call moves
   * by about 10% between blocks of 0.25 s that run the same calls (the machine, not the code: the caller's and the
   * driver's threads move together), and by much less within 25 ms, so sides that take turns within a pair meet the
   * same machine. Each side's time and CPU is the median over the pairs whose ratios give the verdict, so that a pause
   * in a few pairs moves neither (a mean would, and then disagree with the median ratio beside it).
   */
  private static Pairs pairs(Sides sides, long[] ops, int pairs) throws Throwable {
    double[][] perOp = new double[2][pairs];
    double[][] cpuPerOp = new double[2][pairs];
    double[][] compilerPerOp = new double[2][pairs];
    double[][] bytes = new double[2][pairs];
    // a scenario with per-call set-up runs one call a block, which cannot be split into groups
    int groups = sides.perCall() != null ? 1 : GROUPS_PER_PAIR;
    for (int pair = 0; pair < pairs; pair++) {
      ClientCpu.split(); // lists the threads again, once a pair: the groups read only the threads listed
      Block[] sums = {Block.NONE, Block.NONE};
      for (int group = 0; group < groups; group++) {
        for (int i = 0; i < 2; i++) {
          int side = (pair + group) % 2 == 0 ? i : 1 - i;
          sums[side] = sums[side].plus(block(sides.handles()[side], Math.max(1, ops[side] / groups), sides.perCall()));
        }
      }
      for (int side = 0; side < 2; side++) {
        Block sum = sums[side];
        long operations = sides.operations(sum.ops());
        perOp[side][pair] = sum.wallNanos() / 1e3 / operations;
        cpuPerOp[side][pair] = sum.cpuNanos() / 1e3 / operations;
        compilerPerOp[side][pair] = sum.compilerNanos() / 1e3 / operations;
        bytes[side][pair] = (double) sum.bytes() / operations;
      }
    }
    return new Pairs(perOp, cpuPerOp, compilerPerOp, bytes);
  }

  /**
   * A fresh JVM's client CPU ratios of a scenario, one per pair of blocks, after the same warm-up. It runs
   * {@link #main} with this JVM's class path, heap, system properties for the server and core.
   */
  private static double[] cpuRatiosInAnotherJvm(String scenario, int pairs) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms1g", "-Xmx1g",
        "-cp", System.getProperty("java.class.path")));
    var server = TestServers.shared();
    command.add("-D" + TestServers.CONTACT_POINTS_PROPERTY + "=" + server.contactPoints().stream()
        .map(address -> address.getHostString() + ":" + address.getPort()).collect(Collectors.joining(",")));
    command.add("-D" + TestServers.LOCAL_DC_PROPERTY + "=" + server.localDatacenter());
    command.addAll(List.of("-Ddatastax-java-driver.advanced.request.log-warnings=false",
        InterleavedCheck.class.getName(), scenario, Integer.toString(pairs)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || !output.contains(CPU_RATIOS)) {
      throw new IllegalStateException("the CPU check of " + scenario + " in another JVM failed:\n" + output);
    }
    String line = output.substring(output.indexOf(CPU_RATIOS) + CPU_RATIOS.length()).lines().findFirst().orElseThrow();
    return Arrays.stream(line.trim().split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  private static final String CPU_RATIOS = "cpu ratios: ";

  /** In another JVM: {@code scenario pairs}; prints the scenario's client CPU ratios, one per pair of blocks. */
  public static void main(String[] args) throws Throwable {
    try {
      Sides sides = Sides.of(args[0]);
      double[] ratios = pairs(sides, warmUp(sides), Integer.parseInt(args[1])).cpuRatios();
      System.out.println(CPU_RATIOS + Arrays.stream(ratios).mapToObj(Double::toString)
          .collect(Collectors.joining(",")));
      System.exit(0);
    } catch (Throwable failure) {
      failure.printStackTrace(System.out);
      System.exit(1); // the driver's threads are not daemons
    }
  }

  /**
   * Runs {@code calls} calls of each side in alternating groups of {@code group} calls, from side {@code first}, and
   * returns each side's summed time. Groups of a few milliseconds meet the server in the same state; a group of
   * more than one call keeps what a call leaves its driver's threads to finish (charged to whatever runs next, on a
   * client of one core) mostly within its own side.
   */
  private static long[] alternate(MethodHandle[] sides, long calls, int group, int first) throws Throwable {
    long[] nanos = new long[2];
    for (long done = 0; done < calls; done += group) {
      for (int k = 0; k < 2; k++) {
        int side = k == 0 ? first : 1 - first;
        MethodHandle handle = sides[side];
        long start = System.nanoTime();
        for (int i = 0; i < group; i++) {
          Object result = handle.invokeExact();
        }
        nanos[side] += System.nanoTime() - start;
      }
    }
    return nanos;
  }

  private record Block(long ops, long wallNanos, long cpuNanos, long compilerNanos, long bytes) {
    static final Block NONE = new Block(0, 0, 0, 0, 0);

    Block plus(Block other) {
      return new Block(ops + other.ops, wallNanos + other.wallNanos, cpuNanos + other.cpuNanos,
          compilerNanos + other.compilerNanos, bytes + other.bytes);
    }

    /** How many operations fit in this time, at this block's pace. */
    long opsIn(long nanos) {
      return Math.round((double) ops * nanos / wallNanos);
    }
  }

  /** Times {@code ops} calls; with a per-invocation state, one call between its untimed set-up and tear-down. */
  private static Block block(MethodHandle side, long ops, PerCall perCall) throws Throwable {
    if (perCall != null) {
      perCall.run(Setup.class);
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    ClientCpu.Split before = ClientCpu.splitKnown();
    long start = System.nanoTime();
    for (long i = 0; i < ops; i++) {
      Object result = side.invokeExact(); // a handle that is not a constant: the call cannot be optimised away
    }
    long wall = System.nanoTime() - start;
    ClientCpu.Split after = ClientCpu.splitKnown();
    Block block = new Block(ops, wall, after.others() - before.others(), after.compilers() - before.compilers(),
        THREADS.getCurrentThreadAllocatedBytes() - allocated);
    if (perCall != null) {
      perCall.run(TearDown.class);
    }
    return block;
  }

  /** A benchmark parameter's state with per-invocation set-up and tear-down, run around each timed call. */
  private record PerCall(Object state) {
    static PerCall of(Class<?> type) throws Exception {
      Object state = type.getConstructor().newInstance();
      for (Method method : type.getMethods()) {
        Setup setup = method.getAnnotation(Setup.class);
        if (setup != null && setup.value() == Level.Trial) {
          method.invoke(state);
        }
      }
      return new PerCall(state);
    }

    void run(Class<? extends java.lang.annotation.Annotation> phase) throws Exception {
      for (Method method : state.getClass().getMethods()) {
        java.lang.annotation.Annotation annotation = method.getAnnotation(phase);
        Level level = annotation instanceof Setup setup ? setup.value()
            : annotation instanceof TearDown tearDown ? tearDown.value() : null;
        if (level == Level.Invocation) {
          method.invoke(state);
        }
      }
    }
  }

  private static String time(double micros) {
    return micros >= 10 ? String.format(Locale.ROOT, "%,.0f us/op", micros)
        : String.format(Locale.ROOT, "%,.0f ns/op", micros * 1e3);
  }

  private static String markdown(List<Outcome> outcomes, int pairs, int cpuJvms) {
    StringBuilder out = new StringBuilder("# Interleaved steady-state check\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s with `--interleaved` (the main job runs it after the JMH suite). "
        + "Each scenario runs coodie4j and its reference in one JVM on one session, the JIT at its defaults: raw driver "
        + "code for database scenarios, raw code with codecs resolved once for mapping and binding.%n%n"
        + "- **Warm-up**: at least 6 s and 10,000 calls of each side, and then until the JIT's compiler threads use at "
        + "most 1%% of a 2 s window (at most 40 s). This run: %.0f–%.0f s, median %.0f s.%n"
        + "- **Pairs of blocks**: %d pairs of blocks of about 0.25 s of each side, in which the two sides take turns "
        + "in " + GROUPS_PER_PAIR + " groups of calls each (about 25 ms a group; which side goes first alternates), "
        + "since the client's CPU time per call moves by about 10%% between blocks of 0.25 s that run the same calls "
        + "(%d pairs for the database and concurrency scenarios without a client CPU target, whose time comes from "
        + "the alternating groups). They give client CPU, the benchmark JVM's CPU time per operation ("
        + ClientCpu.source() + "; the server runs in its own process) without the JIT's compiler threads, whose "
        + "time (the tail of the warm-up, falling on whichever side runs) is shown apart; the bytes the calling "
        + "thread allocated per operation; and the time of mapping and binding scenarios. The scenarios with a "
        + "client CPU target run %d pairs again in %d fresh JVMs, and their CPU ratio is the median over the JVMs "
        + "with a two-level interval (JVMs, then pairs), since the JIT compiles the driver's code, which both sides "
        + "share, differently in each JVM.%n"
        + "- **Alternating groups** (database and concurrency scenarios): %d blocks of about 0.5 s (%d for the "
        + "listener rows) in which the two sides take turns in groups of calls of about 5 ms, each group timed, so "
        + "that both meet the server in the same state. They give the time ratio; the pairs of blocks' time ratio is "
        + "shown beside it.%n"
        + "- **Longer where it straddles**: a time ratio whose interval straddles its target gets the same number of "
        + "blocks again, at most %d times; a client CPU ratio that straddles its target gets one more JVM at a time, "
        + "the scenarios taking turns, up to %d JVMs; both only while the run can still end in its time, keeping "
        + "for the scenarios still to come the time the earlier ones took. The \"blocks\" and \"JVMs\" columns say "
        + "what each verdict took.%n%n"
        + "Every ratio is the median of its pairs' or blocks' ratios, with a 95%% bootstrap interval. Targets: "
        + "database scenarios ≤ %.2f×; mapping and binding ≤ %.2f× in time and ≤ %.2f× in bytes; at 64 in flight, "
        + "throughput ≥ %.2f× raw, which reads as time per operation ≤ %.3f× raw's; the rows \"with a listener\" pair "
        + "coodie4j with an operation listener against coodie4j without one, target ≤ %.2f×. Verdicts: met when the "
        + "whole interval is within the target, missed when it is wholly beyond, inconclusive when it straddles the "
        + "target. How this complements the JMH suite is in [README.md](README.md).%n%n",
        LocalDate.now(), warmUps.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        warmUps.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        Statistics.median(warmUps.stream().mapToDouble(Double::doubleValue).toArray()), pairs, Math.max(2, pairs / 2),
        pairs, cpuJvms, pairs, LISTENER_FACTOR * pairs, MAX_EXTENSIONS, MAX_CPU_JVMS + 1, DATABASE_TARGET,
        MAPPING_TARGET, MAPPING_BYTES_TARGET, THROUGHPUT_TARGET,
        1 / THROUGHPUT_TARGET, LISTENER_TARGET));
    // times and CPU per operation are medians over the blocks that give the ratios, the ratios medians of theirs
    out.append("| scenario | reference | coodie4j (median) | reference (median) | coodie4j ÷ reference (median, 95% "
        + "interval) | in pairs of blocks | client CPU coodie4j (median) | client CPU reference (median) | CPU ratio "
        + "(median, 95% interval) | JIT compilers coodie4j / reference (mean) | bytes coodie4j ÷ reference "
        + "| blocks | JVMs | target | outcome |\n|---|---|---:|---:|---|---|---:|---:|---|---:|---:|---:|---:|---|---|\n");
    for (Outcome o : outcomes) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %.2f "
              + "| %d | %d | ≤ %.3f× | %s |%n",
          o.scenario(), o.reference(), time(o.mapperMicros()), time(o.rawMicros()), o.ratio().format(),
          o.ratio() == o.blockRatio() ? "(the same)" : o.blockRatio().format(), time(o.mapperCpuMicros()),
          time(o.rawCpuMicros()), o.cpu().format(), time(o.mapperCompilerMicros()), time(o.rawCompilerMicros()),
          o.bytesRatio(), o.blocks(), o.jvms(), o.target(), o.verdict()));
    }
    return out.toString();
  }
}
