package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.ProductDao;
import dev.coodie4j.benchmarks.dsmapper.ProductDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
import java.util.List;
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
 * coodie's {@code bench_delete.py}: each operation saves a new {@code bench_products} row (random id, coodie's
 * defaults) and deletes it, two round trips. {@code single_delete} deletes by the entity, {@code bulk_delete} through
 * the query API (a DELETE of the rows a query on the key names; the DataStax mapper deletes by key). The CQL of the
 * two scenarios is the same, so the raw code of both is the same too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeleteBenchmarks {
  private CqlSession session;
  private EntityTable<Product> products;
  private ProductDao dao;
  private PreparedStatement insert;
  private PreparedStatement deleteById;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    products.sync();
    dao = new ProductDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);
    insert = RawProducts.prepareInsert(session, "", true);
    deleteById = RawProducts.prepare(session, "DELETE FROM " + RawProducts.TABLE + " WHERE id = ?", true);

    checkDeleted("single_delete__coodie4j", single_delete__coodie4j());
    checkDeleted("single_delete__raw", single_delete__raw());
    checkDeleted("single_delete__dsMapper", single_delete__dsMapper());
    checkDeleted("bulk_delete__coodie4j", bulk_delete__coodie4j());
    checkDeleted("bulk_delete__raw", bulk_delete__raw());
    checkDeleted("bulk_delete__dsMapper", bulk_delete__dsMapper());
  }

  private void checkDeleted(String what, UUID id) {
    BenchSession.check(products.get(id).isEmpty(), what + ": the saved row is gone");
  }

  /** A new product as coodie's defaults fill it: brand "Unknown", category "general", price 0, no tags. */
  private static Product product(String name) {
    return new Product(UUID.randomUUID(), name, "Unknown", "general", 0.0f, List.of(), null);
  }

  /** The same for the DataStax mapper, with null tags so that the column stays unset, as coodie4j leaves it. */
  private static DsProduct dsProduct(String name) {
    return new DsProduct(UUID.randomUUID(), name, "Unknown", "general", 0.0f, null, null);
  }

  @Benchmark
  public UUID single_delete__coodie4j() {
    Product product = product("DelTarget");
    products.save(product);
    products.delete(product);
    return product.id();
  }

  @Benchmark
  public UUID single_delete__raw() {
    return saveThenDeleteRaw(product("DelTarget"));
  }

  @Benchmark
  public UUID single_delete__dsMapper() {
    DsProduct product = dsProduct("DelTarget");
    dao.save(product);
    dao.delete(product);
    return product.getId();
  }

  @Benchmark
  public UUID bulk_delete__coodie4j() {
    Product product = product("BulkDel");
    products.save(product);
    products.query().where(Product::id).eq(product.id()).delete();
    return product.id();
  }

  @Benchmark
  public UUID bulk_delete__raw() {
    return saveThenDeleteRaw(product("BulkDel"));
  }

  @Benchmark
  public UUID bulk_delete__dsMapper() {
    DsProduct product = dsProduct("BulkDel");
    dao.save(product);
    dao.deleteById(product.getId());
    return product.getId();
  }

  private UUID saveThenDeleteRaw(Product product) {
    session.execute(RawProducts.bindInsert(insert, product).build());
    session.execute(deleteById.boundStatementBuilder().setUuid(0, product.id()).build());
    return product.id();
  }
}
