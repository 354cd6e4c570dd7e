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
 * round runs every way once, in a rotated order, in one warm JVM on one session; the ratio of each round is
 * coodie4j's throughput over the other's, and the report gives their median with a 95% bootstrap interval.
 */
final class BulkCheck {
  static final int ROWS = 10_000;
  private static final int ROUNDS = 8;
  private static final int IN_FLIGHT = 64;

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

  /** A way's throughput, and coodie4j's throughput over it with its interval; goal NaN where there is none. */
  record Outcome(String way, double rowsPerSecond, Statistics.Interval ratio, double goal) {}

  /** Runs every way, writes {@code bulk.md} into the output directory and returns the outcomes. */
  static List<Outcome> run(Path output) throws Exception {
    BulkCheck check = new BulkCheck();
    Map<String, Way> ways = new LinkedHashMap<>();
    ways.put("coodie4j saveAll (64 in flight)", check::saveAll);
    ways.put("(a) raw sequential loop", check::sequential);
    ways.put("(b) raw async loop, semaphore of 64", check::semaphore);
    ways.put("(c) coodie4j logged batches of 10, in turn", rows -> check.batches(rows, 10));
    ways.put("(c) coodie4j logged batches of 100, in turn", rows -> check.batches(rows, 100));
    List<String> names = List.copyOf(ways.keySet());
    for (String name : names) { // warm-up: one pass each, not measured
      ways.get(name).write(fresh());
    }
    Map<String, double[]> rowsPerSecond = new LinkedHashMap<>();
    names.forEach(n -> rowsPerSecond.put(n, new double[ROUNDS]));
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((i + round) % names.size());
        List<Product> rows = fresh();
        long start = System.nanoTime();
        ways.get(name).write(rows);
        rowsPerSecond.get(name)[round] = ROWS / ((System.nanoTime() - start) / 1e9);
      }
      int roundIndex = round;
      System.out.printf(Locale.ROOT, "bulk round %d: %s%n", round + 1, names.stream()
          .map(n -> String.format(Locale.ROOT, "%s %.0f rows/s", n, rowsPerSecond.get(n)[roundIndex])).toList());
    }
    List<Outcome> outcomes = new java.util.ArrayList<>();
    double[] mapper = rowsPerSecond.get(names.get(0));
    for (String name : names) {
      double[] other = rowsPerSecond.get(name);
      double[] ratios = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        ratios[r] = mapper[r] / other[r];
      }
      double goal = name.equals(names.get(0)) ? Double.NaN
          : name.startsWith("(a)") ? 5.0 : name.startsWith("(b)") ? 1.0 : Double.NaN;
      outcomes.add(new Outcome(name, Statistics.median(other), Statistics.medianOf(ratios), goal));
    }
    Files.writeString(output.resolve("bulk.md"), markdown(outcomes));
    return outcomes;
  }

  private static String markdown(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder("# Bulk writes: saveAll against hand-written loops\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s with `--bulk` (the main job runs it last): %,d new products (each "
        + "its own partition) per pass, %d rounds after one warm-up pass of each way, the ways in a rotated order in one "
        + "JVM on one session. Throughput is the median over rounds; the ratio is coodie4j's throughput over the other "
        + "way's in the same round, as a median with a 95%% bootstrap interval over rounds. Verdicts: met when the "
        + "interval's lower end reaches the goal, missed when its upper end falls short, else inconclusive.%n%n",
        LocalDate.now(), ROWS, ROUNDS));
    out.append("| way | rows/s (median) | coodie4j saveAll ÷ this way (95% interval) | goal | verdict |\n"
        + "|---|---:|---|---|---|\n");
    for (Outcome o : outcomes) {
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s |%n", o.way(), o.rowsPerSecond(),
          o.ratio().format(), o.goal() > 0 ? "≥ " + o.goal() + "×" : "", o.goal() > 0 ? o.ratio().atLeast(o.goal()) : ""));
    }
    return out.toString();
  }
}
