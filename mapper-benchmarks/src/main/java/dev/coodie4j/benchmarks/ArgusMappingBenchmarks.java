package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import dev.coodie4j.benchmarks.dsmapper.ArgusDsMapperBuilder;
import dev.coodie4j.benchmarks.dsmapper.DsArgusTestRun;
import dev.coodie4j.benchmarks.dsmapper.DsArgusTestRunDao;
import dev.coodie4j.benchmarks.model.ArgusTestRun;
import dev.coodie4j.driver.datastax.RowMapper;
import dev.coodie4j.table.EntityTable;
import java.time.Instant;
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
 * coodie's {@code argus_model_instantiation}, without the network: mapping one {@code bench_argus_test_run} row, with
 * all 13 columns set, to the entity. The row is fetched once in setup; each iteration only decodes and constructs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ArgusMappingBenchmarks {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private Row row;
  private ArgusTestRun expected;
  private RowMapper<ArgusTestRun> rowMapper;
  private DsArgusTestRunDao dao;
  private ProtocolVersion protocol;
  private final TypeCodec<String> text = TypeCodecs.TEXT;
  private final TypeCodec<Instant> timestamp = TypeCodecs.TIMESTAMP;
  private final TypeCodec<UUID> uuid = TypeCodecs.UUID;
  private final PrimitiveIntCodec integer = TypeCodecs.INT;

  @Setup(Level.Trial)
  public void setup() {
    BenchSession bench = BenchSession.get();
    EntityTable<ArgusTestRun> runs = bench.mapper().table(ArgusTestRun.class);
    runs.sync();
    // coodie's #36 values; end_time, which #36 leaves out, is set too, so that every column is decoded
    expected = new ArgusTestRun("bench-perf-001", START, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), UUID.randomUUID(), "running", "not_investigated", 1234567890, START.plusSeconds(3600),
        "https://ci.example.com/job/123", "5.4.0");
    runs.save(expected);
    row = bench.session().execute(SimpleStatement.newInstance("SELECT " + ArgusBenchmarks.RUN_COLUMNS
        + " FROM bench_ks.bench_argus_test_run WHERE build_id = ? AND start_time = ?", expected.buildId(), START))
        .one();
    rowMapper = RowMapper.of(bench.mapper(), ArgusTestRun.class, row.getColumnDefinitions());
    dao = new ArgusDsMapperBuilder(bench.session()).build().testRunDao(BenchSession.KEYSPACE);
    protocol = bench.session().getContext().getProtocolVersion();

    check(argus_model_instantiation__coodie4j().equals(expected), "argus_model_instantiation__coodie4j maps the row");
    check(argus_model_instantiation__raw().equals(expected), "argus_model_instantiation__raw maps the row");
    check(argus_model_instantiation__rawCodecs().equals(expected), "argus_model_instantiation__rawCodecs maps the row");
    check(ArgusBenchmarks.run(argus_model_instantiation__dsMapper()).equals(expected),
        "argus_model_instantiation__dsMapper maps the row");
  }

  @Benchmark
  public ArgusTestRun argus_model_instantiation__coodie4j() {
    return rowMapper.map(row);
  }

  @Benchmark
  public ArgusTestRun argus_model_instantiation__raw() {
    return ArgusBenchmarks.rawRun(row);
  }

  @Benchmark
  public ArgusTestRun argus_model_instantiation__rawCodecs() {
    return new ArgusTestRun(text(0), timestamp(1), uuid(2), uuid(3), uuid(4), uuid(5), uuid(6), text(7), text(8),
        integer.decodePrimitive(row.getBytesUnsafe(9), protocol), timestamp(10), text(11), text(12));
  }

  private String text(int column) {
    return text.decode(row.getBytesUnsafe(column), protocol);
  }

  private Instant timestamp(int column) {
    return timestamp.decode(row.getBytesUnsafe(column), protocol);
  }

  private UUID uuid(int column) {
    return uuid.decode(row.getBytesUnsafe(column), protocol);
  }

  @Benchmark
  public DsArgusTestRun argus_model_instantiation__dsMapper() {
    return dao.fromRow(row);
  }
}
