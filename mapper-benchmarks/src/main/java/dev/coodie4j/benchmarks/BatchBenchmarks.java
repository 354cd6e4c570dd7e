package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.coodie4j.Mapper;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchResult;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.benchmarks.dsmapper.DsEvent;
import dev.coodie4j.benchmarks.dsmapper.EventDao;
import dev.coodie4j.benchmarks.dsmapper.EventDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Event;
import dev.coodie4j.table.EntityTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code bench_batch.py}: one LOGGED batch of 10 or 100 INSERTs of new events, every row in its own partition. Each
 * invocation makes its events (random ids) and sends the batch; coodie4j prepares the INSERT once and binds it per row,
 * as raw code and the DataStax mapper's bound-statement DAO do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchBenchmarks {
  private static final int SMALL = 10;
  private static final int LARGE = 100;

  private CqlSession session;
  private Mapper mapper;
  private EntityTable<Event> events;
  private PreparedStatement insert;
  private EventDao dao;

  @Setup(Level.Trial)
  public void setUp() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    mapper = bench.mapper();
    events = mapper.table(Event.class);
    events.sync();
    insert = session.prepare(SimpleStatement.builder(
            "INSERT INTO bench_ks.bench_events (id, event_type, payload) VALUES (?, ?, ?)")
        .setIdempotence(true)
        .build());
    dao = new EventDsMapperBuilder(session).build().eventDao(BenchSession.KEYSPACE);

    List<Event> written = newEvents(LARGE, Event::new);
    check(coodie4j(written).applied(), "coodie4j batch applied");
    checkStored(written, "coodie4j");
    written = newEvents(LARGE, Event::new);
    raw(written);
    checkStored(written, "raw");
    List<DsEvent> dsWritten = newEvents(LARGE, DsEvent::new);
    dsMapper(dsWritten);
    checkStored(dsWritten.stream().map(e -> new Event(e.getId(), e.getEventType(), e.getPayload())).toList(), "dsMapper");
  }

  @Benchmark
  public BatchResult batch_insert_10__coodie4j() {
    return coodie4j(newEvents(SMALL, Event::new));
  }

  @Benchmark
  public ResultSet batch_insert_10__raw() {
    return raw(newEvents(SMALL, Event::new));
  }

  @Benchmark
  public ResultSet batch_insert_10__dsMapper() {
    return dsMapper(newEvents(SMALL, DsEvent::new));
  }

  @Benchmark
  public BatchResult batch_insert_100__coodie4j() {
    return coodie4j(newEvents(LARGE, Event::new));
  }

  @Benchmark
  public ResultSet batch_insert_100__raw() {
    return raw(newEvents(LARGE, Event::new));
  }

  @Benchmark
  public ResultSet batch_insert_100__dsMapper() {
    return dsMapper(newEvents(LARGE, DsEvent::new));
  }

  private BatchResult coodie4j(List<Event> rows) {
    Batch batch = mapper.batch(BatchType.LOGGED);
    for (Event event : rows) {
      batch.save(event);
    }
    return batch.execute();
  }

  private ResultSet raw(List<Event> rows) {
    return executeLogged(rows, event -> insert.boundStatementBuilder()
        .setUuid(0, event.id())
        .setString(1, event.eventType())
        .setString(2, event.payload())
        .build());
  }

  private ResultSet dsMapper(List<DsEvent> rows) {
    return executeLogged(rows, dao::bind);
  }

  /** Sends one LOGGED batch of the rows' bound INSERTs; idempotent, as coodie4j marks a batch of plain inserts. */
  private <E> ResultSet executeLogged(List<E> rows, Function<E, BoundStatement> bind) {
    BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED).setIdempotence(true);
    for (E row : rows) {
      batch.addStatement(bind.apply(row));
    }
    return session.execute(batch.build());
  }

  /** The events of one batch, {@code click}/{@code data} with random ids, as coodie's suite makes them. */
  private static <E> List<E> newEvents(int count, EventFactory<E> factory) {
    List<E> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(factory.create(UUID.randomUUID(), "click", "data"));
    }
    return rows;
  }

  /** Reads the written events back in one query and checks every one was stored as written. */
  private void checkStored(List<Event> written, String implementation) {
    List<UUID> ids = written.stream().map(Event::id).toList();
    List<Event> stored = events.query().where(Event::id).in(ids).list();
    check(new HashSet<>(stored).equals(new HashSet<>(written)),
        implementation + " batch stored its " + written.size() + " events");
  }

  @FunctionalInterface
  private interface EventFactory<E> {
    E create(UUID id, String eventType, String payload);
  }
}
