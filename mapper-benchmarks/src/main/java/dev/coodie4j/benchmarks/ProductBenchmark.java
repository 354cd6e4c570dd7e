package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.EntityTable;
import dev.coodie4j.KeyspaceDefinition;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.testkit.TestServers;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * single_insert and get_by_pk: coodie4j against raw driver code with statements prepared once and values bound by
 * index, as a careful user writes it. Each side checks its result once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProductBenchmark {
  private static final String KEYSPACE = "coodie4j_bench";

  private CqlSession session;
  private EntityTable<BenchProduct> products;
  private PreparedStatement rawInsert;
  private PreparedStatement rawSelect;
  private BenchProduct product;

  @Setup(Level.Trial)
  public void setUp() {
    session = TestServers.shared().newSession();
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(KEYSPACE).build();
    mapper.createKeyspace(KeyspaceDefinition.named(KEYSPACE).simpleStrategy(1));
    products = mapper.table(BenchProduct.class);
    products.sync();
    rawInsert = session.prepare("INSERT INTO " + KEYSPACE + ".bench_products"
        + " (id, name, description, price, stock, category) VALUES (?, ?, ?, ?, ?, ?)");
    rawSelect = session.prepare("SELECT id, name, description, price, stock, category FROM " + KEYSPACE
        + ".bench_products WHERE id = ?");
    product = new BenchProduct(UUID.randomUUID(), "Lamp", "A desk lamp", 19.5, 7, "lighting");
    products.save(product);
    if (!products.get(product.id()).orElseThrow().equals(product) || !rawGet().equals(product)) {
      throw new IllegalStateException("setup check failed: the product did not read back equal");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  @Benchmark
  public void singleInsertCoodie4j() {
    products.save(product);
  }

  @Benchmark
  public void singleInsertRaw() {
    session.execute(rawInsert.boundStatementBuilder()
        .setUuid(0, product.id()).setString(1, product.name()).setString(2, product.description())
        .setDouble(3, product.price()).setInt(4, product.stock()).setString(5, product.category())
        .setIdempotence(true).build());
  }

  @Benchmark
  public BenchProduct getByPkCoodie4j() {
    return products.get(product.id()).orElseThrow();
  }

  @Benchmark
  public BenchProduct getByPkRaw() {
    return rawGet();
  }

  private BenchProduct rawGet() {
    Row row = session.execute(rawSelect.bind(product.id())).one();
    return new BenchProduct(row.getUuid(0), row.getString(1), row.getString(2), row.getDouble(3), row.getInt(4),
        row.getString(5));
  }
}
