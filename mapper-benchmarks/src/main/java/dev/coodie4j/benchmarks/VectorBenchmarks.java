package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import dev.coodie4j.benchmarks.dsmapper.ArgusDsMapperBuilder;
import dev.coodie4j.benchmarks.dsmapper.DsVectorProduct;
import dev.coodie4j.benchmarks.dsmapper.DsVectorProductDao;
import dev.coodie4j.benchmarks.model.VectorProduct;
import dev.coodie4j.table.EntityTable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * coodie's {@code bench_vector.py}: writing a row with a 16-float embedding, and an approximate-nearest-neighbour
 * search (cosine similarity, storage-attached index) for the 5 rows closest to a vector. Each iteration draws a new
 * random vector, on every side. The search runs over exactly the 5 seeded rows: setup empties the table first, since
 * the insert scenario grows it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VectorBenchmarks {
  private static final String NAME = "BenchVec";
  private static final int NEAREST = 5;
  private static final List<UUID> SEEDED = IntStream.range(0, NEAREST)
      .mapToObj(i -> UUID.nameUUIDFromBytes(("bench_vector/" + i).getBytes(StandardCharsets.UTF_8)))
      .toList();

  private CqlSession session;
  private EntityTable<VectorProduct> products;
  /** The driver's codec for a {@code vector<float, 16>} as a {@code float[]}: what raw code binds and reads. */
  private final TypeCodec<float[]> vectorCodec = ExtraTypeCodecs.floatVectorToArray(VectorProduct.DIMENSIONS);
  private PreparedStatement insert;
  private PreparedStatement selectNearest;
  private DsVectorProductDao dao;

  @Setup(Level.Trial)
  public void setup() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    products = bench.mapper().table(VectorProduct.class);
    products.sync();
    insert = prepareIdempotent("INSERT INTO bench_ks.bench_vector_products (id,name,embedding) VALUES (?,?,?)");
    selectNearest = prepareIdempotent(
        "SELECT id,name,embedding FROM bench_ks.bench_vector_products ORDER BY embedding ANN OF ? LIMIT ?");
    dao = new ArgusDsMapperBuilder(session).build().vectorProductDao(BenchSession.KEYSPACE);

    checkInserted("coodie4j", vector_insert__coodie4j());
    checkInserted("raw", vector_insert__raw());
    DsVectorProduct written = vector_insert__dsMapper();
    checkInserted("dsMapper", new VectorProduct(written.getId(), written.getName(), floats(written.getEmbedding())));

    // truncating flushes and snapshots the table: more than the default request timeout on a busy machine
    session.execute(SimpleStatement.newInstance("TRUNCATE bench_ks.bench_vector_products")
        .setTimeout(Duration.ofSeconds(60)));
    for (int i = 0; i < NEAREST; i++) {
      products.save(new VectorProduct(SEEDED.get(i), NAME + i, randomVector()));
    }
    checkNearest("coodie4j", ann_select__coodie4j().stream().map(VectorProduct::id));
    checkNearest("raw", ann_select__raw().stream().map(VectorProduct::id));
    checkNearest("dsMapper", ann_select__dsMapper().stream().map(DsVectorProduct::getId));
  }

  // ---- vector_insert: one product with a new random embedding

  @Benchmark
  public VectorProduct vector_insert__coodie4j() {
    VectorProduct product = new VectorProduct(UUID.randomUUID(), NAME, randomVector());
    products.save(product);
    return product;
  }

  @Benchmark
  public VectorProduct vector_insert__raw() {
    VectorProduct product = new VectorProduct(UUID.randomUUID(), NAME, randomVector());
    session.execute(insert.boundStatementBuilder()
        .setUuid(0, product.id())
        .setString(1, product.name())
        .set(2, product.embedding(), vectorCodec)
        .build());
    return product;
  }

  @Benchmark
  public DsVectorProduct vector_insert__dsMapper() {
    DsVectorProduct product = new DsVectorProduct(UUID.randomUUID(), NAME, randomCqlVector());
    dao.save(product);
    return product;
  }

  // ---- ann_select: the 5 products closest to a new random vector

  @Benchmark
  public List<VectorProduct> ann_select__coodie4j() {
    return products.query().orderByAnnOf(VectorProduct::embedding, randomVector()).limit(NEAREST).list();
  }

  @Benchmark
  public List<VectorProduct> ann_select__raw() {
    return session.execute(selectNearest.boundStatementBuilder()
            .set(0, randomVector(), vectorCodec)
            .setInt(1, NEAREST)
            .build())
        .map(this::rawProduct)
        .all();
  }

  @Benchmark
  public List<DsVectorProduct> ann_select__dsMapper() {
    return dao.findClosest(randomCqlVector(), NEAREST).all();
  }

  private PreparedStatement prepareIdempotent(String cql) {
    return session.prepare(SimpleStatement.builder(cql).setIdempotence(true).build());
  }

  private VectorProduct rawProduct(Row row) {
    return new VectorProduct(row.getUuid(0), row.getString(1), row.get(2, vectorCodec));
  }

  private static float[] randomVector() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    float[] vector = new float[VectorProduct.DIMENSIONS];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = random.nextFloat();
    }
    return vector;
  }

  /** The DataStax mapper's vector type holds boxed floats. */
  private static CqlVector<Float> randomCqlVector() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<Float> vector = new ArrayList<>(VectorProduct.DIMENSIONS);
    for (int i = 0; i < VectorProduct.DIMENSIONS; i++) {
      vector.add(random.nextFloat());
    }
    return CqlVector.newInstance(vector);
  }

  private static float[] floats(CqlVector<Float> vector) {
    float[] floats = new float[vector.size()];
    for (int i = 0; i < floats.length; i++) {
      floats[i] = vector.get(i);
    }
    return floats;
  }

  private void checkInserted(String implementation, VectorProduct written) {
    VectorProduct stored = products.get(written.id()).orElse(null);
    check(stored != null && stored.name().equals(NAME) && Arrays.equals(stored.embedding(), written.embedding()),
        "vector_insert__" + implementation + " writes the product and its embedding");
  }

  private void checkNearest(String implementation, Stream<UUID> found) {
    List<UUID> ids = found.toList();
    check(ids.size() == NEAREST && Set.copyOf(ids).equals(Set.copyOf(SEEDED)),
        "ann_select__" + implementation + " finds the 5 seeded products");
  }
}
