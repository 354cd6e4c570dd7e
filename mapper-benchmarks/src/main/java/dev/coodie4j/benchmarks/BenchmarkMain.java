package dev.coodie4j.benchmarks;

import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Starts (or finds) the server once, then runs the benchmarks in forked JVMs that connect to it. {@code --quick}
 * runs a short pass for CI. Writes the JMH JSON to {@code target/jmh-result.json}.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    CassandraServer server = TestServers.shared();
    String contactPoints = server.contactPoints().stream()
        .map(a -> a.getHostString() + ":" + a.getPort())
        .collect(Collectors.joining(","));
    warmUpServer(server, quick ? 3_000 : 20_000);
    Path result = Path.of("target", "jmh-result.json").toAbsolutePath();
    Files.createDirectories(result.getParent());
    Options options = new OptionsBuilder()
        .include(ProductBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(quick ? 1 : 5)
        .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 1 : 5))
        .measurementIterations(quick ? 2 : 5)
        .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 1 : 5))
        .jvmArgsAppend("-D" + TestServers.CONTACT_POINTS_PROPERTY + "=" + contactPoints,
            "-D" + TestServers.LOCAL_DC_PROPERTY + "=" + server.localDatacenter())
        .resultFormat(ResultFormatType.JSON)
        .result(result.toString())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println("Ratios (coodie4j / raw, lower is better):");
    for (String scenario : new String[] {"singleInsert", "getByPk"}) {
      double mapper = score(results, scenario + "Coodie4j");
      double raw = score(results, scenario + "Raw");
      System.out.printf("  %-14s coodie4j %.1f us/op, raw %.1f us/op, ratio %.3f%n", scenario, mapper, raw, mapper / raw);
    }
    System.out.println("JMH results written to " + result);
    System.exit(0);
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
      System.out.printf("server warmed up with %d writes and reads in %.1f s%n", operations,
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method))
        .getPrimaryResult().getScore();
  }
}
