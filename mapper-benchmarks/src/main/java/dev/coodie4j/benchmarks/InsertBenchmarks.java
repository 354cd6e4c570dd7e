package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.ProductDao;
import dev.coodie4j.benchmarks.dsmapper.ProductDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * coodie's {@code bench_insert.py}: one round trip per operation, each writing a new {@code bench_products} row with a
 * random id. {@code single_insert} is a plain INSERT, {@code insert_with_ttl} adds {@code USING TTL ?} bound to 60,
 * {@code insert_if_not_exists} is a lightweight transaction (a Paxos round) whose outcome every side reads. The tags
 * are empty and the description null, so every side leaves those two columns unset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InsertBenchmarks {
  private static final int TTL_SECONDS = 60;
  private static final WriteOptions TTL = WriteOptions.defaults().withTtl(Duration.ofSeconds(TTL_SECONDS));

  private CqlSession session;
  private EntityTable<Product> products;
  private ProductDao dao;
  private EntityTable<Product> listenedProducts;
  private PreparedStatement insert;
  private PreparedStatement insertWithTtl;
  private PreparedStatement insertIfNotExists;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    listenedProducts = bench.listenedMapper().table(Product.class);
    products.sync();
    dao = new ProductDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);
    insert = RawProducts.prepareInsert(session, "", true);
    insertWithTtl = RawProducts.prepareInsert(session, " USING TTL ?", true);
    // a retried conditional insert whose first attempt applied would report "not applied": never retried
    insertIfNotExists = RawProducts.prepareInsert(session, " IF NOT EXISTS", false);

    checkWritten("single_insert", "coodie4j", single_insert__coodie4j(), "BenchItem", 9.99f, false);
    checkWritten("single_insert", "coodie4jAsync", single_insert__coodie4jAsync(), "BenchItem", 9.99f, false);
    checkWritten("single_insert", "raw", single_insert__raw(), "BenchItem", 9.99f, false);
    long events = bench.events();
    checkWritten("single_insert", "coodie4jListener", single_insert__coodie4jListener(), "BenchItem", 9.99f, false);
    BenchSession.check(bench.events() == events + 1, "single_insert__coodie4jListener: one event");
    checkWritten("single_insert", "dsMapper", single_insert__dsMapper(), "BenchItem", 9.99f, false);
    checkWritten("insert_with_ttl", "coodie4j", insert_with_ttl__coodie4j(), "BenchTTL", 2.0f, true);
    checkWritten("insert_with_ttl", "raw", insert_with_ttl__raw(), "BenchTTL", 2.0f, true);
    checkWritten("insert_with_ttl", "dsMapper", insert_with_ttl__dsMapper(), "BenchTTL", 2.0f, true);
    BenchSession.check(insert_if_not_exists__coodie4j(), "insert_if_not_exists__coodie4j: applied");
    BenchSession.check(insert_if_not_exists__raw(), "insert_if_not_exists__raw: applied");
    BenchSession.check(insert_if_not_exists__dsMapper(), "insert_if_not_exists__dsMapper: applied");
  }

  /** The row with this id reads back as written, with a TTL on its cells exactly when one was asked for. */
  private void checkWritten(String scenario, String impl, UUID id, String name, float price, boolean withTtl) {
    String what = scenario + "__" + impl;
    BenchSession.check(products.get(id).equals(Optional.of(product(id, name, price))),
        what + ": the row reads back as written");
    Integer ttl = products.query().where(Product::id).eq(id).ttl(Product::name).orElse(null);
    BenchSession.check(withTtl ? ttl != null && ttl > 0 && ttl <= TTL_SECONDS : ttl == null,
        what + ": TTL " + ttl + (withTtl ? " is set" : " is not set"));
  }

  /** A product as coodie's defaults fill it: category "general", no tags, no description. */
  private static Product product(UUID id, String name, float price) {
    return new Product(id, name, "BenchBrand", "general", price, List.of(), null);
  }

  /** The same product for the DataStax mapper: null tags, as its users leave an empty list, so it stays unset. */
  private static DsProduct dsProduct(UUID id, String name, float price) {
    return new DsProduct(id, name, "BenchBrand", "general", price, null, null);
  }

  @Benchmark
  public UUID single_insert__coodie4j() {
    Product product = product(UUID.randomUUID(), "BenchItem", 9.99f);
    products.save(product);
    return product.id();
  }

  /** With an operation listener: not a suite benchmark, the listener-overhead pair of {@link InterleavedCheck}. */
  public UUID single_insert__coodie4jListener() {
    Product product = product(UUID.randomUUID(), "BenchItem", 9.99f);
    listenedProducts.save(product);
    return product.id();
  }

  @Benchmark
  public UUID single_insert__coodie4jAsync() {
    Product product = product(UUID.randomUUID(), "BenchItem", 9.99f);
    products.async().save(product).toCompletableFuture().join();
    return product.id();
  }

  @Benchmark
  public UUID single_insert__raw() {
    Product product = product(UUID.randomUUID(), "BenchItem", 9.99f);
    session.execute(RawProducts.bindInsert(insert, product).build());
    return product.id();
  }

  @Benchmark
  public UUID single_insert__dsMapper() {
    DsProduct product = dsProduct(UUID.randomUUID(), "BenchItem", 9.99f);
    dao.save(product);
    return product.getId();
  }

  @Benchmark
  public UUID insert_with_ttl__coodie4j() {
    Product product = product(UUID.randomUUID(), "BenchTTL", 2.0f);
    products.save(product, TTL);
    return product.id();
  }

  @Benchmark
  public UUID insert_with_ttl__raw() {
    Product product = product(UUID.randomUUID(), "BenchTTL", 2.0f);
    session.execute(RawProducts.bindInsert(insertWithTtl, product).setInt(7, TTL_SECONDS).build());
    return product.id();
  }

  @Benchmark
  public UUID insert_with_ttl__dsMapper() {
    DsProduct product = dsProduct(UUID.randomUUID(), "BenchTTL", 2.0f);
    dao.saveWithTtl(product, TTL_SECONDS);
    return product.getId();
  }

  @Benchmark
  public boolean insert_if_not_exists__coodie4j() {
    return products.insertIfNotExists(product(UUID.randomUUID(), "BenchINE", 1.0f)).applied();
  }

  @Benchmark
  public boolean insert_if_not_exists__raw() {
    return session.execute(RawProducts.bindInsert(insertIfNotExists, product(UUID.randomUUID(), "BenchINE", 1.0f))
        .build()).wasApplied();
  }

  @Benchmark
  public boolean insert_if_not_exists__dsMapper() {
    return dao.insertIfNotExists(dsProduct(UUID.randomUUID(), "BenchINE", 1.0f));
  }
}
