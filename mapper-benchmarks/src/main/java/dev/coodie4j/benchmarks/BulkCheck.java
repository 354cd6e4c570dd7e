package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.BulkGrouping;
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
 * coodie4j's {@code saveAll} (grouping by partition, the default, and by replica set), by a sequential loop of prepared
 * statements, by an async loop holding 64 requests in flight with a semaphore, and as the batch scenarios' logged
 * batches of 10 and of 100 sent one after another. Each round runs every way once, in a balanced order, in one warm JVM
 * on one session; then both saveAlls and the semaphore loop run {@value #TRIPLES} more rounds of their own. The ratio
 * of each round is coodie4j's throughput over the other's, and the report gives their median with a 95% bootstrap
 * interval, and each way's client CPU per row.
 */
final class BulkCheck {
  static final int ROWS = 10_000;
  private static final int ROUNDS = 8;
  private static final int IN_FLIGHT = 64;
  /** Extra rounds of the two saveAlls and the semaphore loop. */
  private static final int TRIPLES = 24;
  private static final String SAVE_ALL = "coodie4j saveAll (64 in flight)";
  private static final String BY_REPLICAS = "coodie4j saveAll, BulkGrouping.REPLICA_SET (64 in flight)";
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

  private void saveAll(List<Product> rows, BulkGrouping grouping) {
    BulkSaveResult<Product> result = products.saveAll(rows, dev.coodie4j.WriteOptions.defaults(), IN_FLIGHT,
        grouping);
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
   * A coodie4j way against another: the other's throughput and client CPU per row (medians), and coodie4j's throughput
   * and CPU per row over the other's, with intervals from {@code samples} rounds; goal NaN where there is none.
   */
  record Outcome(String mapperWay, String way, double rowsPerSecond, double cpuMicrosPerRow,
      Statistics.Interval ratio, Statistics.Interval cpuRatio, double goal, int samples) {}

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
    ways.put(SAVE_ALL, rows -> check.saveAll(rows, BulkGrouping.PARTITION));
    ways.put(BY_REPLICAS, rows -> check.saveAll(rows, BulkGrouping.REPLICA_SET));
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
      for (String name : balancedOrder(names, round)) {
        passes.get(name).add(pass(ways.get(name)));
      }
      int roundIndex = round;
      System.out.printf(Locale.ROOT, "bulk round %d: %s%n", round + 1, names.stream()
          .map(n -> String.format(Locale.ROOT, "%s %.0f rows/s", n, passes.get(n).get(roundIndex).rowsPerSecond()))
          .toList());
    }
    // both saveAlls against the semaphore loop, the close contests: many more rounds of the three, in balanced
    // orders, so that the server's own swings (flushes, compactions) fall on every side alike
    List<String> close = List.of(SAVE_ALL, SEMAPHORE, BY_REPLICAS);
    for (int triple = 0; triple < TRIPLES; triple++) {
      for (String name : balancedOrder(close, triple)) {
        passes.get(name).add(pass(ways.get(name)));
      }
    }
    System.out.printf(Locale.ROOT, "bulk: %d more rounds of both saveAlls and the semaphore loop%n", TRIPLES);
    List<Outcome> outcomes = new ArrayList<>();
    for (String name : names) {
      if (!name.equals(SAVE_ALL) && !name.equals(BY_REPLICAS)) {
        double goal = name.startsWith("(a)") ? 5.0 : name.equals(SEMAPHORE) ? 1.0 : Double.NaN;
        outcomes.add(outcome(SAVE_ALL, name, passes, goal));
      }
    }
    outcomes.add(outcome(BY_REPLICAS, SEMAPHORE, passes, 1.0));
    Files.writeString(output.resolve("bulk.md"), markdown(names, passes, outcomes));
    return outcomes;
  }

  /**
   * The order of {@code round} in a Williams design: over {@code n} rounds ({@code 2n} for an odd {@code n}) each way
   * runs right after each other way equally often. A pass leaves the server work to finish (flushes, compactions,
   * the batchlog), which the next pass pays for; a plain rotation gives each way the same predecessor round after
   * round (in a rotation of the six ways, the default saveAll always ran after the logged batches of 100, the
   * semaphore loop after the sequential loop), and so a bias no number of rounds removes.
   */
  static <T> List<T> balancedOrder(List<T> ways, int round) {
    int n = ways.size();
    int[] first = new int[n]; // 0, 1, n-1, 2, n-2, ...
    for (int i = 1, low = 1, high = n - 1; i < n; i++) {
      first[i] = i % 2 == 1 ? low++ : high--;
    }
    int row = n % 2 == 0 ? round % n : round % (2 * n);
    List<T> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int column = row < n ? i : n - 1 - i; // an odd n also takes each row reversed
      order.add(ways.get((first[column] + row) % n));
    }
    return order;
  }

  private static Outcome outcome(String mapperWay, String way, Map<String, List<Pass>> passes, double goal) {
    List<Pass> mapper = passes.get(mapperWay);
    List<Pass> other = passes.get(way);
    int paired = Math.min(mapper.size(), other.size());
    double[] ratios = new double[paired];
    double[] cpuRatios = new double[paired];
    for (int r = 0; r < paired; r++) {
      ratios[r] = mapper.get(r).rowsPerSecond() / other.get(r).rowsPerSecond();
      cpuRatios[r] = mapper.get(r).cpuMicrosPerRow() / other.get(r).cpuMicrosPerRow();
    }
    return new Outcome(mapperWay, way, median(other, Pass::rowsPerSecond), median(other, Pass::cpuMicrosPerRow),
        Statistics.medianOf(ratios), Statistics.medianOf(cpuRatios), goal, paired);
  }

  private static double median(List<Pass> passes, java.util.function.ToDoubleFunction<Pass> value) {
    return Statistics.median(passes.stream().mapToDouble(value).toArray());
  }

  private static String markdown(List<String> names, Map<String, List<Pass>> passes, List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder("# Bulk writes: saveAll against hand-written loops\n\n");
    out.append(String.format(Locale.ROOT, "Run on %s with `--bulk` (the main job runs it last): %,d new products (each "
        + "its own partition) per pass, in one JVM on one session, after one warm-up pass of each way. First %d "
        + "rounds run every way once; then %d more rounds of both saveAlls and the semaphore loop, the close "
        + "contests. Orders follow a Williams design, so that each way runs right after each other way equally "
        + "often (a pass leaves the server flushes and compactions that the next one pays for). Throughput and "
        + "client CPU per row are medians over passes (client CPU: %s, every thread of the client JVM, the "
        + "driver's I/O threads included). A ratio is coodie4j's throughput over the other way's in the same "
        + "round, as a median with a 95%% bootstrap interval over the rounds counted. Verdicts: met when the "
        + "interval's lower end reaches the goal, missed when its upper end falls short, else inconclusive.%n%n",
        LocalDate.now(), ROWS, ROUNDS, TRIPLES, ClientCpu.source()));
    out.append("| way | rows/s (median) | client CPU µs/row | passes |\n|---|---:|---:|---:|\n");
    for (String name : names) {
      List<Pass> own = passes.get(name);
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %d |%n", name, median(own, Pass::rowsPerSecond),
          median(own, Pass::cpuMicrosPerRow), own.size()));
    }
    out.append("\n| coodie4j way | against | throughput: coodie4j ÷ other (95% interval) | "
        + "client CPU per row: coodie4j ÷ other | rounds | goal | verdict |\n"
        + "|---|---|---|---|---:|---|---|\n");
    for (Outcome o : outcomes) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %s |%n", o.mapperWay(), o.way(),
          o.ratio().format(), o.cpuRatio().format(), o.samples(),
          o.goal() > 0 ? "≥ " + o.goal() + "×" : "", o.goal() > 0 ? o.ratio().atLeast(o.goal()) : ""));
    }
    return out.toString();
  }
}
