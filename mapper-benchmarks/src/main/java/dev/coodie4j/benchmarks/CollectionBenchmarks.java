package dev.coodie4j.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.ProductDao;
import dev.coodie4j.benchmarks.dsmapper.ProductDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.table.EntityTable;
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
 * coodie's {@code bench_collections.py}: {@code bench_products} rows with a five-element {@code list<text>} of tags.
 * {@code collection_write} saves a new row (the list written whole), {@code collection_read} reads a fixed row and
 * maps its list, {@code collection_roundtrip} saves a new row and reads it back (two round trips).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CollectionBenchmarks {
  private static final List<String> TAGS = List.of("alpha", "beta", "gamma", "delta", "epsilon");
  private static final Product READ_ROW =
      product(UUID.nameUUIDFromBytes("bench_collections/read".getBytes(UTF_8)), "CollRead");

  private CqlSession session;
  private EntityTable<Product> products;
  private ProductDao dao;
  private PreparedStatement insert;
  private PreparedStatement selectById;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(Product.class);
    products.sync();
    products.save(READ_ROW);
    dao = new ProductDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);
    insert = RawProducts.prepareInsert(session, "", true);
    selectById = RawProducts.prepareSelect(session, "WHERE id = ?");

    checkWritten("collection_write__coodie4j", collection_write__coodie4j());
    checkWritten("collection_write__raw", collection_write__raw());
    checkWritten("collection_write__dsMapper", collection_write__dsMapper());
    checkRead("collection_read__coodie4j", collection_read__coodie4j(), READ_ROW.name());
    checkRead("collection_read__raw", collection_read__raw(), READ_ROW.name());
    checkRead("collection_read__dsMapper", Optional.ofNullable(collection_read__dsMapper()).map(RawProducts::fromDs),
        READ_ROW.name());
    checkRead("collection_roundtrip__coodie4j", collection_roundtrip__coodie4j(), "CollRT");
    checkRead("collection_roundtrip__raw", collection_roundtrip__raw(), "CollRT");
    checkRead("collection_roundtrip__dsMapper",
        Optional.ofNullable(collection_roundtrip__dsMapper()).map(RawProducts::fromDs), "CollRT");
  }

  private void checkWritten(String what, UUID id) {
    checkRead(what, products.get(id), "CollWrite");
  }

  /** A row was read, equal to the product of that name, its tags in order. */
  private static void checkRead(String what, Optional<Product> read, String name) {
    BenchSession.check(read.isPresent() && read.get().equals(product(read.get().id(), name)),
        what + ": the " + name + " row with its five tags, got " + read);
  }

  /** A product as coodie's defaults fill it (brand "Unknown", category "general", price 0), with the five tags. */
  private static Product product(UUID id, String name) {
    return new Product(id, name, "Unknown", "general", 0.0f, TAGS, null);
  }

  private static DsProduct dsProduct(UUID id, String name) {
    return new DsProduct(id, name, "Unknown", "general", 0.0f, TAGS, null);
  }

  @Benchmark
  public UUID collection_write__coodie4j() {
    Product product = product(UUID.randomUUID(), "CollWrite");
    products.save(product);
    return product.id();
  }

  @Benchmark
  public UUID collection_write__raw() {
    Product product = product(UUID.randomUUID(), "CollWrite");
    session.execute(RawProducts.bindInsert(insert, product).build());
    return product.id();
  }

  @Benchmark
  public UUID collection_write__dsMapper() {
    DsProduct product = dsProduct(UUID.randomUUID(), "CollWrite");
    dao.save(product);
    return product.getId();
  }

  @Benchmark
  public Optional<Product> collection_read__coodie4j() {
    return products.get(READ_ROW.id());
  }

  @Benchmark
  public Optional<Product> collection_read__raw() {
    return RawProducts.get(session, selectById, READ_ROW.id());
  }

  @Benchmark
  public DsProduct collection_read__dsMapper() {
    return dao.findById(READ_ROW.id());
  }

  @Benchmark
  public Optional<Product> collection_roundtrip__coodie4j() {
    Product product = product(UUID.randomUUID(), "CollRT");
    products.save(product);
    return products.get(product.id());
  }

  @Benchmark
  public Optional<Product> collection_roundtrip__raw() {
    Product product = product(UUID.randomUUID(), "CollRT");
    session.execute(RawProducts.bindInsert(insert, product).build());
    return RawProducts.get(session, selectById, product.id());
  }

  @Benchmark
  public DsProduct collection_roundtrip__dsMapper() {
    DsProduct product = dsProduct(UUID.randomUUID(), "CollRT");
    dao.save(product);
    return dao.findById(product.getId());
  }
}
