package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.EntityTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The bulk path against what careful users write by hand: 10,000 new products (each its own partition) written by
 * coodie4j's {@code saveAll}, by a sequential loop of prepared statements, by an async loop holding 64 requests in
 * flight with a semaphore, and as the batch scenarios' logged batches of 10 and of 100 sent one after another. Each
 * round runs every way once, in a rotated order, in one warm JVM on one session; then saveAll and the semaphore loop
 * run {@value #PAIRS} more pairs. The ratio of each round or pair is coodie4j's throughput over the other's, and the
 * report gives their median with a 95% bootstrap interval, and each way's client CPU per row.
 */
final class BulkCheck {
  static final int ROWS = 10_000;
  private static final int ROUNDS = 8;
  private static final int IN_FLIGHT = 64;
  /** Extra passes of saveAll and of the semaphore loop, in pairs. */
  private static final int PAIRS = 32;
  private static final String SAVE_ALL = "coodie4j saveAll (64 in flight)";
  private static final String SEMAPHORE = "(b) raw async loop, semaphore of 64";

  private final CqlSession session;
  private final EntityTable<Product> products;
  private final dev.coodie4j.Mapper mapper;
  private final PreparedStatement insert;

  private BulkCheck() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    mapper = bench.mapper();
    products = mapper.table(Product.class);
    products.sync();
    insert = RawProducts.prepareInsert(session, "", true);
  }

  private static List<Product> fresh() {
    List<Product> rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Product(UUID.randomUUID(), "Bulk " + i, "BulkBrand", "general", i, List.of("bulk"), null));
    }
    return rows;
  }

  private void saveAll(List<Product> rows) {
    BulkSaveResult<Product> result = products.saveAll(rows, dev.coodie4j.WriteOptions.defaults(), IN_FLIGHT);
    BenchSession.check(result.allSaved() && result.saved() == ROWS, "saveAll wrote every row: " + result.failures());
  }

  private void sequential(List<Product> rows) {
    for (Product product : rows) {
      session.execute(RawProducts.bindInsert(insert, product).build());
    }
  }

  private void semaphore(List<Product> rows) throws InterruptedException {
    Semaphore permits = new Semaphore(IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (Product product : rows) {
      permits.acquire();
      session.executeAsync(RawProducts.bindInsert(insert, product).build()).whenComplete((r, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
        permits.release();
      });
    }
    permits.acquire(IN_FLIGHT);
    BenchSession.check(failure.get() == null, "the semaphore loop wrote every row: " + failure.get());
  }

  private void batches(List<Product> rows, int size) {
    for (int from = 0; from < rows.size(); from += size) {
      Batch batch = mapper.batch(BatchType.LOGGED);
      for (Product product : rows.subList(from, from + size)) {
        batch.save(product);
      }
      batch.execute();
    }
  }

  private interface Way {
    void write(List<Product> rows) throws Exception;
  }

  /**
   * A way's throughput and client CPU per row (medians), and coodie4j's throughput over it with its interval from
   * {@code samples} paired passes; goal NaN where there is none.
   */
  record Outcome(String way, double rowsPerSecond, double cpuMicrosPerRow, Statistics.Interval ratio,
      Statistics.Interval cpuRatio, double goal, int samples) {}

  /** One pass of a way over fresh rows: its throughput and the client's CPU per row. */
  private record Pass(double rowsPerSecond, double cpuMicrosPerRow) {}

  private static Pass pass(Way way) throws Exception {
    List<Product> rows = fresh();
    long cpu = ClientCpu.nanos();
    long start = System.nanoTime();
    way.write(rows);
    long wall = System.nanoTime() - start;
    return new Pass(ROWS / (wall / 1e9), (ClientCpu.nanos() - cpu) / 1e3 / ROWS);
  }

  /** Runs every way, writes {@code bulk.md} into the output directory and returns the outcomes. */
  static List<Outcome> run(Path output) throws Exception {
    BulkCheck check = new BulkCheck();
    Map<String, Way> ways = new LinkedHashMap<>();
    ways.put(SAVE_ALL, check::saveAll);
    ways.put("(a) raw sequential loop", check::sequential);
    ways.put(SEMAPHORE, check::semaphore);
    ways.put("(c) coodie4j logged batches of 10, in turn", rows -> check.batches(rows, 10));
    ways.put("(c) coodie4j logged batches of 100, in turn", rows -> check.batches(rows, 100));
    List<String> names = List.copyOf(ways.keySet());
    for (String name : names) { // warm-up: one pass each, not measured
      ways.get(name).write(fresh());
    }
    Map<String, List<Pass>> passes = new LinkedHashMap<>();
    names.forEach(n -> passes.put(n, new ArrayList<>()));
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((i + round) % names.size());
        passes.get(name).add(pass(ways.get(name)));
      }
      int roundIndex = round;
      System.out.printf(Locale.ROOT, "bulk round %d: %s%n", round + 1, names.stream()
          .map(n -> String.format(Locale.ROOT, "%s %.0f rows/s", n, passes.get(n).get(roundIndex).rowsPerSecond()))
          .toList());
    }
    // saveAll against the semaphore loop, the close contest: many more passes, in pairs that alternate their order,
    // so that the server's own swings (flushes, compactions) fall on both sides alike
    for (int pair = 0; pair < PAIRS; pair++) {
      for (int i = 0; i < 2; i++) {
        String name = (pair + i) % 2 == 0 ? SAVE_ALL : SEMAPHORE;
        passes.get(name).add(pass(ways.get(name)));
      }
    }
    System.out.printf(Locale.ROOT, "bulk: %d pairs of saveAll and the semaphore loop%n", PAIRS);
    List<Outcome> outcomes = new ArrayList<>();
    List<Pass> mapper = passes.get(SAVE_ALL);
    for (String name : names) {
      List<Pass> other = passes.get(name);
      int paired = Math.min(mapper.size(), other.size());
      double[] ratios = new double[paired];
      double[] cpuRatios = new double[paired];
      for (int r = 0; r < paired; r++) {
        ratios[r] = mapper.get(r).rowsPerSecond() / other.get(r).rowsPerSecond();
        cpuRatios[r] = mapper.get(r).cpuMicrosPerRow() / other.get(r).cpuMicrosPerRow();
      }
      double goal = name.equals(SAVE_ALL) ? Double.NaN
          : name.startsWith("(a)") ? 5.0 : name.equals(SEMAPHORE) ? 1.0 : Double.NaN;
      outcomes.add(new Outcome(name, Statistics.median(other.stream().mapToDouble(Pass::rowsPerSecond).toArray()),
          Statistics.median(other.stream().mapToDouble(Pass::cpuMicrosPerRow).toArray()),
          Statistics.medianOf(ratios), Statistics.medianOf(cpuRatios), goal, paired));
    }
    Files.writeString(output.resolve("bulk.md"), markdown(outcomes));
    return outcomes;
  }

  private static String markdown(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder("# Bulk writes: saveAll against hand-written loops\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s with `--bulk` (the main job runs it last): %,d new products (each "
        + "its own partition) per pass, in one JVM on one session, after one warm-up pass of each way. First %d "
        + "rounds run every way once, in a rotated order; then %d more pairs of passes of saveAll and the semaphore "
        + "loop, the close contest, alternate which goes first. Throughput and client CPU per row are medians over "
        + "passes (client CPU: %s, every thread of the client JVM, the driver's I/O threads included). A ratio is "
        + "coodie4j's throughput over the other way's in the same round or pair, as a median with a 95%% bootstrap "
        + "interval over the pairs counted. Verdicts: met when the interval's lower end reaches the goal, missed "
        + "when its upper end falls short, else inconclusive.%n%n", LocalDate.now(), ROWS, ROUNDS, PAIRS,
        ClientCpu.source()));
    out.append("| way | rows/s (median) | client CPU µs/row | throughput: saveAll ÷ this way (95% interval) | "
        + "client CPU per row: saveAll ÷ this way | pairs | goal | verdict |\n"
        + "|---|---:|---:|---|---|---:|---|---|\n");
    for (Outcome o : outcomes) {
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %s | %s | %d | %s | %s |%n", o.way(),
          o.rowsPerSecond(), o.cpuMicrosPerRow(), o.ratio().format(), o.cpuRatio().format(), o.samples(),
          o.goal() > 0 ? "≥ " + o.goal() + "×" : "", o.goal() > 0 ? o.ratio().atLeast(o.goal()) : ""));
    }
    return out.toString();
  }
}
