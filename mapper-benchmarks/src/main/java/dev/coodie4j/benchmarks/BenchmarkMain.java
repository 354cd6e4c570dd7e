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

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method))
        .getPrimaryResult().getScore();
  }
}
