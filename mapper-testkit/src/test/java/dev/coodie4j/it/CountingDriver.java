package dev.coodie4j.it;

import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.spi.TableSchema;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** Delegates to the real driver and counts every call that reaches the server. */
final class CountingDriver implements CqlDriver {
  private final CqlDriver delegate;
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger agreementWaits = new AtomicInteger();

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
    return delegate.prepare(spec);
  }

  @Override
  public CompletionStage<Void> executeSchemaChange(String cql) {
    calls.incrementAndGet();
    return delegate.executeSchemaChange(cql);
  }

  @Override
  public CompletionStage<Optional<TableSchema>> readTable(String keyspace, String table) {
    calls.incrementAndGet();
    return delegate.readTable(keyspace, table);
  }

  @Override
  public CompletionStage<Boolean> awaitSchemaAgreement() {
    calls.incrementAndGet();
    agreementWaits.incrementAndGet();
    return delegate.awaitSchemaAgreement();
  }
}
