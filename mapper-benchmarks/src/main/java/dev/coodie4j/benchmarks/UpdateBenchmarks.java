package dev.coodie4j.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.ProductDao;
import dev.coodie4j.benchmarks.dsmapper.ProductDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * coodie's {@code bench_update.py}, on one fixed {@code bench_products} row: {@code partial_update} reads the row by
 * key and then sets its price (two round trips, as coodie's {@code get(...).update(...)}), {@code update_if_condition}
 * does the same with {@code IF brand = ?} (a Paxos round whose outcome every side reads); the {@code _fair} variants
 * send the UPDATE alone, one round trip, as a user who knows the key writes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UpdateBenchmarks {
  private static final UUID ID = UUID.nameUUIDFromBytes("bench_update/target".getBytes(UTF_8));
  private static final String BRAND = "UpdateBrand";
  private static final Product TARGET = new Product(ID, "UpdateTarget", BRAND, "general", 1.0f, List.of(), null);
  private static final float PRICE = 42.0f;
  private static final float CONDITIONAL_PRICE = 99.0f;

  private CqlSession session;
  private EntityTable<Product> products;
  private ProductDao dao;
  private PreparedStatement selectById;
  private PreparedStatement updatePrice;
  private PreparedStatement updatePriceIfBrand;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    products.sync();
    dao = new ProductDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);
    selectById = RawProducts.prepareSelect(session, "WHERE id = ?");
    updatePrice = RawProducts.prepare(session, "UPDATE " + RawProducts.TABLE + " SET price = ? WHERE id = ?", true);
    updatePriceIfBrand = RawProducts.prepare(session,
        "UPDATE " + RawProducts.TABLE + " SET price = ? WHERE id = ? IF brand = ?", false);

    // the conditional checks first: a plain write carries the client's microsecond clock, a conditional write right
    // after it the server's Paxos timestamp, which counts in milliseconds and can be the earlier one, and then loses
    products.save(TARGET);
    checkConditionalUpdate("update_if_condition__coodie4j", this::update_if_condition__coodie4j);
    checkConditionalUpdate("update_if_condition__raw", this::update_if_condition__raw);
    checkConditionalUpdate("update_if_condition__dsMapper", this::update_if_condition__dsMapper);
    checkConditionalUpdate("update_if_condition_fair__coodie4j", this::update_if_condition_fair__coodie4j);
    checkConditionalUpdate("update_if_condition_fair__raw", this::update_if_condition_fair__raw);
    checkConditionalUpdate("update_if_condition_fair__dsMapper", this::update_if_condition_fair__dsMapper);
    checkUpdate("partial_update__coodie4j", this::partial_update__coodie4j);
    checkUpdate("partial_update__raw", this::partial_update__raw);
    checkUpdate("partial_update__dsMapper", this::partial_update__dsMapper);
    checkUpdate("partial_update_fair__coodie4j", this::partial_update_fair__coodie4j);
    checkUpdate("partial_update_fair__raw", this::partial_update_fair__raw);
    checkUpdate("partial_update_fair__dsMapper", this::partial_update_fair__dsMapper);
    products.save(TARGET);
  }

  /** From the seeded row, the update leaves the same row with only the price changed. */
  private void checkUpdate(String what, Runnable update) {
    products.save(TARGET);
    update.run();
    checkPrice(what, PRICE);
  }

  /** The same for a conditional update, from the seeded price restored by a conditional write too. */
  private void checkConditionalUpdate(String what, BooleanSupplier update) {
    BenchSession.check(products.update(ID).set(Product::price, TARGET.price()).onlyIf(Product::brand).eq(BRAND)
        .execute().applied(), what + ": the price is reset");
    BenchSession.check(update.getAsBoolean(), what + ": applied");
    checkPrice(what, CONDITIONAL_PRICE);
  }

  private void checkPrice(String what, float price) {
    Product expected = new Product(ID, TARGET.name(), BRAND, TARGET.category(), price, List.of(), null);
    BenchSession.check(products.get(ID).equals(Optional.of(expected)), what + ": only the price changed, to " + price);
  }

  @Benchmark
  public LwtResult<Product> partial_update__coodie4j() {
    Product product = products.get(ID).orElseThrow();
    return products.update(product.id()).set(Product::price, PRICE).execute();
  }

  @Benchmark
  public ResultSet partial_update__raw() {
    Product product = RawProducts.get(session, selectById, ID).orElseThrow();
    return session.execute(updatePrice.boundStatementBuilder().setFloat(0, PRICE).setUuid(1, product.id()).build());
  }

  @Benchmark
  public DsProduct partial_update__dsMapper() {
    DsProduct product = dao.findById(ID);
    dao.updatePrice(product.getId(), PRICE);
    return product;
  }

  @Benchmark
  public LwtResult<Product> partial_update_fair__coodie4j() {
    return products.update(ID).set(Product::price, PRICE).execute();
  }

  @Benchmark
  public ResultSet partial_update_fair__raw() {
    return session.execute(updatePrice.boundStatementBuilder().setFloat(0, PRICE).setUuid(1, ID).build());
  }

  @Benchmark
  public void partial_update_fair__dsMapper() {
    dao.updatePrice(ID, PRICE);
  }

  @Benchmark
  public boolean update_if_condition__coodie4j() {
    Product product = products.get(ID).orElseThrow();
    return updateIfBrandCoodie4j(product.id());
  }

  @Benchmark
  public boolean update_if_condition__raw() {
    Product product = RawProducts.get(session, selectById, ID).orElseThrow();
    return updateIfBrandRaw(product.id());
  }

  @Benchmark
  public boolean update_if_condition__dsMapper() {
    DsProduct product = dao.findById(ID);
    return dao.updatePriceIfBrand(product.getId(), CONDITIONAL_PRICE, BRAND);
  }

  @Benchmark
  public boolean update_if_condition_fair__coodie4j() {
    return updateIfBrandCoodie4j(ID);
  }

  @Benchmark
  public boolean update_if_condition_fair__raw() {
    return updateIfBrandRaw(ID);
  }

  @Benchmark
  public boolean update_if_condition_fair__dsMapper() {
    return dao.updatePriceIfBrand(ID, CONDITIONAL_PRICE, BRAND);
  }

  private boolean updateIfBrandCoodie4j(UUID id) {
    return products.update(id).set(Product::price, CONDITIONAL_PRICE).onlyIf(Product::brand).eq(BRAND).execute()
        .applied();
  }

  private boolean updateIfBrandRaw(UUID id) {
    return session.execute(updatePriceIfBrand.boundStatementBuilder()
        .setFloat(0, CONDITIONAL_PRICE).setUuid(1, id).setString(2, BRAND).build()).wasApplied();
  }
}
