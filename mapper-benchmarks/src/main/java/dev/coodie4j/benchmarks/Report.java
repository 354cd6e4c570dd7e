package dev.coodie4j.benchmarks;

import dev.coodie4j.benchmarks.Statistics.Interval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The report of a full run: the JMH suite's rounds, the interleaved check and the bulk check, as Markdown
 * ({@code results.md}) and a chart of every ratio with its 95% interval ({@code ratios.png}). Every ratio is one
 * statistic throughout: the ratio of the two implementations' typical values (the median over rounds of each round's
 * median iteration), with a two-level bootstrap interval ({@link Statistics#ratioOfMedians}); the times shown beside
 * it are exactly its numerator and denominator.
 */
final class Report {
  static final String MAPPER = "coodie4j";
  static final String MAPPER_ASYNC = "coodie4jAsync";
  static final String RAW = "raw";
  static final String RAW_CODECS = "rawCodecs";
  static final String DS_MAPPER = "dsMapper";
  /** Implementations that may appear in a benchmark's name; the listener pair is only in the interleaved check. */
  private static final List<String> IMPLEMENTATIONS =
      List.of(MAPPER, MAPPER_ASYNC, RAW, RAW_CODECS, DS_MAPPER, "coodie4jListener");
  private static final Map<String, String> LABELS = Map.of(MAPPER, "coodie4j", MAPPER_ASYNC, "coodie4j async",
      RAW, "raw driver", RAW_CODECS, "raw + codecs", DS_MAPPER, "DataStax mapper",
      "coodie4jListener", "coodie4j with a listener");
  /** Row mapping and binding: measured against the raw-codecs floor, in time and in bytes. */
  private static final Set<String> MAPPING = Set.of("model_instantiation", "model_serialization",
      "argus_model_instantiation", "udt_instantiation", "udt_serialization", "nested_udt_serialization");
  /** Where the issue sets a client CPU target: coodie4j's CPU per operation at most 3% above raw code's. */
  /** The scenarios with a client CPU target. */
  static final Set<String> CPU_TARGETED = Set.of("get_by_pk", "single_insert", "partial_update_fair");
  private static final double MEDIAN_DATABASE_TARGET = 1.02;
  private static final double NOOP_TARGET_NANOS = 1_000;
  private static final String GC_BYTES = "gc.alloc.rate.norm";
  /**
   * coodie's published figures (its performance plan, section 13D.3): coodie's time over cqlengine's per scenario,
   * speed-ups converted to time ratios, lower meaning coodie is faster.
   */
  private static final Map<String, Double> COODIE_OVER_CQLENGINE = Map.ofEntries(
      Map.entry("sync_table_noop", 0.02),
      Map.entry("sync_table_create", 0.03),
      Map.entry("batch_insert_100", 0.04),
      Map.entry("model_instantiation", 0.16),
      Map.entry("udt_instantiation", 0.33),
      Map.entry("filter_secondary_index", 0.34),
      Map.entry("batch_insert_10", 0.35),
      Map.entry("batch_events", 0.37),
      Map.entry("notification_feed", 0.44),
      Map.entry("model_serialization", 0.46),
      Map.entry("filter_runs_by_status", 0.47),
      Map.entry("filter_limit", 0.53),
      Map.entry("latest_runs", 0.54),
      Map.entry("argus_model_instantiation", 0.58),
      Map.entry("comment_with_collections", 0.65),
      Map.entry("get_or_create_user", 0.68),
      Map.entry("multi_model_lookup", 0.70),
      Map.entry("collection_write", 0.71),
      Map.entry("get_by_pk", 0.72),
      Map.entry("single_insert", 0.72),
      Map.entry("collection_read", 0.73),
      Map.entry("collection_roundtrip", 0.74),
      Map.entry("insert_with_ttl", 0.76),
      Map.entry("single_delete", 0.78),
      Map.entry("bulk_delete", 0.81),
      Map.entry("insert_if_not_exists", 0.88),
      Map.entry("count", 0.88),
      Map.entry("status_update", 1.12),
      Map.entry("udt_serialization", 1.18),
      Map.entry("update_if_condition", 1.25),
      Map.entry("list_mutation", 1.32),
      Map.entry("partial_update", 1.72),
      Map.entry("nested_udt_serialization", 2.08),
      Map.entry("udt_ddl_generation", 4.76));

  private final Map<String, Scenario> scenarios = new TreeMap<>();
  private final int rounds;
  private final boolean quick;
  private final double minutes;
  private final String server;
  private final String pinning;
  private List<InterleavedCheck.Outcome> interleaved = List.of();
  private List<BulkCheck.Outcome> bulk = List.of();

  Report(List<Collection<RunResult>> results, boolean quick, double minutes, String server, String pinning) {
    this.rounds = results.size();
    this.quick = quick;
    this.minutes = minutes;
    this.server = server;
    this.pinning = pinning;
    for (int round = 0; round < rounds; round++) {
      for (RunResult result : results.get(round)) {
        add(round, result);
      }
    }
  }

  /**
   * Adds the interleaved check's outcomes: database and mapping scenarios then take whichever method gave the tighter
   * time interval (bytes stay JMH's).
   */
  Report withInterleaved(List<InterleavedCheck.Outcome> outcomes) {
    this.interleaved = List.copyOf(outcomes);
    return this;
  }

  Report withBulk(List<BulkCheck.Outcome> outcomes) {
    this.bulk = List.copyOf(outcomes);
    return this;
  }

  /** One implementation's measurements in one scenario: per round, per iteration. */
  private record Samples(double[][] score, double[][] cpu, double[][] bytes) {
    Samples(int rounds) {
      this(new double[rounds][], new double[rounds][], new double[rounds][]);
    }
  }

  /** A scenario (with its parameters) and its implementations' samples. */
  private static final class Scenario {
    final String name;
    final String base;
    final String unit;
    final boolean throughput;
    final Map<String, Samples> samples = new LinkedHashMap<>();

    Scenario(String name, String base, String unit, boolean throughput) {
      this.name = name;
      this.base = base;
      this.unit = unit;
      this.throughput = throughput;
    }

    String mapper() {
      return samples.containsKey(MAPPER) ? MAPPER : MAPPER_ASYNC;
    }

    boolean mapping() {
      return MAPPING.contains(base);
    }

    String reference() {
      return mapping() ? RAW_CODECS : RAW;
    }

    boolean database() {
      return !mapping() && !Schedule.isLocal("." + base + "__") && !base.startsWith("udt_ddl");
    }
  }

  private void add(int round, RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    int split = method.indexOf("__");
    if (split < 0) {
      throw new IllegalStateException(benchmark + " is not named <scenario>__<implementation>");
    }
    String base = method.substring(0, split);
    String implementation = method.substring(split + 2);
    if (!IMPLEMENTATIONS.contains(implementation)) {
      throw new IllegalStateException(benchmark + ": unknown implementation " + implementation);
    }
    StringBuilder name = new StringBuilder(base);
    for (String key : result.getParams().getParamsKeys()) {
      name.append(" ").append(key).append("=").append(result.getParams().getParam(key));
    }
    Result<?> primary = result.getPrimaryResult();
    Scenario scenario = scenarios.computeIfAbsent(name.toString(), n -> new Scenario(n, base, primary.getScoreUnit(),
        result.getParams().getMode() == Mode.Throughput));
    List<IterationResult> iterations = new ArrayList<>();
    result.getBenchmarkResults().forEach(b -> iterations.addAll(b.getIterationResults()));
    double[] score = new double[iterations.size()];
    double[] cpu = new double[iterations.size()];
    double[] bytes = new double[iterations.size()];
    for (int i = 0; i < score.length; i++) {
      IterationResult iteration = iterations.get(i);
      score[i] = iteration.getPrimaryResult().getScore();
      cpu[i] = secondary(iteration, ClientCpuProfiler.NAME);
      bytes[i] = secondary(iteration, GC_BYTES);
    }
    Samples samples = scenario.samples.computeIfAbsent(implementation, k -> new Samples(rounds));
    samples.score()[round] = score;
    samples.cpu()[round] = cpu;
    samples.bytes()[round] = bytes;
  }

  private static double secondary(IterationResult iteration, String suffix) {
    return iteration.getSecondaryResults().entrySet().stream()
        .filter(e -> e.getKey().endsWith(suffix))
        .mapToDouble(e -> e.getValue().getScore())
        .findFirst().orElse(Double.NaN);
  }

  private Interval ratio(Scenario scenario, String top, String bottom, Kind kind) {
    Samples a = scenario.samples.get(top);
    Samples b = scenario.samples.get(bottom);
    if (a == null || b == null) {
      return Interval.NONE;
    }
    return Statistics.ratioOfMedians(kind.of(a), kind.of(b));
  }

  private enum Kind {
    TIME, CPU, BYTES;

    double[][] of(Samples samples) {
      return switch (this) {
        case TIME -> samples.score();
        case CPU -> samples.cpu();
        case BYTES -> samples.bytes();
      };
    }
  }

  /** An implementation's typical value: the median over rounds of its rounds' median iterations. */
  private double typical(Scenario scenario, String implementation, Kind kind) {
    Samples samples = scenario.samples.get(implementation);
    if (samples == null) {
      return Double.NaN;
    }
    double[][] values = kind.of(samples);
    int[] present = java.util.stream.IntStream.range(0, values.length)
        .filter(r -> values[r] != null && values[r].length > 0).toArray();
    return present.length == 0 ? Double.NaN : Statistics.typical(values, present);
  }

  /**
   * A scenario's result as the verdicts use it: its time ratio to the reference (lower is better; for throughput,
   * reference throughput over coodie4j's), its CPU ratio, and which method measured them.
   */
  private record Row(Scenario scenario, String method, Interval time, Interval cpu, Interval bytes, String target,
      String verdict, InterleavedCheck.Outcome steady) {
    Row(Scenario scenario, String method, Interval time, Interval cpu, Interval bytes, String target, String verdict) {
      this(scenario, method, time, cpu, bytes, target, verdict, null);
    }
  }

  /** The method, and for the interleaved check how many blocks (or, for client CPU, JVMs) the verdict took. */
  private static String shownMethod(Row row, boolean cpu) {
    InterleavedCheck.Outcome steady = row.steady();
    if (steady == null) {
      return row.method();
    }
    return cpu ? row.method() + ", " + steady.jvms() + " JVMs" : row.method() + ", " + steady.blocks() + " blocks";
  }

  private Row row(Scenario scenario) {
    Row row = judged(scenario);
    return row.method().equals("interleaved")
        ? new Row(row.scenario(), row.method(), row.time(), row.cpu(), row.bytes(), row.target(), row.verdict(),
            interleavedFor(scenario))
        : row;
  }

  private Row judged(Scenario scenario) {
    String mapper = scenario.mapper();
    String reference = scenario.reference();
    Interval time = ratio(scenario, mapper, reference, Kind.TIME);
    if (scenario.throughput) {
      time = time.known() ? time.inverse() : time;
    }
    Interval cpu = ratio(scenario, mapper, reference, Kind.CPU);
    Interval bytes = ratio(scenario, mapper, reference, Kind.BYTES);
    String method = "JMH forks";
    InterleavedCheck.Outcome steady = interleavedFor(scenario);
    boolean either = steady != null && (scenario.database() || scenario.mapping());
    if (either && time.known() && steady.ratio().width() < time.width()) {
      method = "interleaved";
      time = steady.ratio();
      cpu = steady.cpu();
    } else if (either && !time.known()) {
      method = "interleaved";
      time = steady.ratio();
      cpu = steady.cpu();
    }
    if (!scenario.samples.containsKey(mapper)) {
      return new Row(scenario, method, time, cpu, bytes, "–", "no coodie4j result");
    }
    if (scenario.mapping()) {
      String timeVerdict = time.atMost(InterleavedCheck.MAPPING_TARGET);
      String bytesVerdict = bytes.atMost(InterleavedCheck.MAPPING_BYTES_TARGET);
      String verdict = timeVerdict.equals("met") && bytesVerdict.equals("met") ? "met"
          : timeVerdict.contains("missed") || bytesVerdict.contains("missed") ? "**missed**" : "inconclusive";
      return new Row(scenario, method, time, cpu, bytes, String.format(Locale.ROOT,
          "≤ %.2f× raw + codecs in time, ≤ %.2f× in bytes", InterleavedCheck.MAPPING_TARGET,
          InterleavedCheck.MAPPING_BYTES_TARGET), verdict);
    }
    if (scenario.base.equals("sync_table_noop")) {
      Samples samples = scenario.samples.get(mapper);
      double[][] ones = new double[rounds][];
      for (int r = 0; r < rounds; r++) {
        ones[r] = samples.score()[r] == null ? null : new double[] {1 / nanosPer(scenario.unit)};
      }
      Interval nanos = Statistics.ratioOfMedians(samples.score(), ones);
      return new Row(scenario, method, time, cpu, bytes, "< 1 µs (absolute)",
          nanos.atMost(NOOP_TARGET_NANOS) + String.format(Locale.ROOT, " (%.0f ns, %.0f–%.0f)", nanos.point(),
              nanos.low(), nanos.high()));
    }
    if (scenario.base.equals("udt_ddl_generation")) {
      double allocated = typical(scenario, mapper, Kind.BYTES);
      return new Row(scenario, method, time, cpu, bytes, "served from cache (allocates nothing)",
          (allocated < 1 ? "met" : "**missed**") + String.format(Locale.ROOT, " (%.0f B/op)", allocated));
    }
    if (scenario.throughput) {
      if (!scenario.name.endsWith("inFlight=64")) {
        return new Row(scenario, method, time, cpu, bytes, "– (reported)", "");
      }
      // the target is on throughput: coodie4j ÷ raw at least 0.97, which is time (raw ÷ coodie4j) at most 1 / 0.97
      return new Row(scenario, method, time, cpu, bytes,
          String.format(Locale.ROOT, "≥ %.2f× raw throughput", InterleavedCheck.THROUGHPUT_TARGET),
          time.atMost(1 / InterleavedCheck.THROUGHPUT_TARGET));
    }
    return new Row(scenario, method, time, cpu, bytes,
        String.format(Locale.ROOT, "≤ %.2f× raw", InterleavedCheck.DATABASE_TARGET),
        time.atMost(InterleavedCheck.DATABASE_TARGET));
  }

  /** The interleaved check's outcome for a JMH scenario, if it ran that scenario against the same reference. */
  private InterleavedCheck.Outcome interleavedFor(Scenario scenario) {
    for (InterleavedCheck.Outcome outcome : interleaved) {
      if (outcome.scenario().equals(scenario.name) && !outcome.reference().startsWith("coodie4j")) {
        return outcome;
      }
    }
    return null;
  }

  private static double nanosPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1_000;
      case "ms/op" -> 1_000_000;
      case "s/op" -> 1_000_000_000;
      default -> throw new IllegalStateException("unexpected unit " + unit);
    };
  }

  /** Writes {@code results.md} and {@code ratios.png} into the directory; returns the Markdown file. */
  Path write(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Row> rows = scenarios.values().stream().map(this::row).toList();
    Path markdown = directory.resolve("results.md");
    Files.writeString(markdown, markdown(rows));
    ChartUtils.saveChartAsPNG(directory.resolve("ratios.png").toFile(), chart(rows), 1100, 140 + 19 * rows.size());
    return markdown;
  }

  private String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results").append(quick ? " (quick mode: a smoke test, not a measurement)" : "")
        .append("\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s: %d round%s of %d scenarios in the JMH suite%s, in %.1f minutes "
            + "in all. %s. %s. Server: %s. The JIT runs at its defaults everywhere.%n%n",
        LocalDate.now(), rounds, rounds == 1 ? "" : "s", scenarios.size(),
        interleaved.isEmpty() ? "" : ", then the interleaved check" + (bulk.isEmpty() ? "" : " and the bulk check"),
        minutes, machine(), "Cores " + pinning, server));
    out.append("Every ratio is coodie4j's typical value over its reference's: for each, the median over rounds of the "
        + "round's median iteration, so the times beside a ratio are its numerator and denominator. The 95% interval "
        + "comes from a two-level bootstrap (rounds, then iterations within them). A verdict is **met** when the whole "
        + "interval is within the target, **missed** when it is wholly beyond, and **inconclusive** when it "
        + "straddles the target, which counts as unmet until a longer run settles it. For database, mapping and "
        + "binding scenarios the method with the narrower time interval is used, the JMH forks or the interleaved check ([interleaved.md]"
        + "(interleaved.md)), and the table says which. Client CPU is the benchmark JVM's CPU time per operation; "
        + "bytes come from JMH's GC profiler. The method is in [README.md](README.md).\n\n");
    out.append("![coodie4j ratios with 95% intervals](ratios.png)\n\n");
    out.append(targets(rows));
    out.append("\n## Summary\n\n");
    out.append("Where the method is the interleaved check, the coodie4j and raw driver columns are its median "
        + "times per operation over the blocks whose ratios give the verdict (for concurrency, at 64 in flight); the JMH suite's figures for the scenario are under Scenarios "
        + "below.\n\n");
    out.append("| scenario | method | coodie4j | raw driver | raw + codecs | DataStax mapper | coodie4j ÷ reference "
        + "(95% interval) | client CPU coodie4j ÷ reference (95% interval) | bytes coodie4j | bytes reference "
        + "| coodie4j ÷ DataStax mapper | target | verdict |\n");
    out.append("|---|---|---:|---:|---:|---:|---|---|---:|---:|---:|---|---|\n");
    for (Row row : rows) {
      Scenario scenario = row.scenario();
      String mapper = scenario.mapper();
      Interval versusDataStax = ratio(scenario, mapper, DS_MAPPER, Kind.TIME);
      InterleavedCheck.Outcome steady = row.steady();
      out.append("| ").append(scenario.name).append(" | ").append(shownMethod(row, false)).append(" | ")
          .append(steady != null ? micros(steady.mapperMicros()) : score(scenario, mapper)).append(" | ")
          .append(steady != null ? micros(steady.rawMicros()) : score(scenario, RAW)).append(" | ")
          .append(score(scenario, RAW_CODECS)).append(" | ")
          .append(score(scenario, DS_MAPPER)).append(" | ")
          .append(row.time().format()).append(scenario.throughput ? " (time: raw ÷ coodie4j)" : "").append(" | ")
          .append(row.cpu().format()).append(" | ")
          .append(format(typical(scenario, mapper, Kind.BYTES))).append(" | ")
          .append(format(typical(scenario, scenario.reference(), Kind.BYTES))).append(" | ")
          .append(versusDataStax.known() ? format(scenario.throughput ? 1 / versusDataStax.point()
              : versusDataStax.point()) : "–").append(" | ")
          .append(row.target()).append(" | ").append(row.verdict()).append(" |\n");
    }
    out.append(comparedWithCoodie(rows));
    out.append("\n## Scenarios\n\nPer implementation: the typical value, client CPU and bytes per operation, and each "
        + "round's median iteration.\n");
    for (Scenario scenario : scenarios.values()) {
      out.append("\n### ").append(scenario.name).append("\n\n");
      out.append("| implementation | ").append(scenario.throughput ? "throughput" : "time per op")
          .append(" | client CPU per op | bytes per op | per round |\n");
      out.append("|---|---:|---:|---:|---|\n");
      for (String implementation : IMPLEMENTATIONS) {
        Samples samples = scenario.samples.get(implementation);
        if (samples == null) {
          continue;
        }
        List<String> perRound = new ArrayList<>();
        for (double[] round : samples.score()) {
          perRound.add(round == null ? "–" : format(Statistics.median(round)));
        }
        out.append("| ").append(LABELS.get(implementation)).append(" | ")
            .append(score(scenario, implementation)).append(" | ")
            .append(format(typical(scenario, implementation, Kind.CPU) / 1e3)).append(" µs | ")
            .append(format(typical(scenario, implementation, Kind.BYTES))).append(" | ")
            .append(String.join(", ", perRound)).append(" |\n");
      }
    }
    return out.toString();
  }

  /** This run's ratios beside coodie's published coodie ÷ cqlengine ratios, scenario by scenario. */
  private String comparedWithCoodie(List<Row> rows) {
    StringBuilder out = new StringBuilder("\n## Compared with coodie and cqlengine\n\n"
        + "coodie's published run compares coodie with cqlengine, both in Python; here the reference is hand-written "
        + "driver code (raw + codecs for mapping and binding), the floor a mapper can only approach. Time ratios, "
        + "lower is better; sorted by coodie's figure.\n\n"
        + "| scenario | coodie ÷ cqlengine (coodie's published run) | coodie4j ÷ its reference (this run, 95% interval) "
        + "| method | coodie4j ÷ DataStax mapper (this run) |\n|---|---:|---|---|---:|\n");
    rows.stream().filter(r -> COODIE_OVER_CQLENGINE.containsKey(r.scenario().name))
        .sorted(java.util.Comparator.comparingDouble(r -> COODIE_OVER_CQLENGINE.get(r.scenario().name)))
        .forEach(r -> {
          Interval versusDataStax = ratio(r.scenario(), r.scenario().mapper(), DS_MAPPER, Kind.TIME);
          out.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %s |%n", r.scenario().name,
              COODIE_OVER_CQLENGINE.get(r.scenario().name), r.time().format(), r.method(),
              versusDataStax.known() ? format(versusDataStax.point()) : "–"));
        });
    return out.toString();
  }

  /** The targets, each with the value and interval it was judged on. */
  private String targets(List<Row> rows) {
    StringBuilder out = new StringBuilder("## Targets\n\n| target | value (95% interval) | method | verdict |\n"
        + "|---|---|---|---|\n");
    List<Row> database = rows.stream().filter(r -> r.scenario().database() && !r.scenario().throughput
        && r.time().known()).toList();
    int met = (int) database.stream().filter(r -> r.verdict().equals("met")).count();
    int missed = (int) database.stream().filter(r -> r.verdict().contains("missed")).count();
    out.append(String.format(Locale.ROOT, "| every database scenario ≤ %.2f× raw (%d scenarios) | %d met, %d missed, "
        + "%d inconclusive | per scenario, below | %s |%n", InterleavedCheck.DATABASE_TARGET, database.size(), met,
        missed, database.size() - met - missed, met == database.size() ? "met" : missed > 0 ? "**missed**"
            : "inconclusive"));
    if (!database.isEmpty()) {
      Interval median = Statistics.medianAcross(database.stream().map(Row::time).toList());
      if (median == null) { // some scenario's interval has no bootstrap draws: the medians of the ends instead
        median = new Interval(Statistics.median(database.stream().mapToDouble(r -> r.time().point()).toArray()),
            Statistics.median(database.stream().mapToDouble(r -> r.time().low()).toArray()),
            Statistics.median(database.stream().mapToDouble(r -> r.time().high()).toArray()));
      }
      out.append(String.format(Locale.ROOT, "| median database scenario ≤ %.2f× raw | %s | as above; interval: draw r "
              + "of the median is the median of the scenarios' bootstrap draws r | %s |%n", MEDIAN_DATABASE_TARGET,
          median.format(), median.atMost(MEDIAN_DATABASE_TARGET)));
    }
    for (Row row : rows) {
      Scenario scenario = row.scenario();
      if (scenario.mapping()) {
        out.append(String.format(Locale.ROOT, "| %s: time ≤ %.2f×, bytes ≤ %.2f× raw + codecs | time %s, bytes %s | "
                + "%s | %s |%n", scenario.name, InterleavedCheck.MAPPING_TARGET, InterleavedCheck.MAPPING_BYTES_TARGET,
            row.time().format(), row.bytes().format(), shownMethod(row, false), row.verdict()));
      }
    }
    for (Row row : rows) {
      if (CPU_TARGETED.contains(row.scenario().name)) {
        Interval overhead = row.cpu();
        out.append(String.format(Locale.ROOT, "| %s: client CPU ≤ 3%% over raw's | %s | %s | %s |%n",
            row.scenario().name, overhead.known() ? String.format(Locale.ROOT, "%+.1f%% (%+.1f%% to %+.1f%%)",
                (overhead.point() - 1) * 100, (overhead.low() - 1) * 100, (overhead.high() - 1) * 100) : "–",
            shownMethod(row, true), overhead.atMost(InterleavedCheck.CPU_TARGET)));
      }
    }
    for (Row row : rows) {
      if (row.scenario().throughput && row.scenario().name.endsWith("inFlight=64")) {
        Interval throughput = row.time().known() ? row.time().inverse() : row.time();
        out.append(String.format(Locale.ROOT, "| %s: throughput ≥ %.2f× raw | %s | %s | %s |%n", row.scenario().name,
            InterleavedCheck.THROUGHPUT_TARGET, throughput.format(), shownMethod(row, false),
            throughput.atLeast(InterleavedCheck.THROUGHPUT_TARGET)));
      }
    }
    for (InterleavedCheck.Outcome outcome : interleaved) {
      if (outcome.reference().startsWith("coodie4j")) {
        out.append(String.format(Locale.ROOT, "| %s: listener overhead ≤ %.0f%% | %s | interleaved | %s |%n",
            outcome.scenario(), (outcome.target() - 1) * 100, outcome.ratio().format(), outcome.verdict()));
      }
    }
    for (BulkCheck.Outcome outcome : bulk) {
      if (outcome.goal() > 0) {
        out.append(String.format(Locale.ROOT, "| %s ≥ %.1f× %s | %s | bulk check ([bulk.md](bulk.md)) | %s |%n",
            outcome.mapperWay(), outcome.goal(), outcome.way(), outcome.ratio().format(),
            outcome.ratio().atLeast(outcome.goal())));
      }
    }
    return out.toString();
  }

  /** A time from the interleaved check, which measures time per operation also for the concurrency scenarios. */
  private static String micros(double micros) {
    return format(micros) + " us/op";
  }

  private String score(Scenario scenario, String implementation) {
    double value = typical(scenario, implementation, Kind.TIME);
    return Double.isNaN(value) ? "–" : format(value) + " " + scenario.unit;
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3f", value);
  }

  static String machine() {
    String cpu = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim() + ", ")
          .findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: the core count and memory still describe the machine
    }
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return String.format(Locale.ROOT, "Machine: %s%d cores, %.0f GiB, %s %s, Java %s (%s)", cpu,
        CorePinning.cpuCount(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
  }

  /**
   * One row per scenario: coodie4j's time ratio to its reference (raw + codecs for mapping, raw for the rest; for
   * throughput, raw ÷ coodie4j, so that lower is better everywhere) as a point, its 95% interval as a bar coloured by
   * the verdict, and the target as a mark.
   */
  private JFreeChart chart(List<Row> rows) {
    List<Row> shown = rows.stream().filter(r -> r.time().known()).toList();
    String[] categories = shown.stream().map(r -> r.scenario().name + (r.method().equals("interleaved") ? " *" : ""))
        .toArray(String[]::new);
    Number[][] starts = new Number[1][shown.size()];
    Number[][] ends = new Number[1][shown.size()];
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    for (int i = 0; i < shown.size(); i++) {
      Interval time = shown.get(i).time();
      starts[0][i] = Double.isNaN(time.low()) ? time.point() : time.low();
      ends[0][i] = Double.isNaN(time.high()) ? time.point() : time.high();
      points.addValue(time.point(), "coodie4j ÷ reference", categories[i]);
      double target = target(shown.get(i));
      if (!Double.isNaN(target)) {
        points.addValue(target, "target", categories[i]);
      }
    }
    DefaultIntervalCategoryDataset intervals =
        new DefaultIntervalCategoryDataset(new String[] {"95% interval"}, categories, starts, ends);
    IntervalBarRenderer bars = new IntervalBarRenderer() {
      @Override
      public Paint getItemPaint(int series, int item) {
        String verdict = shown.get(item).verdict();
        return verdict.startsWith("met") ? new Color(76, 160, 90)
            : verdict.contains("missed") ? new Color(214, 69, 65)
            : verdict.startsWith("inconclusive") ? new Color(235, 170, 60) : new Color(160, 160, 160);
      }
    };
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(160, 160, 160));
    bars.setDrawBarOutline(false);
    bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    bars.setMaximumBarWidth(0.6);
    LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
    marks.setSeriesPaint(0, Color.BLACK);
    marks.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    marks.setSeriesPaint(1, new Color(40, 90, 200));
    marks.setSeriesShape(1, new java.awt.Rectangle(-1, -6, 2, 12));
    NumberAxis axis = new NumberAxis("coodie4j ÷ reference, time (lower is better; 1 = as fast)");
    axis.setRange(0, 2.0);
    CategoryAxis names = new CategoryAxis();
    names.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    CategoryPlot plot = new CategoryPlot(intervals, names, axis, bars);
    plot.setDataset(1, points);
    plot.setRenderer(1, marks);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(220, 220, 220));
    ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f));
    plot.addRangeMarker(one);
    JFreeChart chart = new JFreeChart("coodie4j relative to hand-written driver code",
        new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
    chart.addSubtitle(new TextTitle("bar: 95% interval (green met, red missed, orange inconclusive, grey no target); "
        + "dot: ratio; blue tick: target; mapping rows against raw + codecs; throughput as raw ÷ coodie4j; "
        + "* from the interleaved check", new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** A row's target as a time ratio, or NaN where it has none. */
  private static double target(Row row) {
    Scenario scenario = row.scenario();
    if (scenario.mapping()) {
      return InterleavedCheck.MAPPING_TARGET;
    }
    if (scenario.throughput) {
      return scenario.name.endsWith("inFlight=64") ? 1 / InterleavedCheck.THROUGHPUT_TARGET : Double.NaN;
    }
    return scenario.database() ? InterleavedCheck.DATABASE_TARGET : Double.NaN;
  }
}
