package dev.coodie4j.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns the rounds of a run into Markdown tables ({@code results.md}) and a PNG chart of the ratios ({@code ratios.png}).
 * Every ratio is the median of per-round ratios, each taken between implementations measured in the same round.
 */
final class Report {
  static final String MAPPER = "coodie4j";
  static final String MAPPER_ASYNC = "coodie4jAsync";
  static final String RAW = "raw";
  static final String RAW_CODECS = "rawCodecs";
  static final String DS_MAPPER = "dsMapper";
  private static final List<String> IMPLEMENTATIONS = List.of(MAPPER, MAPPER_ASYNC, RAW, RAW_CODECS, DS_MAPPER);
  private static final Map<String, String> LABELS = Map.of(MAPPER, "coodie4j", MAPPER_ASYNC, "coodie4j async",
      RAW, "raw driver", RAW_CODECS, "raw + codecs", DS_MAPPER, "DataStax mapper");
  /** Row mapping and binding: measured against the raw-codecs floor, in time and in bytes. */
  private static final Set<String> MAPPING = Set.of("model_instantiation", "model_serialization",
      "argus_model_instantiation", "udt_instantiation", "udt_serialization", "nested_udt_serialization");
  private static final double DATABASE_TARGET = 1.05;
  private static final double MAPPING_TARGET = 1.25;
  private static final double NOOP_TARGET_NANOS = 1_000;
  private static final double THROUGHPUT_TARGET = 0.95;

  private final Map<String, Scenario> scenarios = new TreeMap<>();
  private final int rounds;
  private final boolean quick;
  private final double minutes;
  private final String server;

  Report(List<Collection<RunResult>> results, boolean quick, double minutes, String server) {
    this.rounds = results.size();
    this.quick = quick;
    this.minutes = minutes;
    this.server = server;
    for (int round = 0; round < rounds; round++) {
      for (RunResult result : results.get(round)) {
        add(round, result);
      }
    }
  }

  /** One measurement of one implementation in one round. */
  private record Sample(double score, double error, double bytesPerOp) {}

  /** A scenario (with its parameters) and, per implementation, one sample per round. */
  private static final class Scenario {
    final String name;
    final String base;
    final String unit;
    final boolean throughput;
    final Map<String, Sample[]> samples = new LinkedHashMap<>();

    Scenario(String name, String base, String unit, boolean throughput) {
      this.name = name;
      this.base = base;
      this.unit = unit;
      this.throughput = throughput;
    }

    String mapperImplementation() {
      return samples.containsKey(MAPPER) ? MAPPER : MAPPER_ASYNC;
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
    double bytes = result.getSecondaryResults().entrySet().stream()
        .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
        .mapToDouble(e -> e.getValue().getScore())
        .findFirst().orElse(Double.NaN);
    scenario.samples.computeIfAbsent(implementation, i -> new Sample[rounds])[round] =
        new Sample(iterationMedian(result, primary.getScore()), primary.getScoreError(), bytes);
  }

  /**
   * A round's score: the median of its measurement iterations rather than their mean, so that one iteration slowed by
   * the server's compaction or the fork's last compilations does not move the round.
   */
  private static double iterationMedian(RunResult result, double fallback) {
    List<Double> scores = new ArrayList<>();
    result.getBenchmarkResults().forEach(b -> b.getIterationResults().forEach(i -> scores.add(i.getPrimaryResult().getScore())));
    return scores.isEmpty() ? fallback : median(scores);
  }

  /** Median over rounds of the per-round ratio of two implementations' scores (or bytes); NaN if either is missing. */
  private double ratio(Scenario scenario, String numerator, String denominator, boolean bytes) {
    Sample[] top = scenario.samples.get(numerator);
    Sample[] bottom = scenario.samples.get(denominator);
    if (top == null || bottom == null) {
      return Double.NaN;
    }
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      if (top[round] != null && bottom[round] != null) {
        ratios.add(bytes ? top[round].bytesPerOp() / bottom[round].bytesPerOp() : top[round].score() / bottom[round].score());
      }
    }
    return median(ratios);
  }

  private static double median(List<Double> values) {
    List<Double> finite = values.stream().filter(v -> !v.isNaN() && !v.isInfinite()).sorted().toList();
    if (finite.isEmpty()) {
      return Double.NaN;
    }
    int middle = finite.size() / 2;
    return finite.size() % 2 == 1 ? finite.get(middle) : (finite.get(middle - 1) + finite.get(middle)) / 2;
  }

  private double medianOf(Sample[] samples, java.util.function.ToDoubleFunction<Sample> value) {
    List<Double> values = new ArrayList<>();
    for (Sample sample : samples) {
      if (sample != null) {
        values.add(value.applyAsDouble(sample));
      }
    }
    return median(values);
  }

  /** What the issue asks of a scenario, and whether this run met it. */
  private record Verdict(String target, String outcome, double ratio) {}

  private Verdict verdict(Scenario scenario) {
    String mapper = scenario.mapperImplementation();
    if (!scenario.samples.containsKey(mapper)) {
      return new Verdict("–", "no coodie4j result", Double.NaN);
    }
    if (MAPPING.contains(scenario.base)) {
      double time = ratio(scenario, mapper, RAW_CODECS, false);
      double bytes = ratio(scenario, mapper, RAW_CODECS, true);
      boolean met = time <= MAPPING_TARGET && bytes <= MAPPING_TARGET;
      return new Verdict("≤ 1.25× raw + codecs, time and bytes", (met ? "met" : "**missed**")
          + String.format(Locale.ROOT, " (%.2f× time, %.2f× bytes)", time, bytes), time);
    }
    if (scenario.base.equals("sync_table_noop")) {
      double nanos = medianOf(scenario.samples.get(mapper), Sample::score) * nanosPer(scenario.unit);
      return new Verdict("< 1 µs", (nanos < NOOP_TARGET_NANOS ? "met" : "**missed**")
          + String.format(Locale.ROOT, " (%.0f ns)", nanos), ratio(scenario, mapper, RAW, false));
    }
    if (scenario.base.equals("udt_ddl_generation")) {
      double bytes = medianOf(scenario.samples.get(mapper), Sample::bytesPerOp);
      return new Verdict("served from cache (allocates nothing)", (bytes < 1 ? "met" : "**missed**")
          + String.format(Locale.ROOT, " (%.0f B/op)", bytes), ratio(scenario, mapper, RAW, false));
    }
    if (scenario.throughput) {
      double ratio = ratio(scenario, mapper, RAW, false);
      if (!scenario.name.endsWith("inFlight=64")) {
        return new Verdict("– (reported)", String.format(Locale.ROOT, "%.2f× raw throughput", ratio), ratio);
      }
      return new Verdict("≥ 0.95× raw throughput", (ratio >= THROUGHPUT_TARGET ? "met" : "**missed**")
          + String.format(Locale.ROOT, " (%.2f×)", ratio), ratio);
    }
    double ratio = ratio(scenario, mapper, RAW, false);
    return new Verdict("≤ 1.05× raw", (ratio <= DATABASE_TARGET ? "met" : "**missed**")
        + String.format(Locale.ROOT, " (%.2f×)", ratio), ratio);
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
    Path markdown = directory.resolve("results.md");
    Files.writeString(markdown, markdown());
    ImageIO.write(chart(), "png", directory.resolve("ratios.png").toFile());
    return markdown;
  }

  private String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results").append(quick ? " (quick mode: a smoke test, not a measurement)" : "")
        .append("\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s: %d round%s of %d scenarios in %.1f minutes. %s. Server: %s.%n%n",
        LocalDate.now(), rounds, rounds == 1 ? "" : "s", scenarios.size(), minutes, machine(), server));
    out.append("A round's score is the median of its measurement iterations; times are medians of those over rounds "
        + "(lower is better; for throughput, higher is "
        + "better). Every ratio is the median of the per-round ratios between implementations measured in the same "
        + "round. Bytes per operation come from JMH's GC profiler. The method is in [README.md](README.md).\n\n");
    out.append("![coodie4j ratios](ratios.png)\n\n");
    out.append("## Summary\n\n");
    out.append("| scenario | coodie4j | raw driver | raw + codecs | DataStax mapper | coodie4j ÷ raw | "
        + "coodie4j ÷ raw + codecs | coodie4j ÷ DataStax mapper | target | outcome |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (Scenario scenario : scenarios.values()) {
      String mapper = scenario.mapperImplementation();
      Verdict verdict = verdict(scenario);
      out.append("| ").append(scenario.name).append(" | ")
          .append(score(scenario, mapper)).append(" | ")
          .append(score(scenario, RAW)).append(" | ")
          .append(score(scenario, RAW_CODECS)).append(" | ")
          .append(score(scenario, DS_MAPPER)).append(" | ")
          .append(format(ratio(scenario, mapper, RAW, false))).append(" | ")
          .append(format(ratio(scenario, mapper, RAW_CODECS, false))).append(" | ")
          .append(format(ratio(scenario, mapper, DS_MAPPER, false))).append(" | ")
          .append(verdict.target()).append(" | ").append(verdict.outcome()).append(" |\n");
    }
    out.append("\n## Scenarios\n");
    for (Scenario scenario : scenarios.values()) {
      String mapper = scenario.mapperImplementation();
      out.append("\n### ").append(scenario.name).append("\n\n");
      out.append("| implementation | ").append(scenario.throughput ? "throughput" : "time per op")
          .append(" (median) | error (99.9%) | bytes per op | coodie4j ÷ this | per round |\n");
      out.append("|---|---:|---:|---:|---:|---|\n");
      for (String implementation : IMPLEMENTATIONS) {
        Sample[] samples = scenario.samples.get(implementation);
        if (samples == null) {
          continue;
        }
        List<String> perRound = new ArrayList<>();
        for (Sample sample : samples) {
          perRound.add(sample == null ? "–" : format(sample.score()));
        }
        out.append("| ").append(LABELS.get(implementation)).append(" | ")
            .append(score(scenario, implementation)).append(" | ± ")
            .append(format(medianOf(samples, Sample::error))).append(" | ")
            .append(format(medianOf(samples, Sample::bytesPerOp))).append(" | ")
            .append(implementation.equals(mapper) ? "1" : format(ratio(scenario, mapper, implementation, false)))
            .append(" | ").append(String.join(", ", perRound)).append(" |\n");
      }
    }
    return out.toString();
  }

  private String score(Scenario scenario, String implementation) {
    Sample[] samples = scenario.samples.get(implementation);
    if (samples == null) {
      return "–";
    }
    return format(medianOf(samples, Sample::score)) + " " + scenario.unit;
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

  private static String machine() {
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
        Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
  }

  /**
   * One bar per scenario: coodie4j's ratio to its reference (raw + codecs for mapping, raw for the rest; for
   * throughput, raw ÷ coodie4j so that lower is better everywhere), coloured by the target's outcome; a blue diamond
   * marks coodie4j ÷ DataStax mapper.
   */
  private BufferedImage chart() {
    List<Scenario> shown = new ArrayList<>(scenarios.values());
    int rowHeight = 22;
    int left = 330;
    int plotWidth = 620;
    int top = 60;
    int height = top + rowHeight * shown.size() + 50;
    int width = left + plotWidth + 40;
    double max = 2.5;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("coodie4j relative to hand-written driver code (lower is better; 1 = as fast)", 10, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString("bar: coodie4j ÷ raw (mapping rows: ÷ raw + codecs; throughput: raw ÷ coodie4j); green: target met,"
        + " red: missed, grey: no target; diamond: coodie4j ÷ DataStax mapper", 10, 40);
    for (double tick = 0; tick <= max + 1e-9; tick += 0.5) {
      int x = left + (int) (tick / max * plotWidth);
      g.setColor(tick == 1.0 ? Color.DARK_GRAY : new Color(225, 225, 225));
      g.setStroke(new BasicStroke(tick == 1.0 ? 2f : 1f));
      g.drawLine(x, top - 5, x, top + rowHeight * shown.size());
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.1f", tick), x - 8, top + rowHeight * shown.size() + 16);
    }
    g.setStroke(new BasicStroke(1f));
    for (int i = 0; i < shown.size(); i++) {
      Scenario scenario = shown.get(i);
      int y = top + i * rowHeight;
      Verdict verdict = verdict(scenario);
      String mapper = scenario.mapperImplementation();
      double ratio = MAPPING.contains(scenario.base) ? ratio(scenario, mapper, RAW_CODECS, false)
          : ratio(scenario, mapper, RAW, false);
      if (scenario.throughput) {
        ratio = 1 / ratio;
      }
      g.setColor(Color.BLACK);
      g.drawString(scenario.name, 10, y + 15);
      if (!Double.isNaN(ratio)) {
        int bar = (int) (Math.min(ratio, max) / max * plotWidth);
        g.setColor(verdict.target().startsWith("–") ? new Color(150, 150, 150)
            : verdict.outcome().startsWith("**missed") ? new Color(214, 69, 65) : new Color(76, 160, 90));
        g.fillRect(left, y + 4, bar, rowHeight - 8);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "%.2f", ratio), left + Math.min(bar, plotWidth - 30) + 4, y + 15);
      }
      double versusDataStax = ratio(scenario, mapper, DS_MAPPER, false);
      if (!Double.isNaN(versusDataStax)) {
        int x = left + (int) (Math.min(versusDataStax, max) / max * plotWidth);
        int cy = y + rowHeight / 2;
        g.setColor(new Color(40, 90, 200));
        g.fillPolygon(new int[] {x, x + 5, x, x - 5}, new int[] {cy - 6, cy, cy + 6, cy}, 4);
      }
    }
    g.dispose();
    return image;
  }
}
