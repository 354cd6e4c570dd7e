package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.coodie4j.Mapper;
import dev.coodie4j.benchmarks.model.Product;
import dev.coodie4j.benchmarks.model.Review;
import dev.coodie4j.benchmarks.model.TempSchema;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import java.time.Duration;
import java.util.List;
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
 * {@code bench_schema.py}: creating a table at startup ({@code sync_table_create}: a real CREATE TABLE each invocation,
 * the table being dropped before it) and a second sync of a table already synced ({@code sync_table_noop}). In
 * {@code sync_table_noop} neither side asks the server or the driver's metadata anything: coodie4j finds the entity in
 * its mapper's set of synced entities and returns the empty result; raw, as a careful service does, remembers in a
 * field that it created its table at startup. The DataStax mapper generates no schema, so it has no implementation
 * here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaBenchmarks {
  /** {@link TempSchema}'s table and its definition, as coodie4j's sync renders them. */
  static final String TEMP_DEFINITION = "\"bench_ks\".\"bench_temp_schema\" "
      + "(\"id\" uuid, \"name\" text, PRIMARY KEY (\"id\"))";
  /**
   * The raw side's DDL, as a careful user writes it for startup: with {@code IF NOT EXISTS}, where coodie4j's sync sends
   * a plain {@code CREATE TABLE} (it has checked the driver's metadata; a table created meanwhile must be refused and
   * evolved). On a table that does not exist, the server does the same work for both.
   */
  static final String CREATE_TEMP = "CREATE TABLE IF NOT EXISTS " + TEMP_DEFINITION;
  /** DDL outlasts the driver's 2 s request timeout; coodie4j's DataStaxDriver runs schema changes with this one. */
  static final Duration DDL_TIMEOUT = Duration.ofSeconds(60);

  private CqlSession session;
  private EntityTable<Product> products;
  private SimpleStatement createTemp;
  private volatile boolean productsCreated;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    bench.mapper().table(Review.class).sync();
    products = bench.mapper().table(Product.class);
    products.sync();
    createTemp = SimpleStatement.newInstance(CREATE_TEMP).setTimeout(DDL_TIMEOUT);
    check(sync_table_noop__coodie4j().statements().isEmpty(), "coodie4j sync of a synced table does nothing");
    productsCreated = session.getMetadata().getKeyspace(BenchSession.KEYSPACE)
        .flatMap(keyspace -> keyspace.getTable("bench_products")).isPresent();
    check(sync_table_noop__raw(), "raw: bench_products was created at startup");
  }

  /**
   * The state of one {@code sync_table_create} invocation: {@code bench_temp_schema} dropped, and a new coodie4j mapper
   * that has cached nothing. After each invocation, a dry run of another new mapper checks that the table exists as
   * {@link TempSchema} declares it.
   */
  @State(Scope.Benchmark)
  public static class FreshTable {
    private CqlSession session;
    private SimpleStatement drop;
    Mapper mapper;

    @Setup(Level.Trial)
    public void checkDdl() {
      session = BenchSession.get().session();
      drop = SimpleStatement.newInstance("DROP TABLE IF EXISTS bench_ks.bench_temp_schema").setTimeout(DDL_TIMEOUT);
      session.execute(drop);
      check(newMapper().table(TempSchema.class).syncDryRun().statements().equals(List.of("CREATE TABLE "
          + TEMP_DEFINITION)), "the raw DDL defines the table as coodie4j's sync does");
    }

    @Setup(Level.Invocation)
    public void dropTable() {
      session.execute(drop);
      mapper = newMapper();
    }

    @TearDown(Level.Invocation)
    public void checkCreated() {
      check(newMapper().table(TempSchema.class).syncDryRun().statements().isEmpty(),
          "sync_table_create created bench_temp_schema as TempSchema declares it");
    }

    private Mapper newMapper() {
      return Mapper.builder(DataStaxDriver.of(session)).keyspace(BenchSession.KEYSPACE).build();
    }
  }

  /** Both sides start without the table: {@link FreshTable} dropped it before the invocation. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public SyncResult sync_table_create__coodie4j(FreshTable fresh) {
    return fresh.mapper.table(TempSchema.class).sync();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public ResultSet sync_table_create__raw(FreshTable fresh) {
    return session.execute(createTemp);
  }

  // sync_table_create__dsMapper, sync_table_noop__dsMapper: the DataStax mapper has no schema generation.

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public SyncResult sync_table_noop__coodie4j() {
    return products.sync();
  }

  /** What a hand-written service does once its table was created at startup: check the flag it set then. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean sync_table_noop__raw() {
    return productsCreated;
  }
}
