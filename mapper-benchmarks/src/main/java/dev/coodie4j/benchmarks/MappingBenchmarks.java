package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.dsmapper.DsProductMappingDao;
import dev.coodie4j.benchmarks.dsmapper.MappingDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.driver.datastax.EntityBinder;
import dev.coodie4j.driver.datastax.RowMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The no-network mapping scenarios of coodie's {@code bench_serialization.py}, in Java terms:
 * {@code model_instantiation} maps one {@code bench_products} row, fetched once in setup, to a {@link Product};
 * {@code model_serialization} binds a prebuilt {@link Product} into the prepared 7-column INSERT, producing a
 * {@link BoundStatement} that is never executed. The product has no null property, so every variable is bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmarks {
  /** The columns of {@code bench_products} in the entity's order, which is also the raw code's index order. */
  private static final String COLUMNS = "id, name, brand, category, price, tags, description";
  private static final TypeCodec<List<String>> TAGS = TypeCodecs.listOf(TypeCodecs.TEXT);

  private ProtocolVersion protocol;
  private PreparedStatement insert;
  private DsProductMappingDao dao;

  private Row row;
  private RowMapper<Product> rowMapper;

  private Product product;
  private DsProduct dsProduct;
  private EntityBinder<Product> binder;

  @Setup(Level.Trial)
  public void setup() {
    BenchSession bench = BenchSession.get();
    CqlSession session = bench.session();
    bench.mapper().table(Product.class).sync();
    protocol = session.getContext().getProtocolVersion();
    // a plain INSERT is idempotent, as coodie4j marks it; every bound statement inherits that
    insert = session.prepare(SimpleStatement.builder("INSERT INTO " + BenchSession.KEYSPACE + ".bench_products ("
        + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)").setIdempotence(true).build());
    dao = new MappingDsMapperBuilder(session).build().productDao(BenchSession.KEYSPACE);

    Product written = product("InstBench");
    session.execute(rawBind(written));
    row = session.execute(SimpleStatement.newInstance("SELECT " + COLUMNS + " FROM " + BenchSession.KEYSPACE
        + ".bench_products WHERE id = ?", written.id())).one();
    BenchSession.check(row != null, "model_instantiation: the written bench_products row is found");
    rowMapper = RowMapper.of(bench.mapper(), Product.class, row.getColumnDefinitions());
    checkInstantiation(written);

    product = product("SerBench");
    dsProduct = new DsProduct(product.id(), product.name(), product.brand(), product.category(), product.price(),
        product.tags(), product.description());
    binder = EntityBinder.of(bench.mapper(), Product.class, insert);
    checkSameValues("model_serialization", model_serialization__raw(), Map.of(
        "coodie4j", model_serialization__coodie4j(),
        "rawCodecs", model_serialization__rawCodecs(),
        "dsMapper", model_serialization__dsMapper()));
  }

  private static Product product(String name) {
    return new Product(UUID.randomUUID(), name, "BrandX", "catA", 19.99f, List.of("a", "b", "c"),
        "A benchmark product");
  }

  private void checkInstantiation(Product written) {
    Map<String, Product> mapped = Map.of(
        "coodie4j", model_instantiation__coodie4j(),
        "raw", model_instantiation__raw(),
        "rawCodecs", model_instantiation__rawCodecs(),
        "dsMapper", toProduct(model_instantiation__dsMapper()));
    mapped.forEach((impl, product) ->
        BenchSession.check(written.equals(product), "model_instantiation__" + impl + " maps the written row"));
  }

  private static Product toProduct(DsProduct p) {
    return new Product(p.getId(), p.getName(), p.getBrand(), p.getCategory(), p.getPrice(), p.getTags(),
        p.getDescription());
  }

  /**
   * Checks that every implementation's statement binds the same bytes as the raw one, variable by variable (all of
   * them set).
   */
  static void checkSameValues(String scenario, BoundStatement expected, Map<String, BoundStatement> actual) {
    int variables = expected.getPreparedStatement().getVariableDefinitions().size();
    for (int i = 0; i < variables; i++) {
      BenchSession.check(expected.isSet(i), scenario + "__raw binds variable " + i);
    }
    actual.forEach((impl, statement) -> {
      for (int i = 0; i < variables; i++) {
        BenchSession.check(Objects.equals(expected.getBytesUnsafe(i), statement.getBytesUnsafe(i)),
            scenario + "__" + impl + " binds the same value as raw to variable " + i);
      }
    });
  }

  // model_instantiation: one fetched row to an entity

  @Benchmark
  public Product model_instantiation__coodie4j() {
    return rowMapper.map(row);
  }

  @Benchmark
  public Product model_instantiation__raw() {
    return new Product(row.getUuid(0), row.getString(1), row.getString(2), row.getString(3), row.getFloat(4),
        row.getList(5, String.class), row.getString(6));
  }

  @Benchmark
  public Product model_instantiation__rawCodecs() {
    return new Product(
        TypeCodecs.UUID.decode(row.getBytesUnsafe(0), protocol),
        TypeCodecs.TEXT.decode(row.getBytesUnsafe(1), protocol),
        TypeCodecs.TEXT.decode(row.getBytesUnsafe(2), protocol),
        TypeCodecs.TEXT.decode(row.getBytesUnsafe(3), protocol),
        TypeCodecs.FLOAT.decodePrimitive(row.getBytesUnsafe(4), protocol),
        TAGS.decode(row.getBytesUnsafe(5), protocol),
        TypeCodecs.TEXT.decode(row.getBytesUnsafe(6), protocol));
  }

  @Benchmark
  public DsProduct model_instantiation__dsMapper() {
    return dao.get(row);
  }

  // model_serialization: an entity bound into the prepared INSERT

  @Benchmark
  public BoundStatement model_serialization__coodie4j() {
    return binder.bind(product);
  }

  @Benchmark
  public BoundStatement model_serialization__raw() {
    return rawBind(product);
  }

  private BoundStatement rawBind(Product p) {
    return insert.boundStatementBuilder()
        .setUuid(0, p.id())
        .setString(1, p.name())
        .setString(2, p.brand())
        .setString(3, p.category())
        .setFloat(4, p.price())
        .setList(5, p.tags(), String.class)
        .setString(6, p.description())
        .build();
  }

  @Benchmark
  public BoundStatement model_serialization__rawCodecs() {
    Product p = product;
    return insert.boundStatementBuilder()
        .setBytesUnsafe(0, TypeCodecs.UUID.encode(p.id(), protocol))
        .setBytesUnsafe(1, TypeCodecs.TEXT.encode(p.name(), protocol))
        .setBytesUnsafe(2, TypeCodecs.TEXT.encode(p.brand(), protocol))
        .setBytesUnsafe(3, TypeCodecs.TEXT.encode(p.category(), protocol))
        .setBytesUnsafe(4, TypeCodecs.FLOAT.encodePrimitive(p.price(), protocol))
        .setBytesUnsafe(5, TAGS.encode(p.tags(), protocol))
        .setBytesUnsafe(6, TypeCodecs.TEXT.encode(p.description(), protocol))
        .build();
  }

  @Benchmark
  public BoundStatement model_serialization__dsMapper() {
    return dao.set(insert.boundStatementBuilder(), dsProduct).build();
  }
}
