package dev.coodie4j.benchmarks;

import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The main job: starts (or finds) the server once, runs the whole suite in rounds, each benchmark in its own forked JVM
 * connected to that server, then the interleaved check ({@link InterleavedCheck}) and the bulk check
 * ({@link BulkCheck}), and writes one report ({@link Report}). Within a round the implementations of one scenario run back to
 * back, in an order that rotates from round to round ({@link Schedule}); forks start from a shared class archive
 * ({@link ForkStartup}). Options:
 *
 * <pre>
 *   --quick          a short pass over a handful of scenarios (CI); its report goes to target/benchmarks-quick
 *   --rounds N       rounds of the suite (default 2; 1 with --quick)
 *   --pairs N        pairs per scenario in the interleaved check (default 24; 4 times as many for listener pairs)
 *   --cpu-jvms N     more JVMs for the client CPU targets in the interleaved check (default 2; more where inconclusive)
 *   --minutes N      the job's time from the server's start (default 57): inconclusive verdicts of the interleaved
 *                    check get more blocks only while the job can still end in it
 *   --include REGEX  only the benchmarks whose name matches (repeatable)
 *   --output DIR     where the report goes (default: the coodie4j.bench.report property, else docs/benchmarks)
 *   --interleaved    only the steady-state check of {@link InterleavedCheck} (--include narrows it)
 *   --bulk           only {@link BulkCheck}: saveAll against hand-written loops and batches
 *   --no-pin         leave the server and the client on every core (by default, {@link CorePinning})
 *   --serve          only start the server, print its contact point and keep it running (for writing benchmarks)
 * </pre>
 */
public final class BenchmarkMain {
  /**
   * The main job's time from the server's start, in minutes: the 60 on 2 cores, less the build and the
   * server's start (about 1.3 minutes) and a margin.
   */
  private static final double MINUTES = 57;
  /**
   * What the bulk check takes, kept back from the interleaved check: 2.0 minutes in c9da7ad's run, before it had the
   * replica-set way.
   */
  private static final long BULK_NANOS = 180_000_000_000L;
  /** The scenarios of the quick pass: one of each kind, enough to prove every part of the suite still runs. */
  private static final String QUICK = "\\.(single_insert|get_by_pk|filter_limit|batch_insert_10|model_instantiation"
      + "|model_serialization|sync_table_noop|udt_serialization|concurrent_insert)__";

  private BenchmarkMain() {}

  public static void main(String[] arguments) throws Throwable {
    try {
      run(arguments);
    } catch (Throwable failure) {
      // the driver's threads are not daemons: without an exit a failed run would hang with its server
      failure.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] arguments) throws Throwable {
    System.setProperty("java.awt.headless", "true");
    // Maven passes the optional -Dbench.args as one argument: split it into options
    String[] args = java.util.Arrays.stream(arguments).flatMap(a -> words(a).stream()).toArray(String[]::new);
    boolean quick = false;
    boolean serve = false;
    boolean interleaved = false;
    boolean bulk = false;
    boolean pin = true;
    int roundCount = -1;
    int pairs = InterleavedCheck.PAIRS;
    int cpuJvms = InterleavedCheck.CPU_JVMS;
    double minutes = MINUTES;
    List<String> includes = new ArrayList<>();
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--serve" -> serve = true;
        case "--interleaved" -> interleaved = true;
        case "--bulk" -> bulk = true;
        case "--no-pin" -> pin = false;
        case "--rounds" -> roundCount = Integer.parseInt(args[++i]);
        case "--pairs" -> pairs = Integer.parseInt(args[++i]);
        case "--cpu-jvms" -> cpuJvms = Integer.parseInt(args[++i]);
        case "--minutes" -> minutes = Double.parseDouble(args[++i]);
        case "--include" -> includes.add(args[++i]);
        case "--output" -> output = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --quick, --rounds N, --pairs N, --cpu-jvms N, --minutes N, --include REGEX, --output DIR, --interleaved, --bulk, "
            + "--no-pin or --serve");
      }
    }
    if (roundCount < 0) {
      roundCount = quick ? 1 : 2;
    }
    List<String> interleavedScenarios = InterleavedCheck.DEFAULT_SCENARIOS.stream()
        .filter(s -> includes.isEmpty()
            || includes.stream().anyMatch(regex -> java.util.regex.Pattern.compile(regex).matcher(s).find()))
        .toList();
    if (interleaved) { // a pattern that matches nothing would silently drop the scenarios it was meant to run
      for (String regex : includes) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        if (InterleavedCheck.DEFAULT_SCENARIOS.stream().noneMatch(s -> pattern.matcher(s).find())) {
          throw new IllegalArgumentException("--include " + regex + " matches none of the interleaved check's "
              + "scenarios: "
              + InterleavedCheck.DEFAULT_SCENARIOS);
        }
      }
    }
    boolean wholeSuite = includes.isEmpty();
    if (includes.isEmpty()) {
      includes.add(quick ? QUICK : "dev\\.coodie4j\\.benchmarks\\.");
    }
    if (output == null) {
      // the full report belongs in the manual (the main job names it); a quick pass is only a smoke test
      output = Path.of(quick ? "target/benchmarks-quick" : System.getProperty("coodie4j.bench.report", "docs/benchmarks"));
    }
    output = output.toAbsolutePath().normalize();

    CassandraServer server = TestServers.shared();
    String contactPoints = server.contactPoints().stream()
        .map(a -> a.getHostString() + ":" + a.getPort())
        .collect(Collectors.joining(","));
    if (serve) {
      System.out.println("serving: -D" + TestServers.CONTACT_POINTS_PROPERTY + "=" + contactPoints + " -D"
          + TestServers.LOCAL_DC_PROPERTY + "=" + server.localDatacenter());
      Thread.currentThread().join();
    }
    warmUpServer(server, quick ? 3_000 : 20_000);
    String pinning = pin ? CorePinning.pin() : "not pinned (--no-pin): the server and the client share every core";
    System.out.println(pinning);
    Files.createDirectories(output);
    long start = System.nanoTime();
    long end = start + (long) (minutes * 60e9);
    if (interleaved) {
      InterleavedCheck.run(interleavedScenarios, output, pairs, cpuJvms, end);
      System.out.printf("%ninterleaved check: %s%n", output.resolve("interleaved.md"));
      System.exit(0);
    }
    if (bulk) {
      BulkCheck.run(output);
      System.out.printf("%nbulk check: %s%n", output.resolve("bulk.md"));
      System.exit(0);
    }
    List<String> jvmArgs = new ArrayList<>(List.of(
        "-D" + TestServers.CONTACT_POINTS_PROPERTY + "=" + contactPoints,
        "-D" + TestServers.LOCAL_DC_PROPERTY + "=" + server.localDatacenter(), "-Xms1g", "-Xmx1g",
        // the driver's threads are not daemons: without these each fork idles 30 s before JMH ends it
        "-Djmh.shutdownTimeout=0", "-Djmh.shutdownTimeout.step=0",
        // Cassandra warns of every batch_insert_100 batch (over 5 KiB); the driver would log each one in full
        "-Ddatastax-java-driver.advanced.request.log-warnings=false",
        // the driver's native microsecond clock takes 0.4 s to load in every fork; the Java clock serves every
        // implementation alike (the session is shared) and still gives unique, increasing timestamps
        "-Ddatastax-java-driver.advanced.timestamp-generator.force-java-clock=true"));
    jvmArgs.addAll(ForkStartup.classDataSharing(jvmArgs));
    List<List<String>> rounds = Schedule.rounds(Schedule.benchmarks(includes), roundCount);
    Path raw = Files.createTempDirectory("coodie4j-bench-json");
    raw.toFile().deleteOnExit();
    List<Collection<RunResult>> results = new ArrayList<>();
    for (int round = 1; round <= roundCount; round++) {
      System.out.printf("%n=== round %d of %d (%.1f min so far) ===%n", round, roundCount,
          (System.nanoTime() - start) / 60e9);
      List<RunResult> roundResults = new ArrayList<>();
      List<Path> json = new ArrayList<>();
      for (String benchmark : rounds.get(round - 1)) {
        Path file = raw.resolve("round-" + round + "-" + json.size() + ".json");
        json.add(file);
        roundResults.addAll(new Runner(options(benchmark, quick, jvmArgs, file)).run());
      }
      results.add(roundResults);
      Schedule.mergeJson(json, output.resolve("jmh-round-" + round + ".json"));
    }
    List<InterleavedCheck.Outcome> steady = List.of();
    List<BulkCheck.Outcome> bulkOutcomes = List.of();
    if (!quick) {
      // the full run: the steady-state check of the same scenarios, then (for the whole suite) the bulk check
      System.out.printf("%n=== interleaved check (%.1f min so far) ===%n", (System.nanoTime() - start) / 60e9);
      // the bulk check's time is kept back from the interleaved check's
      steady = InterleavedCheck.run(interleavedScenarios, output, pairs, cpuJvms,
          wholeSuite ? end - BULK_NANOS : end);
      if (wholeSuite) {
        System.out.printf("%n=== bulk check (%.1f min so far) ===%n", (System.nanoTime() - start) / 60e9);
        bulkOutcomes = BulkCheck.run(output);
      }
    }
    double took = (System.nanoTime() - start) / 60e9;
    Path report = new Report(results, quick, took, server.description(), pinning).withInterleaved(steady)
        .withBulk(bulkOutcomes).write(output);
    System.out.printf("%nbenchmark report: %s%n", report);
    System.exit(0);
  }

  /**
   * The words of {@code -Dbench.args}, split at spaces as a shell would: quotes group a word and are removed, since
   * inside the double-quoted property a user's {@code --include 'get_by_pk$'} keeps its single quotes, which as part
   * of the pattern would match nothing.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0 && c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
        word = word != null ? word : new StringBuilder();
      } else if (quote == 0 && Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word != null ? word : new StringBuilder();
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed " + quote + " in the benchmark options: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * One benchmark's options. The JIT keeps its default settings, as users run it. The scenarios that never leave the
   * JVM run millions of calls and get a longer warm-up; those that reach the server are latency-bound (a few thousand
   * calls a second), so their forks measure code the JIT may still be compiling: the interleaved check, after 10 s of
   * warm-up in one JVM, measures their steady state, and the report takes whichever has the tighter interval.
   */
  private static org.openjdk.jmh.runner.options.Options options(String benchmark, boolean quick, List<String> jvmArgs,
      Path json) {
    boolean local = Schedule.isLocal(benchmark);
    List<String> args = new ArrayList<>(jvmArgs);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + java.util.regex.Pattern.quote(benchmark) + "$")
        .forks(1)
        .shouldFailOnError(true)
        .addProfiler(GCProfiler.class)
        .addProfiler(ClientCpuProfiler.class)
        .jvmArgsAppend(args.toArray(String[]::new))
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    if (quick) {
      return options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
          .measurementIterations(1).measurementTime(TimeValue.milliseconds(300)).build();
    }
    return options.warmupIterations(3).warmupTime(TimeValue.milliseconds(local ? 750 : 500))
        .measurementIterations(3).measurementTime(TimeValue.milliseconds(300)).build();
  }

  /**
   * A freshly started server is still compiling its own hot paths: without this, whichever implementation JMH runs
   * first pays for that, and the ratios mean nothing.
   */
  private static void warmUpServer(CassandraServer server, int operations) {
    try (var session = server.newSession()) {
      session.execute("CREATE KEYSPACE IF NOT EXISTS coodie4j_warmup WITH replication = "
          + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute("CREATE TABLE IF NOT EXISTS coodie4j_warmup.kv (k int PRIMARY KEY, v text)");
      var insert = session.prepare("INSERT INTO coodie4j_warmup.kv (k, v) VALUES (?, ?)");
      var select = session.prepare("SELECT v FROM coodie4j_warmup.kv WHERE k = ?");
      long start = System.nanoTime();
      for (int i = 0; i < operations; i++) {
        session.execute(insert.bind(i % 1000, "value " + i));
        session.execute(select.bind(i % 1000));
      }
      BenchSession.createKeyspace(session);
      System.out.printf("server warmed up with %d writes and reads in %.1f s%n", operations,
          (System.nanoTime() - start) / 1e9);
    }
  }
}
