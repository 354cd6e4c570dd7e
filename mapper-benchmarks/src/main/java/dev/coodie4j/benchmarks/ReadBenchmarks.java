package dev.coodie4j.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.ProductDao;
import dev.coodie4j.benchmarks.dsmapper.ProductDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * coodie's {@code bench_read.py}, over 100 seeded {@code bench_products} rows of brand "ReadBrand": {@code get_by_pk}
 * reads one row by its key; {@code filter_secondary_index}, {@code filter_limit} and {@code count} find the rows
 * through the brand index (with ALLOW FILTERING, as coodie's suite writes them), mapping all 100 rows, the first 10,
 * or counting them on the server. The seed ids are fixed, so every fork and every implementation reads the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmarks {
  private static final String BRAND = "ReadBrand";
  private static final int LIMIT = 10;
  private static final List<Product> SEED = IntStream.range(0, 100)
      .mapToObj(i -> new Product(UUID.nameUUIDFromBytes(("bench_read/" + i).getBytes(UTF_8)), "ReadItem" + i, BRAND,
          "read_bench", i, List.of(), null))
      .toList();
  private static final UUID FIRST_ID = SEED.get(0).id();

  private CqlSession session;
  private EntityTable<Product> products;
  private EntityTable<Product> listenedProducts;
  private ProductDao dao;
  private PreparedStatement selectById;
  private PreparedStatement selectByBrand;
  private PreparedStatement selectByBrandLimit;
  private PreparedStatement countByBrand;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    listenedProducts = bench.listenedMapper().table(Product.class);
    products.sync();
    CompletableFuture.allOf(SEED.stream()
        .map(product -> products.async().save(product).toCompletableFuture())
        .toArray(CompletableFuture[]::new)).join();
    dao = new ProductDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);
    selectById = RawProducts.prepareSelect(session, "WHERE id = ?");
    selectByBrand = RawProducts.prepareSelect(session, "WHERE brand = ? ALLOW FILTERING");
    selectByBrandLimit = RawProducts.prepareSelect(session, "WHERE brand = ? LIMIT ? ALLOW FILTERING");
    countByBrand = RawProducts.prepare(session,
        "SELECT COUNT(*) FROM " + RawProducts.TABLE + " WHERE brand = ? ALLOW FILTERING", true);

    Optional<Product> first = Optional.of(SEED.get(0));
    BenchSession.check(get_by_pk__coodie4j().equals(first), "get_by_pk__coodie4j: the seeded row");
    BenchSession.check(get_by_pk__coodie4jAsync().equals(first), "get_by_pk__coodie4jAsync: the seeded row");
    BenchSession.check(get_by_pk__raw().equals(first), "get_by_pk__raw: the seeded row");
    long events = bench.events();
    BenchSession.check(get_by_pk__coodie4jListener().equals(first) && bench.events() == events + 1,
        "get_by_pk__coodie4jListener: the seeded row, and one event");
    BenchSession.check(RawProducts.fromDs(get_by_pk__dsMapper()).equals(SEED.get(0)),
        "get_by_pk__dsMapper: the seeded row");
    checkSeedRows("filter_secondary_index__coodie4j", filter_secondary_index__coodie4j(), SEED.size());
    checkSeedRows("filter_secondary_index__raw", filter_secondary_index__raw(), SEED.size());
    checkSeedRows("filter_secondary_index__dsMapper", fromDs(filter_secondary_index__dsMapper()), SEED.size());
    checkSeedRows("filter_limit__coodie4j", filter_limit__coodie4j(), LIMIT);
    checkSeedRows("filter_limit__raw", filter_limit__raw(), LIMIT);
    checkSeedRows("filter_limit__dsMapper", fromDs(filter_limit__dsMapper()), LIMIT);
    BenchSession.check(count__coodie4j() == SEED.size(), "count__coodie4j: " + SEED.size());
    BenchSession.check(count__raw() == SEED.size(), "count__raw: " + SEED.size());
    BenchSession.check(count__dsMapper() == SEED.size(), "count__dsMapper: " + SEED.size());
  }

  /** {@code size} distinct seeded rows, each read back as written. */
  private static void checkSeedRows(String what, Collection<Product> rows, int size) {
    BenchSession.check(rows.size() == size && new HashSet<>(rows).size() == size && SEED.containsAll(rows),
        what + ": " + size + " distinct seeded rows, got " + rows.size());
  }

  private static List<Product> fromDs(List<DsProduct> rows) {
    return rows.stream().map(RawProducts::fromDs).toList();
  }

  private static List<Product> readAll(Iterable<Row> rows) {
    List<Product> products = new ArrayList<>();
    for (Row row : rows) {
      products.add(RawProducts.read(row));
    }
    return products;
  }

  @Benchmark
  public Optional<Product> get_by_pk__coodie4j() {
    return products.get(FIRST_ID);
  }

  /** With an operation listener: not a suite benchmark, the listener-overhead pair of {@link InterleavedCheck}. */
  public Optional<Product> get_by_pk__coodie4jListener() {
    return listenedProducts.get(FIRST_ID);
  }

  @Benchmark
  public Optional<Product> get_by_pk__coodie4jAsync() {
    return products.async().get(FIRST_ID).toCompletableFuture().join();
  }

  @Benchmark
  public Optional<Product> get_by_pk__raw() {
    return RawProducts.get(session, selectById, FIRST_ID);
  }

  @Benchmark
  public DsProduct get_by_pk__dsMapper() {
    return dao.findById(FIRST_ID);
  }

  @Benchmark
  public List<Product> filter_secondary_index__coodie4j() {
    return products.query().where(Product::brand).eq(BRAND).allowFiltering().list();
  }

  @Benchmark
  public List<Product> filter_secondary_index__raw() {
    return readAll(session.execute(selectByBrand.boundStatementBuilder().setString(0, BRAND).build()));
  }

  @Benchmark
  public List<DsProduct> filter_secondary_index__dsMapper() {
    return dao.findByBrand(BRAND).all();
  }

  @Benchmark
  public List<Product> filter_limit__coodie4j() {
    return products.query().where(Product::brand).eq(BRAND).limit(LIMIT).allowFiltering().list();
  }

  @Benchmark
  public List<Product> filter_limit__raw() {
    return readAll(session.execute(selectByBrandLimit.boundStatementBuilder()
        .setString(0, BRAND).setInt(1, LIMIT).build()));
  }

  @Benchmark
  public List<DsProduct> filter_limit__dsMapper() {
    return dao.findByBrand(BRAND, LIMIT).all();
  }

  @Benchmark
  public long count__coodie4j() {
    return products.query().where(Product::brand).eq(BRAND).allowFiltering().count();
  }

  @Benchmark
  public long count__raw() {
    return session.execute(countByBrand.boundStatementBuilder().setString(0, BRAND).build()).one().getLong(0);
  }

  @Benchmark
  public long count__dsMapper() {
    return dao.countByBrand(BRAND);
  }
}
