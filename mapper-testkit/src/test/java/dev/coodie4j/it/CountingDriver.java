package dev.coodie4j.it;

import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.spi.TableSchema;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Delegates to the real driver and records every call that reaches the server. */
final class CountingDriver implements CqlDriver {
  private final CqlDriver delegate;
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger agreementWaits = new AtomicInteger();
  /** When false, schema changes report that the driver did not see agreement, as a driver that does not check would. */
  volatile boolean driverSeesAgreement = true;
  final List<StatementSpec> prepared = new CopyOnWriteArrayList<>();
  final List<String> executed = new CopyOnWriteArrayList<>();
  final List<String> schemaChanges = new CopyOnWriteArrayList<>();

  CountingDriver(CqlDriver delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<String> sessionKeyspace() {
    return delegate.sessionKeyspace();
  }

  @Override
  public CompletionStage<PreparedCql> prepare(StatementSpec spec) {
    calls.incrementAndGet();
    prepared.add(spec);
    return delegate.prepare(spec).thenApply(CountingPrepared::new);
  }

  @Override
  public CompletionStage<ResultPage> executeBatch(dev.coodie4j.batch.BatchType type, List<Binding> statements,
      ExecutionOptions options, boolean idempotent, Long timestampMicros) {
    calls.incrementAndGet();
    executed.add("BATCH " + type + " of " + statements.size());
    return delegate.executeBatch(type, statements.stream().map(b -> ((CountingBinding) b).binding).toList(), options,
        idempotent, timestampMicros);
  }

  @Override
  public CompletionStage<Boolean> executeSchemaChange(String cql, String keyspace) {
    calls.incrementAndGet();
    schemaChanges.add(cql);
    return delegate.executeSchemaChange(cql, keyspace).thenApply(agreed -> agreed && driverSeesAgreement);
  }

  @Override
  public CompletionStage<Optional<TableSchema>> readTable(String keyspace, String table) {
    calls.incrementAndGet();
    return delegate.readTable(keyspace, table);
  }

  /** When true, the driver's metadata claims every table absent, as metadata lagging behind another client would. */
  volatile boolean metadataLags;

  /** A counting driver on the session whose metadata claims every table absent. */
  static CountingDriver withLaggingMetadata(com.datastax.oss.driver.api.core.CqlSession session) {
    CountingDriver driver = new CountingDriver(dev.coodie4j.driver.datastax.DataStaxDriver.of(session));
    driver.metadataLags = true;
    return driver;
  }

  @Override
  public boolean tableLikelyAbsent(String keyspace, String table) {
    return metadataLags || delegate.tableLikelyAbsent(keyspace, table);
  }

  @Override
  public CompletionStage<java.util.Map<String, dev.coodie4j.spi.LiveUserType>> readUserTypes(String keyspace) {
    calls.incrementAndGet();
    return delegate.readUserTypes(keyspace);
  }

  @Override
  public CompletionStage<Boolean> awaitSchemaAgreement() {
    calls.incrementAndGet();
    agreementWaits.incrementAndGet();
    return delegate.awaitSchemaAgreement();
  }

  @Override
  public boolean isDriverThread() {
    return delegate.isDriverThread();
  }

  private final class CountingPrepared implements PreparedCql {
    private final PreparedCql prepared;

    CountingPrepared(PreparedCql prepared) {
      this.prepared = prepared;
    }

    @Override
    public StatementSpec spec() {
      return prepared.spec();
    }

    @Override
    public Binding bind() {
      return new CountingBinding(prepared.bind(), this);
    }
  }

  private final class CountingBinding implements Binding {
    final Binding binding;
    private final StatementSpec spec;

    private final PreparedCql statement;

    CountingBinding(Binding binding, PreparedCql statement) {
      this.binding = binding;
      this.spec = statement.spec();
      this.statement = statement;
    }

    @Override
    public PreparedCql statement() {
      return statement;
    }

    @Override
    public void set(int index, Object value) {
      binding.set(index, value);
    }

    @Override
    public void setInt(int index, int value) {
      binding.setInt(index, value);
    }

    @Override
    public void setLong(int index, long value) {
      binding.setLong(index, value);
    }

    @Override
    public void setDouble(int index, double value) {
      binding.setDouble(index, value);
    }

    @Override
    public void setFloat(int index, float value) {
      binding.setFloat(index, value);
    }

    @Override
    public void setBoolean(int index, boolean value) {
      binding.setBoolean(index, value);
    }

    @Override
    public void setNull(int index) {
      binding.setNull(index);
    }

    @Override
    public CompletionStage<ResultPage> execute(ExecutionOptions options) {
      calls.incrementAndGet();
      executed.add(spec.cql());
      return binding.execute(options);
    }
  }
}
