package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the async API under load: each invocation sends {@value #OPS} inserts of new products, or reads of one
 * seeded product, from one thread, keeping at most {@code inFlight} requests outstanding. With one in flight this is
 * the latency of the async path; with 16 or 64 it shows what the mapper costs per request once the server is busy and
 * the client's own work is what limits throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ConcurrencyBenchmarks.OPS)
public class ConcurrencyBenchmarks {
  static final int OPS = 256;
  private static final Product SEEDED = new Product(UUID.fromString("5f0c6a3e-2b4d-4c1e-9a7f-3c2d1e0f4a5b"),
      "ConcurrentGet", "BenchBrand", "general", 9.99f, List.of(), null);

  @Param({"1", "16", "64"})
  public int inFlight;

  private CqlSession session;
  private EntityTable<Product> products;
  private PreparedStatement insert;
  private PreparedStatement select;

  @Setup(Level.Trial)
  public void setUp() throws InterruptedException {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    products.sync();
    products.save(SEEDED);
    insert = RawProducts.prepareInsert(session, "", true);
    select = RawProducts.prepareSelect(session, "WHERE id = ?");

    Product written = newProduct();
    products.async().save(written).toCompletableFuture().join();
    check(products.get(written.id()).equals(Optional.of(written)), "coodie4jAsync insert stored its product");
    written = newProduct();
    session.executeAsync(RawProducts.bindInsert(insert, written).build()).toCompletableFuture().join();
    check(products.get(written.id()).equals(Optional.of(written)), "raw insert stored its product");
    check(products.async().get(SEEDED.id()).toCompletableFuture().join().equals(Optional.of(SEEDED)),
        "coodie4jAsync get read the seeded product");
    check(rawGet().toCompletableFuture().join().equals(Optional.of(SEEDED)), "raw get read the seeded product");
    check(concurrent_insert__coodie4jAsync() == OPS && concurrent_insert__raw() == OPS
        && concurrent_get__coodie4jAsync() == OPS && concurrent_get__raw() == OPS, "every operation completed");
  }

  @Benchmark
  public int concurrent_insert__coodie4jAsync() throws InterruptedException {
    return keepInFlight(() -> products.async().save(newProduct()));
  }

  @Benchmark
  public int concurrent_insert__raw() throws InterruptedException {
    return keepInFlight(() -> session.executeAsync(RawProducts.bindInsert(insert, newProduct()).build()));
  }

  @Benchmark
  public int concurrent_get__coodie4jAsync() throws InterruptedException {
    return keepInFlight(() -> products.async().get(SEEDED.id()));
  }

  @Benchmark
  public int concurrent_get__raw() throws InterruptedException {
    return keepInFlight(this::rawGet);
  }

  /**
   * Sends {@value #OPS} operations with at most {@code inFlight} outstanding, waits for all of them and returns how many
   * were sent; the first failure stops sending and is rethrown once the outstanding ones have completed.
   */
  private int keepInFlight(Supplier<CompletionStage<?>> operation) throws InterruptedException {
    Semaphore permits = new Semaphore(inFlight);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int sent = 0;
    while (sent < OPS && failure.get() == null) {
      permits.acquire();
      sent++;
      operation.get().whenComplete((result, error) -> {
        if (error != null) {
          failure.compareAndSet(null, error);
        }
        permits.release();
      });
    }
    permits.acquire(inFlight);
    if (failure.get() != null) {
      throw new IllegalStateException("a concurrent operation failed", failure.get());
    }
    return sent;
  }

  /** A new product as {@code single_insert} writes it: description null and tags empty, which coodie4j leaves unset. */
  private static Product newProduct() {
    return new Product(UUID.randomUUID(), "BenchItem", "BenchBrand", "general", 9.99f, List.of(), null);
  }

  private CompletionStage<Optional<Product>> rawGet() {
    return session.executeAsync(select.boundStatementBuilder().setUuid(0, SEEDED.id()).build())
        .thenApply(rows -> Optional.ofNullable(rows.one()).map(RawProducts::read));
  }
}
